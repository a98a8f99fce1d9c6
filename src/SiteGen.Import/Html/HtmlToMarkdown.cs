using AngleSharp.Dom;

namespace SiteGen.Import.Html;

/// <summary>
/// Converts post HTML to Markdown for the site's pipeline: paragraphs, headings, lists, links, emphasis, quotes,
/// images, figures with captions (Markdig's <c>^^^</c> figures), galleries, pipe tables, code and footnotes; the
/// inline elements Markdown has no syntax for (del, s, ins, sup, sub, mark) and embeds as a few HTML forms.
/// </summary>
/// <remarks>
/// The input is sanitised first (<see cref="HtmlSanitizer"/>), every text run is escaped (<see cref="MarkdownEscaper"/>)
/// and every URL filtered (<see cref="SafeUrl"/>). The only raw HTML written is built here from encoded values:
/// those inline elements without attributes, and an embed's card (<see cref="Embed"/>), whose frame address
/// waits in a data attribute. So whatever the HTML held, the Markdown renders no script, frame, style, event
/// handler or <c>javascript:</c> URL. Anything it cannot express keeps its text.
/// </remarks>
internal static class HtmlToMarkdown
{
    /// <summary>Converts an HTML fragment (the inside of a post's body).</summary>
    /// <param name="html">The fragment.</param>
    /// <param name="keepMoreDivider">Whether WordPress's <c>&lt;!--more--&gt;</c> stays, as a post's teaser divider (<see cref="MoreDivider"/>); a comment's goes.</param>
    public static ConvertedHtml Convert(string html, bool keepMoreDivider = false) => Convert(FragmentParser.Body(html), keepMoreDivider);

    /// <summary>Converts the content of <paramref name="root"/>, which it sanitises in place.</summary>
    public static ConvertedHtml Convert(IElement root, bool keepMoreDivider = false)
    {
        MoreDivider.Mark(root, keepMoreDivider);
        FileBlocks.Simplify(root);
        HtmlSanitizer.Sanitize(root);
        MoreDivider.Place(root);
        BareUrlLinker.Link(root);
        var text = VisibleText.Of(root);
        var notes = FootnoteCollector.Collect(root);
        BlockWriter.MergePostEmbeds(root);
        var writer = new BlockWriter();
        var markdown = writer.Blocks(root.ChildNodes, tight: false);
        if (notes.Count > 0)
        {
            markdown = markdown.TrimEnd() + "\n\n" + writer.Footnotes(notes);
        }

        return new ConvertedHtml(markdown, text);
    }
}
