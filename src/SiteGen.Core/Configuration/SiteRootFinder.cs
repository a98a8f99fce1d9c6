namespace SiteGen.Configuration;

/// <summary>Finds the site a command run inside it means: the folder holding site.yml, from the current folder upward.</summary>
public static class SiteRootFinder
{
    /// <summary>Names a site's settings file is easily given instead of <c>site.yml</c>.</summary>
    public static readonly IReadOnlyList<string> Misnamed = ["site.yaml", "Site.yml", "Site.yaml", "site.yml.txt"];

    /// <summary>
    /// The nearest of <paramref name="start"/> and its ancestors that holds <c>site.yml</c>, or a misnamed one beside
    /// content (where the build then says so, rather than building another site further up); <paramref name="start"/>
    /// when none does.
    /// </summary>
    public static string Find(string start)
    {
        var full = Path.GetFullPath(start);
        for (var folder = new DirectoryInfo(full); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, ConfigLoader.FileName)) || HasMisnamedSite(folder.FullName))
            {
                return folder.FullName;
            }
        }

        return full;
    }

    /// <summary>A misnamed settings file beside content: site.yaml alone is another tool's often enough (Ansible's playbook).</summary>
    private static bool HasMisnamedSite(string folder) =>
        (Directory.Exists(Path.Combine(folder, "content")) || Directory.Exists(Path.Combine(folder, "dispatches")))
        && Misnamed.Any(name => File.Exists(Path.Combine(folder, name)));
}
