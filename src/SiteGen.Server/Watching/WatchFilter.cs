namespace SiteGen.Server.Watching;

/// <summary>Which changed paths can change the site: not the output, not hidden files, not editors' scratch files.</summary>
public sealed class WatchFilter
{
    private volatile string _outputFolder;

    public WatchFilter(string outputFolder) => _outputFolder = Normalise(outputFolder);

    /// <summary>The output folder (site-relative) whose writes are ignored; site.yml may move it, so the server updates it.</summary>
    public string OutputFolder
    {
        get => _outputFolder;
        set => _outputFolder = Normalise(value);
    }

    /// <param name="path">A site-relative path with '/' separators.</param>
    public bool Matters(string path)
    {
        if (path.Length == 0)
        {
            return false;
        }

        var output = _outputFolder;
        if (output.Length > 0 && (IsUnder(path, output) || IsUnder(path, output + ".staging") || IsUnder(path, output + ".old")))
        {
            return false;
        }

        var segments = path.Split('/');
        if (segments.Any(s => s.StartsWith('.')))
        {
            // .git, .sitegen (the build cache and lock), .DS_Store, vim's .a.md.swp, Emacs' .#a.md.
            return false;
        }

        var name = segments[^1];
        return !(name.EndsWith('~') || name == "4913" || (name.StartsWith('#') && name.EndsWith('#')) ||
                 name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".swx", StringComparison.OrdinalIgnoreCase) ||
                 name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".crdownload", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsUnder(string path, string folder) =>
        path == folder || path.StartsWith(folder + "/", StringComparison.Ordinal);

    private static string Normalise(string folder)
    {
        var normalised = folder.Replace('\\', '/').Trim('/');
        return normalised.StartsWith("./", StringComparison.Ordinal) ? normalised[2..] : normalised;
    }
}
