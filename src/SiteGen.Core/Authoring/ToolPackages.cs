namespace SiteGen.Authoring;

/// <summary>
/// The .NET tool packages of the running SiteGen that a new site's workflow installs: SiteGen is on no public feed,
/// so the author's repository carries them in <see cref="Folder"/>. They are where <c>dotnet tool install</c> keeps
/// an installed tool's packages, in the store above the program.
/// </summary>
public static class ToolPackages
{
    /// <summary>The folder of the new site that the workflow installs SiteGen from.</summary>
    public const string Folder = "tools";

    /// <summary>The runtime of GitHub's <c>ubuntu-latest</c> runners, which the workflow runs on.</summary>
    public const string RunnerRuntime = "linux-x64";

    /// <summary>
    /// SiteGen's package and its <see cref="RunnerRuntime"/> package at <paramref name="version"/>, when the program
    /// in <paramref name="programDirectory"/> is an installed tool whose store holds both; otherwise none.
    /// </summary>
    public static IReadOnlyList<string> Find(string programDirectory, string version)
    {
        // <store>/sitegen/<version>/<package id, lower case>/<version>/<package id>.<version>.nupkg, the store a
        // folder named .store above the program; a program elsewhere (a build from source) has no store.
        for (var folder = new DirectoryInfo(programDirectory); folder is not null && folder.Name != ".store"; folder = folder.Parent)
        {
            string[] packages =
            [
                Path.Combine(folder.FullName, "sitegen", version, $"sitegen.{version}.nupkg"),
                Path.Combine(folder.FullName, $"sitegen.{RunnerRuntime}", version, $"sitegen.{RunnerRuntime}.{version}.nupkg"),
            ];
            if (packages.All(File.Exists))
            {
                return packages;
            }
        }

        return [];
    }
}
