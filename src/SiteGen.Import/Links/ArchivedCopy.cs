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

    [GeneratedRegex(@"^(?:https?://web\.archive\.org)?/web/\d+[a-z_]*/(?<scheme>https?):/+(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Archived();
}
