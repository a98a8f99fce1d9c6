namespace SiteGen.Configuration;

/// <summary>Finds the site a command run without <c>--source</c> means: the nearest folder upward holding <c>site.yml</c>, as git finds <c>.git</c>.</summary>
public static class SiteRootFinder
{
    /// <summary>The nearest of <paramref name="start"/> and its ancestors that holds <c>site.yml</c>; <paramref name="start"/> itself when none does.</summary>
    public static string Find(string start)
    {
        var full = Path.GetFullPath(start);
        for (var folder = new DirectoryInfo(full); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, ConfigLoader.FileName)))
            {
                return folder.FullName;
            }
        }

        return full;
    }
}
