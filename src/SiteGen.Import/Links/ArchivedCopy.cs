using System.Text.RegularExpressions;

namespace SiteGen.Import.Links;

/// <summary>A Wayback Machine copy (web.archive.org/web/TIMESTAMP/URL) stands for the page it archived.</summary>
internal static partial class ArchivedCopy
{
    /// <summary>The URL archived when <paramref name="url"/> is a web.archive.org copy of an http(s) page; otherwise <paramref name="url"/>.</summary>
    public static Uri Original(Uri url) => ArchivedUrl(url.OriginalString) ?? url;

    /// <summary>
    /// The URL a web.archive.org copy's address names, written in full or from the archive's root (as its playback
    /// writes links: /web/TIMESTAMP/URL); null for any other address.
    /// </summary>
    public static Uri? ArchivedUrl(string address)
    {
        var archived = Archived().Match(address.Trim());

        // The archive's own links may have the scheme's slashes run together (http:/blog.example/...).
        return archived.Success && Uri.TryCreate(archived.Groups["scheme"].Value + "://" + archived.Groups["rest"].Value, UriKind.Absolute, out var original)
            ? original
            : null;
    }

    /// <summary>
    /// The page a link into the archive's copy of it names: the archive rewrites every link of a page it plays back
    /// (web.archive.org/web/TIMESTAMP/URL), and the author's link was to URL. Null for any other address and for the
    /// archive's copies of images, scripts and frames (TIMESTAMPim_/...), which are what shows.
    /// </summary>
    public static Uri? ArchivedLink(string address) =>
        Archived().Match(address.Trim()) is { Success: true } archived && archived.Groups["modifier"].Length == 0 ? ArchivedUrl(address) : null;

    [GeneratedRegex(@"^(?:https?://web\.archive\.org)?/web/\d+(?<modifier>[a-z_]*)/(?<scheme>https?):/+(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Archived();
}
