using System.Net;
using System.Text.RegularExpressions;

namespace SiteGen.Import.Html;

/// <summary>
/// A post's title as a reader saw it: its inline markup (<c>&lt;em&gt;</c>, <c>&lt;code&gt;</c>, a link) reduced to
/// its text, any other angle-bracket text (<c>Why &lt;html&gt; tags matter</c>, <c>List&lt;T&gt;</c>, <c>a &lt; b</c>)
/// kept as written.
/// </summary>
/// <remarks>
/// An export without CDATA escapes the title once for XML, so the reader hands on <c>Why &lt;html&gt; tags matter</c>
/// with real angle brackets, just as it hands on <c>An &lt;em&gt;emphatic&lt;/em&gt; title</c>: only the element's
/// name tells the author's markup from words. A heading holds phrasing content only, so an html, div or unknown
/// element there is text the author wrote; active content (a script) never showed, and goes with its text.
/// </remarks>
internal static partial class TitleText
{
    public static string Of(string title)
    {
        if (title.Contains('<', StringComparison.Ordinal))
        {
            var body = FragmentParser.Body(LiteralBrackets().Replace(title, "&lt;"));
            HtmlSanitizer.Sanitize(body);
            title = body.TextContent;
        }
        else
        {
            title = WebUtility.HtmlDecode(title);
        }

        return string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    // A '<' that opens no tag of an element a title's markup uses: text.
    [GeneratedRegex(@"<(?!/?(?:a|abbr|b|bdi|bdo|big|br|cite|code|data|del|dfn|em|font|i|ins|kbd|mark|q|s|samp|small|span|strike|strong|sub|sup|time|tt|u|var|wbr|script|style|noscript|template|iframe|object|embed|applet)(?=[\s/>])|!--)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LiteralBrackets();
}
