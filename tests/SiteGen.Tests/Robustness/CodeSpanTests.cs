using SiteGen.Import.Html;
using SiteGen.Markdown;

namespace SiteGen.Tests.Robustness;

/// <summary>Code spans written side by side by the HTML converter stay closed, so their text never becomes markup.</summary>
[Trait("Category", "Robustness")]
public sealed class CodeSpanTests
{
    [Theory]
    [InlineData("<code>a</code><span><code>```&lt;script&gt;</code></span>")]
    [InlineData("<p><code>a</code><em><code>`&lt;script&gt;</code></em></p>")]
    [InlineData( // The case FsCheck found (Import/HtmlToMarkdownProperties).
        "\\<strong><p onclick=\"x()\" style=\"a:expression(b)\"><code></iframe><a href=\" java\tscript:x\"><!-- c --></li>&lt;script&gt;</script>" +
        "<div><!-- c -->>&lt;script&gt;<figcaption>```text</code></pre><p onclick=\"x()\" style=\"a:expression(b)\">\n(]#<li></iframe><script>(</strong>" +
        "</p></figcaption>(_\\<img src=\"data:image/png;base64,AA\"></strong>\n<p></code></pre>ü1. </li><a href=\" java\tscript:x\">^^^_</td><td> " +
        "<iframe src=\"https://e.example/\"></a><ol start=\"7\">*_<pre><code></div><pre><code><script>")]
    public void AdjacentCodeSpansRenderAsCode(string html)
    {
        var markdown = HtmlToMarkdown.Convert(html).Markdown;
        var rendered = Markdig.Markdown.ToHtml(markdown, MarkdownPipelineFactory.Pipeline);
        Assert.DoesNotContain("<script", rendered, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;</code>", rendered, StringComparison.Ordinal);
    }
}
