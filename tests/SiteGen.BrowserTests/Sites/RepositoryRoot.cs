namespace SiteGen.BrowserTests.Sites;

/// <summary>The checkout the tests run from: the folder that holds <c>SiteGen.sln</c>.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    /// <summary>A path below the root, written with '/'.</summary>
    public static string Combine(string relative) => System.IO.Path.Combine(Path, relative);

    private static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "SiteGen.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException($"SiteGen.sln not found above {AppContext.BaseDirectory}: run the browser tests from a checkout.");
    }
}
