using System.Buffers;
using System.Net;
using System.Text;
using AngleSharp.Dom;

namespace SiteGen.Import.Html;

/// <summary>Writes inline HTML (text, emphasis, links, images, code, breaks) as Markdown; a hard break comes out as '\n'.</summary>
/// <remarks>
/// Deletions, insertions, superscripts, subscripts and marks have no CommonMark syntax and the site's pipeline
/// enables none of Markdig's extras for them, so they stay the HTML elements they were (raw inline HTML renders):
/// a correction such as <c>&lt;del&gt;5,000&lt;/del&gt; 500</c> must not read as "5,000 500".
/// </remarks>
internal sealed class InlineWriter(bool inTableCell = false)
{
    // Lazy-loading themes put a placeholder (often a data: URL, which is refused) in src and the image elsewhere.
    private static readonly string[] ImageSources = ["src", "data-lazy-src", "data-src", "data-orig-file"];

    // What char.IsWhiteSpace (and so a regex's \s) calls white space.
    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(
        string.Concat(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace)));

    private static readonly SearchValues<char> WhiteSpaceButSpace = SearchValues.Create(
        string.Concat(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => c != ' ' && char.IsWhiteSpace(c))));

    /// <summary>The nodes as Markdown, emphasis settled (<see cref="EmphasisMarks"/>).</summary>
    public string Write(IEnumerable<INode> nodes) => EmphasisMarks.Settle(WriteMarked(nodes));

    /// <summary>The nodes as Markdown in strong emphasis (a definition list's term), which their own emphasis joins.</summary>
    public string WriteStrong(IEnumerable<INode> nodes) => EmphasisMarks.Settle(Wrap(WriteMarked(nodes), EmphasisMarks.Strong));

    /// <summary>The nodes as Markdown whose emphasis is still marks for <see cref="EmphasisMarks.Settle"/>.</summary>
    private string WriteMarked(IEnumerable<INode> nodes)
    {
        var builder = new StringBuilder();
        foreach (var node in nodes)
        {
            Node(node, builder);
        }

        return builder.ToString();
    }

    private void Node(INode node, StringBuilder builder)
    {
        switch (node)
        {
            case IText text:
                var collapsed = CollapseWhitespace(text.Data);
                Append(builder, inTableCell ? MarkdownEscaper.EscapeCell(collapsed) : MarkdownEscaper.EscapeInline(collapsed));
                break;
            case IElement element:
                Element(element, builder);
                break;
        }
    }

    private void Element(IElement element, StringBuilder builder)
    {
        switch (element.LocalName)
        {
            case "br":
                builder.Append(inTableCell ? " " : "\n");
                break;
            case "em" or "i" or "cite" or "dfn" or "var":
                Append(builder, Wrap(WriteMarked(element.ChildNodes), EmphasisMarks.Emphasis));
                break;
            case "strong" or "b":
                Append(builder, Wrap(WriteMarked(element.ChildNodes), EmphasisMarks.Strong));
                break;
            case "del" or "s" or "strike" or "ins" or "sup" or "sub" or "mark":
                // <strike> is obsolete HTML: <s> says the same and validates.
                var tag = element.LocalName == "strike" ? "s" : element.LocalName;
                Append(builder, Wrap(WriteMarked(element.ChildNodes), $"<{tag}>", $"</{tag}>"));
                break;
            case MoreDivider.Element when HasTextOnLine(builder):
                // At the start of a line it would be read as an HTML block, taking the rest of the line as raw HTML.
                builder.Append(MoreDivider.Markdown(element));
                break;
            case MoreDivider.Element:
                break;
            case FootnoteCollector.ReferenceElement:
                Append(builder, $"[^{element.GetAttribute(FootnoteCollector.LabelAttribute)}]");
                break;
            case "iframe":
                Append(builder, EmbedProviders.FromFrame(element.GetAttribute("src"), element.GetAttribute("title"), 0, 0)?.ToInlineLink() ?? string.Empty);
                break;
            case "code" or "kbd" or "samp" or "tt" when inTableCell:
                // A pipe ends a table cell even inside a code span, which would then spill its text as markup.
                Append(builder, MarkdownEscaper.EscapeCell(CollapseWhitespace(element.TextContent)));
                break;
            case "code" or "kbd" or "samp" or "tt":
                Append(builder, CodeSpan(element.TextContent));
                break;
            case "a":
                Append(builder, Link(element));
                break;
            case "img":
                Append(builder, Image(element));
                break;
            case "q":
                Append(builder, "“" + WriteMarked(element.ChildNodes) + "”");
                break;
            case "audio" or "video":
                Append(builder, Media(element));
                break;
            default:
                // A block met inside inline content (a paragraph in a table cell): its words, set apart.
                var block = ElementKinds.IsBlock(element);
                if (block)
                {
                    Append(builder, " ");
                }

                Append(builder, WriteMarked(element.ChildNodes));
                if (block)
                {
                    Append(builder, " ");
                }

                break;
        }
    }

    private static bool HasTextOnLine(StringBuilder builder)
    {
        for (var i = builder.Length - 1; i >= 0 && builder[i] != '\n'; i--)
        {
            if (!char.IsWhiteSpace(builder[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Appends without doubling the space where two pieces meet.</summary>
    private static void Append(StringBuilder builder, string piece)
    {
        if (piece.Length == 0)
        {
            return;
        }

        // Backticks meeting across two pieces would lengthen a code span's fence and leave the span unclosed, its
        // text read as markup: `a` then ```` ```b ```` must not become `a````` ```b ````.
        if (builder.Length > 0 && builder[^1] == '`' && piece[0] == '`')
        {
            builder.Append(' ');
        }

        var start = builder.Length > 0 && builder[^1] is ' ' or '\n' && piece[0] == ' ' ? 1 : 0;
        builder.Append(piece, start, piece.Length - start);
    }

    /// <summary>Emphasis around the words only: spaces at its edges move outside, or the marks would not count.</summary>
    private static string Wrap(string inner, (char Open, char Close) marks) => Wrap(inner, marks.Open.ToString(), marks.Close.ToString());

    private static string Wrap(string inner, string open, string close)
    {
        var core = inner.Trim(' ', '\n');
        if (core.Length == 0)
        {
            return inner;
        }

        var lead = inner[..(inner.Length - inner.TrimStart(' ', '\n').Length)];
        var trail = inner[inner.TrimEnd(' ', '\n').Length..];
        return lead + open + core + close + trail;
    }

    private static string CodeSpan(string text)
    {
        var code = CollapseWhitespace(text);
        if (code.Trim().Length == 0)
        {
            return code.Length > 0 ? " " : string.Empty;
        }

        var fence = new string('`', LongestRun(code, '`') + 1);
        var pad = code.StartsWith('`') || code.EndsWith('`') ? " " : string.Empty;
        return fence + pad + code + pad + fence;
    }

    private string Link(IElement link)
    {
        // Spaces at the text's edges go outside the brackets, as emphasis's do: "see <a>this </a>page" keeps its space.
        var inner = WriteMarked(link.ChildNodes).Replace('\n', ' ');
        var text = inner.Trim();
        var href = SafeUrl.Clean(link.GetAttribute("href"));
        if (href is null || href.StartsWith('#'))
        {
            return inner;
        }

        if (text.Length == 0)
        {
            text = MarkdownEscaper.EscapeInline(EmphasisMarks.Strip(href));
        }

        var lead = inner.StartsWith(' ') ? " " : string.Empty;
        var trail = inner.EndsWith(' ') && text.Length < inner.Length ? " " : string.Empty;
        return $"{lead}[{text}]({Destination(href)}){trail}";
    }

    public static string Image(IElement image)
    {
        if (PageChrome.IsTrackingPixel(image))
        {
            return string.Empty;
        }

        var src = ImageSources
            .Select(a => SafeUrl.Clean(image.GetAttribute(a), forImage: true))
            .FirstOrDefault(s => s is not null);
        if (src is null)
        {
            return string.Empty;
        }

        var alt = CollapseWhitespace(image.GetAttribute("alt") ?? string.Empty).Trim();
        return $"![{MarkdownEscaper.EscapeCell(alt)}]({Destination(src)})";
    }

    /// <summary>
    /// An audio or video player as raw HTML, which Markdown has no syntax for: its file (brought home as the blog's
    /// other media are), its poster, and inside it a link for a reader or feed that plays nothing.
    /// </summary>
    private static string Media(IElement media)
    {
        var src = SafeUrl.Clean(media.GetAttribute("src") ?? media.QuerySelector("source[src]")?.GetAttribute("src"), forImage: true);
        if (src is null)
        {
            return string.Empty;
        }

        var name = media.LocalName == "audio" ? "audio" : "video";
        var poster = name == "video" ? SafeUrl.Clean(media.GetAttribute("poster"), forImage: true) : null;
        var file = WebUtility.HtmlEncode(Destination(src));
        var posterAttribute = poster is null ? string.Empty : $" poster=\"{WebUtility.HtmlEncode(Destination(poster))}\"";
        return $"<{name} controls preload=\"metadata\" src=\"{file}\"{posterAttribute}><a href=\"{file}\">{(name == "audio" ? "Audio" : "Video")}</a></{name}>";
    }

    // A pipe would end a table cell even inside a link.
    private static string Destination(string url) => EmphasisMarks.Strip(url).Replace("|", "%7C", StringComparison.Ordinal);

    public static int LongestRun(string text, char ch)
    {
        int longest = 0, current = 0;
        foreach (var c in text)
        {
            current = c == ch ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }

        return longest;
    }

    /// <summary>Each run of white space as one space (as <c>\s+</c> would match it); the text itself when it has no run to shorten.</summary>
    /// <remarks>
    /// Every text node of every post passes here: most hold single spaces only, which are not copied. Text needs
    /// collapsing only where it holds white space other than a space, or two spaces in a row: both are found in one
    /// vectorised search each, not one search per word.
    /// </remarks>
    private static string CollapseWhitespace(string text)
    {
        text = EmphasisMarks.Strip(text);
        var span = text.AsSpan();
        var other = span.IndexOfAny(WhiteSpaceButSpace);
        var doubled = span.IndexOf("  ", StringComparison.Ordinal);
        if (other < 0 && doubled < 0)
        {
            return text;
        }

        // The run starts at the space before the first other white space, if there is one (no two spaces come before it).
        var at = other < 0 ? doubled : doubled < 0 ? other : Math.Min(other, doubled);
        if (at == other && at > 0 && span[at - 1] == ' ')
        {
            at--;
        }

        var builder = new StringBuilder(text.Length).Append(span[..at]);
        while (at < span.Length)
        {
            builder.Append(' ');
            var word = span[at..].IndexOfAnyExcept(WhiteSpace);
            if (word < 0)
            {
                break;
            }

            at += word;
            var end = span[at..].IndexOfAny(WhiteSpace);
            var length = end < 0 ? span.Length - at : end;
            builder.Append(span.Slice(at, length));
            at += length;
        }

        return builder.ToString();
    }
}
