namespace SiteGen.Testing;

/// <summary>The checkout the tests and benchmarks run from: the folder that holds <c>SiteGen.sln</c>, and folders in it.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string?> Found = new(FindRoot);

    /// <summary>The repository root; throws when the program does not run from a checkout.</summary>
    public static string Root => Found.Value ?? throw new InvalidOperationException(
        $"SiteGen.sln not found above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}: run from a checkout.");

    /// <summary>The repository root, or null outside a checkout.</summary>
    public static string? TryRoot => Found.Value;

    /// <summary>The sample site.</summary>
    public static string Content => Combine("content");

    /// <summary>The raw captures the sample site was imported from.</summary>
    public static string Seeds => Combine("seeds");

    /// <summary>Where the benchmark corpus generator and the Hugo sites live: <c>../shared/bench</c> beside the checkout.</summary>
    public static string SharedBench => Path.GetFullPath(Path.Combine(Root, "..", "shared", "bench"));

    /// <summary>A path below the root, written with '/'.</summary>
    public static string Combine(string relative) => Path.Combine(Root, relative);

    private static string? FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }
}
