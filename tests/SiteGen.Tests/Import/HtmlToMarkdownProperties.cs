using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SiteGen.Import.Html;
using SiteGen.Import.Writing;
using SiteGen.Markdown;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Tests.Import;

/// <summary>Rules that hold for any input: the converter never throws and never lets anything active through; YAML scalars read back.</summary>
[Trait("Category", "Robustness")]
public sealed class HtmlToMarkdownProperties
{
    private static readonly string[] Pieces =
    [
        "<p>", "</p>", "<div>", "</div>", "<em>", "</em>", "<strong>", "</strong>", "<a href=\"https://ok.example/\">", "<a href=\"javascript:alert(1)\">",
        "<a href=\" java\tscript:x\">", "</a>", "<img src=\"data:image/png;base64,AA\">", "<img src=\"https://ok.example/i.png\" alt=\"[x](y)\">",
        "<script>alert(1)</script>", "<script>", "</script>", "<iframe src=\"https://e.example/\">", "</iframe>", "<style>p{x:expression(1)}</style>",
        "<ul>", "<li>", "</li>", "</ul>", "<ol start=\"7\">", "</ol>", "<blockquote>", "</blockquote>", "<pre><code>", "</code></pre>", "<code>", "</code>",
        "<table><tr><td>", "</td><td>", "</td></tr></table>", "<figure>", "<figcaption>", "</figcaption>", "</figure>", "<h2>", "</h2>", "<br>", "<hr>",
        "<p onclick=\"x()\" style=\"a:expression(b)\">", "<svg onload=alert(1)>", "</svg>", "<!-- c -->", "<!--more-->", "<!--more Read -- on-->", "<span id=\"more-7\"></span>", "<sitegen-more title=\"--><script>\">", "</sitegen-more>", "&lt;script&gt;", "&amp;", "&#0;", "\u0000",
        "*", "_", "`", "```", "[", "]", "(", ")", "#", "> ", "- ", "1. ", "^^^", "|", "\\", "<", ">", "\n", "\n\n", " ", "text", "Kyiv", "ü", "😀", "\u2028",
    ];

    private static Arbitrary<string> HtmlSoup() =>
        Gen.ListOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts)).ToArbitrary();

    [Property(MaxTest = 1000)]
    public Property ConverterNeverThrowsAndNeverEmitsScript() =>
        Prop.ForAll(HtmlSoup(), html =>
        {
            var markdown = HtmlToMarkdown.Convert(html, keepMoreDivider: true).Markdown;
            var rendered = Markdig.Markdown.ToHtml(markdown, MarkdownPipelineFactory.Pipeline);
            ActiveContent.AssertNone(rendered, html);
            return !rendered.Contains("<script", StringComparison.OrdinalIgnoreCase) && !rendered.Contains("&lt;!--more", StringComparison.Ordinal);
        });

    [Property(MaxTest = 500)]
    public bool QuotedYamlScalarReadsBackAsTheSameString(NonNull<string> value)
    {
        // Lone surrogates are not text: the writer replaces them, so they cannot read back.
        var text = value.Get;
        if (text.Any(char.IsSurrogate))
        {
            return true;
        }

        var stream = new YamlStream();
        stream.Load(new StringReader("value: " + YamlScalar.Quoted(text) + "\n"));
        var read = ((YamlScalarNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("value")]).Value;
        // The control characters no page can carry are left out (a form feed or vertical tab becomes a space).
        var expected = string.Concat(text.Select(c => c is '\v' or '\f' ? " " : SiteGen.Text.ControlCharacters.Forbidden.Contains(c) ? string.Empty : c.ToString()));
        return read == expected;
    }
}
