using SiteGen.Incremental;
using SiteGen.IO;

namespace SiteGen.Server.Watching;

/// <summary>
/// Which changed paths can change the site: those the last build read, or would read if they were there (see
/// <see cref="SiteInputs"/>); never the output, hidden files or editors' scratch files.
/// </summary>
internal sealed class WatchFilter
{
    private volatile string _outputFolder;
    private volatile SiteInputs? _inputs;

    public WatchFilter(string outputFolder) => _outputFolder = Normalise(outputFolder);

    /// <summary>The output folder (site-relative) whose writes are ignored; site.yml may move it, so the server updates it.</summary>
    public string OutputFolder
    {
        get => _outputFolder;
        set => _outputFolder = Normalise(value);
    }

    /// <summary>What the last build read; null before the first build, when anything but the names below may matter.</summary>
    public SiteInputs? Inputs
    {
        get => _inputs;
        set => _inputs = value;
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
        if (segments.Any(HiddenEntry.IsHidden) || EditorScratch.Is(segments[^1]))
        {
            // .git, .sitegen (the build cache and lock), .DS_Store, vim's .a.md.swp, Emacs' .#a.md, gedit's .goutputstream-*;
            // not static/.well-known/, which builds copy.
            return false;
        }

        // Before the first build says what it reads, at least the logs a server's own output goes to are not sources.
        return _inputs?.Includes(path) ?? !IsLog(segments[^1]);
    }

    private static bool IsLog(string name) =>
        name.EndsWith(".log", StringComparison.OrdinalIgnoreCase) || name == "nohup.out";

    private static bool IsUnder(string path, string folder) =>
        path == folder || path.StartsWith(folder + "/", StringComparison.Ordinal);

    private static string Normalise(string folder)
    {
        var normalised = folder.Replace('\\', '/').Trim('/');
        return normalised.StartsWith("./", StringComparison.Ordinal) ? normalised[2..] : normalised;
    }
}
