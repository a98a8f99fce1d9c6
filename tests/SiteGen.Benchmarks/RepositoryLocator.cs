namespace SiteGen.Benchmarks;

/// <summary>Finds the repository root (the folder holding SiteGen.sln) from the current folder or the program's.</summary>
public static class RepositoryLocator
{
    public static string? Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
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
