using SiteGen.Configuration;
using SiteGen.IO;

namespace SiteGen.BrowserTests.Sites;

/// <summary>Builds the sites the browser tests look at into folders of their own (never into content/_site).</summary>
public static class SiteBuilds
{
    /// <summary>The sample site (<c>content/</c>) as the CLI would build it, into <paramref name="output"/>.</summary>
    public static void BuildSample(string output) =>
        Build(new PhysicalFileSource(RepositoryPaths.Combine("content")), output, "the sample site");

    /// <summary>The sample site plus generated dispatches (<see cref="FixtureSite"/>), into <paramref name="output"/>.</summary>
    public static void BuildFixture(string output) => Build(FixtureSite.Create(), output, "the fixture site");

    private static void Build(IFileSource source, string output, string name)
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        Directory.CreateDirectory(output);
        var result = Site.Build(source, new DirectoryOutput(output), new BuildOptions { Now = FixtureSite.Now });
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Building {name} failed:\n" + string.Join('\n', result.Diagnostics));
        }
    }
}
