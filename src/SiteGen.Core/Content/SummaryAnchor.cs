using System.Text.RegularExpressions;

namespace SiteGen.Content;

/// <summary>The id of the anchor a dispatch's summary divider leaves on its page, where "continue reading" links land.</summary>
/// <remarks>
/// WordPress leaves <c>&lt;span id="more-123"&gt;</c> there, 123 being the post's id, and links to
/// <c>/slug/#more-123</c>; an imported dispatch keeps the post's guid (<c>https://blog.example/?p=123</c>), so its
/// anchor keeps WordPress's id and old links, bookmarks included, still land where the teaser ends. Any other
/// dispatch's is <c>more</c>: one page holds one.
/// </remarks>
public static partial class SummaryAnchor
{
    /// <summary>The anchor's id for a dispatch of <paramref name="guid"/>.</summary>
    public static string IdOf(string? guid) =>
        guid is not null && WordPressGuid().Match(guid) is { Success: true } match ? "more-" + match.Groups[1].Value : "more";

    [GeneratedRegex(@"^https?://[^/?#]+(?:/[^?#]*)?/\?p=([0-9]{1,19})$")]
    private static partial Regex WordPressGuid();
}
