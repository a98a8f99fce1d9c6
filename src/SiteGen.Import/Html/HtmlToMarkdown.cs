using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SiteGen.Import.Html;

/// <summary>
/// Converts post HTML to Markdown for the site's pipeline: paragraphs, headings, lists, links, emphasis, quotes,
/// images, figures with captions (Markdig's <c>^^^</c> figures), pipe tables and code. Never writes raw HTML.
/// </summary>
/// <remarks>
/// The input is sanitised first (<see cref="HtmlSanitizer"/>), every text run is escaped (<see cref="Writing.MarkdownEscaper"/>)
/// and every URL filtered (<see cref="SafeUrl"/>), so whatever the HTML held, the Markdown renders no script,
/// frame, style, event handler or <c>javascript:</c> URL. Anything it cannot express keeps its text.
/// </remarks>
public static class HtmlToMarkdown
{
    /// <summary>Converts an HTML fragment (the inside of a post's body).</summary>
    public static ConvertedHtml Convert(string html)
    {
        // A parser per call: AngleSharp's parser keeps state while it parses.
        var document = new HtmlParser().ParseDocument(string.Empty);
        var body = document.Body!;
        body.InnerHtml = html;
        return Convert(body);
    }

    /// <summary>Converts the content of <paramref name="root"/>, which it sanitises in place.</summary>
    public static ConvertedHtml Convert(IElement root)
    {
        HtmlSanitizer.Sanitize(root);
        BareUrlLinker.Link(root);
        var writer = new BlockWriter();
        var markdown = writer.Blocks(root.ChildNodes, tight: false);
        return new ConvertedHtml(markdown, VisibleText.Of(root));
    }
}
