using System.Text.RegularExpressions;

namespace SiteGen.Import.Links;

/// <summary>A Wayback Machine copy (web.archive.org/web/TIMESTAMP/URL) stands for the page it archived.</summary>
internal static partial class ArchivedCopy
{
    /// <summary>The URL archived when <paramref name="url"/> is a web.archive.org copy of an http(s) page; otherwise <paramref name="url"/>.</summary>
    public static Uri Original(Uri url)
    {
        var archived = Archived().Match(url.OriginalString);
        if (!archived.Success)
        {
            return url;
        }

        // The archive's own links may have the scheme's slashes run together (http:/blog.example/...).
        var inner = archived.Groups["scheme"].Value + "://" + archived.Groups["rest"].Value;
        return Uri.TryCreate(inner, UriKind.Absolute, out var original) ? original : url;
    }

    [GeneratedRegex(@"^https?://web\.archive\.org/web/\d+[a-z_]*/(?<scheme>https?):/+(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Archived();
}
