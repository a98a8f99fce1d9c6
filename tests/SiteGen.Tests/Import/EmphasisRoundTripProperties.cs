using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SiteGen.Import.Html;
using SiteGen.Markdown;

namespace SiteGen.Tests.Import;

/// <summary>
/// Inline HTML with emphasis side by side, nested and against punctuation, links and code converts to Markdown that the
/// site's pipeline renders back to the same text with the same characters italic and bold.
/// </summary>
[Trait("Category", "Robustness")]
public sealed class EmphasisRoundTripProperties
{
    private static readonly string[] Words =
    [
        "a", "word", "two words", " ", " x ", "\"quoted\"", "(aside)", ".", ", ", "x*y", "€5", "😀", "über", "snake_case", "_u_", "a\u00A0b",
        "<code>c()</code> ", "<del>gone</del>", "»", "1.", "-", "'", "[n]", "<br>",
    ];

    private static readonly string[] Tags = ["em", "strong", "i", "b", "a"];

    private static readonly HtmlParser Parser = new();

    /// <summary>A well-formed fragment: each number is a word, an opening tag or the closing of the innermost open tag.</summary>
    private static Arbitrary<string> Fragments() =>
        Gen.ListOf(Gen.Choose(0, Words.Length + Tags.Length + 3)).Select(Build).ToArbitrary();

    private static string Build(IEnumerable<int> program)
    {
        var html = new System.Text.StringBuilder();
        var open = new Stack<string>();
        foreach (var step in program)
        {
            if (step < Words.Length)
            {
                html.Append(Words[step]);
            }
            else if (step < Words.Length + Tags.Length)
            {
                var tag = Tags[step - Words.Length];
                if (tag == "a" && open.Contains("a"))
                {
                    continue;
                }

                open.Push(tag);
                html.Append(tag == "a" ? "<a href=\"https://example.org/p\">L" : $"<{tag}>");
            }
            else if (open.Count > 0)
            {
                html.Append($"</{open.Pop()}>");
            }
        }

        while (open.Count > 0)
        {
            html.Append($"</{open.Pop()}>");
        }

        return html.ToString();
    }

    [Property(MaxTest = 2000)]
    public Property EmphasisRendersBackAsItWas() =>
        Prop.ForAll(Fragments(), html =>
        {
            var markdown = HtmlToMarkdown.Convert("<p>" + html + "</p>").Markdown;
            var rendered = Markdig.Markdown.ToHtml(markdown, MarkdownPipelineFactory.Pipeline);
            var expected = Styled(Parser.ParseDocument("<body><p>" + html + "</p></body>").Body!);
            var actual = Styled(Parser.ParseDocument("<body>" + rendered + "</body>").Body!);
            return (expected == actual).Label($"html: {html}\nmarkdown: {markdown}\nrendered: {rendered}\nwanted: {expected}\ngot:    {actual}");
        });

    [Theory]
    [InlineData("<strong>a</strong><strong>b</strong>")]
    [InlineData("<em>x</em><em>y</em>")]
    [InlineData("<strong>Bold </strong><em><strong>bold italic</strong></em> rest")]
    [InlineData("<em>a<em>b</em>c</em>")]
    [InlineData("word<strong>\"quoted\"</strong>word")]
    [InlineData("<strong>a</strong><em>b</em>")]
    [InlineData("x<strong><a href=\"https://example.org/\">link</a></strong>y")]
    public void AdjacentAndNestedEmphasisRendersBack(string html)
    {
        var markdown = HtmlToMarkdown.Convert("<p>" + html + "</p>").Markdown;
        var rendered = Markdig.Markdown.ToHtml(markdown, MarkdownPipelineFactory.Pipeline);
        Assert.Equal(Styled(Parser.ParseDocument("<body><p>" + html + "</p></body>").Body!), Styled(Parser.ParseDocument("<body>" + rendered + "</body>").Body!));
        Assert.DoesNotContain("****", markdown, StringComparison.Ordinal);
    }

    /// <summary>
    /// The visible text, each character followed by what it is (i italic, b bold, ib both, - plain); white space is one
    /// space whose style does not count (the converter moves spaces out of emphasis).
    /// </summary>
    private static string Styled(IElement root)
    {
        var cells = new List<(char Ch, string Style)>();
        Walk(root, italic: false, bold: false, cells);
        var output = new System.Text.StringBuilder();
        foreach (var (ch, style) in cells)
        {
            var space = char.IsWhiteSpace(ch);
            if (space)
            {
                if (output.Length > 0 && output[^1] != ' ')
                {
                    output.Append(' ');
                }

                continue;
            }

            output.Append(ch).Append(style);
        }

        return output.ToString().Trim();
    }

    private static void Walk(INode node, bool italic, bool bold, List<(char, string)> cells)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    var style = (italic ? "i" : string.Empty) + (bold ? "b" : string.Empty);
                    cells.AddRange(text.Data.Select(c => (c, style.Length == 0 ? "-" : style)));
                    break;
                case IElement { LocalName: "br" }:
                    cells.Add(('\n', "-"));
                    break;
                case IElement element:
                    Walk(element, italic || element.LocalName is "em" or "i", bold || element.LocalName is "strong" or "b", cells);
                    break;
            }
        }
    }
}
