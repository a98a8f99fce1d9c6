using System.Text.RegularExpressions;

namespace SiteGen.Feeds;

/// <summary>
/// The opening words of a rendered body, as plain text, for feeds whose dispatch has no summary. A block element
/// (paragraph, list item, heading, break...) separates words; an inline one (a link, emphasis) does not, so
/// "<c>&lt;a&gt;Russia&lt;/a&gt;’s</c>" stays "Russia’s".
/// </summary>
internal static partial class HtmlExcerpt
{
    public static string From(string html, int length = 300)
    {
        var text = Tags().Replace(html, match => match.Groups["block"].Success ? " " : string.Empty);
        text = System.Net.WebUtility.HtmlDecode(text);
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length);
        return (cut > 0 ? text[..cut] : text[..length]) + "…";
    }

    [GeneratedRegex("""<(?:/?(?<block>p|div|li|ul|ol|dl|dt|dd|h[1-6]|br|hr|blockquote|figure|figcaption|table|thead|tbody|tr|td|th|pre|section|article|aside|header|footer|nav)\b[^>]*|[^>]*)>""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tags();
}
