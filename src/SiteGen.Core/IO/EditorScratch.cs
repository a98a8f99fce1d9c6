namespace SiteGen.IO;

/// <summary>
/// Files editors write beside the one being edited, which are never a site's sources: backups (<c>a.md~</c>,
/// <c>#a.md#</c>), swap files (<c>.a.md.swp</c>, <c>.swx</c>), vim's <c>4913</c> probe, JetBrains' safe-write pair
/// (<c>a.md___jb_tmp___</c>, <c>a.md___jb_old___</c>), temporary and half-downloaded files.
/// </summary>
/// <remarks>Jekyll skips the same backups; copied into the output they would be published.</remarks>
public static class EditorScratch
{
    /// <param name="name">A file name, without its folder.</param>
    public static bool Is(string name) =>
        name.EndsWith('~') || name == "4913" || (name.Length > 1 && name.StartsWith('#') && name.EndsWith('#'))
        || name.EndsWith("___jb_tmp___", StringComparison.Ordinal) || name.EndsWith("___jb_old___", StringComparison.Ordinal)
        || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".swx", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".crdownload", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the file at a '/'-separated path is editor scratch.</summary>
    public static bool IsPath(string path) => Is(path[(path.LastIndexOf('/') + 1)..]);
}
