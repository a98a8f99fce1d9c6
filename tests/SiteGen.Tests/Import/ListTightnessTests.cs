using SiteGen.Import.Html;
using SiteGen.Markdown;

namespace SiteGen.Tests.Import;

/// <summary>
/// A list converts to a list that renders as the HTML one did: tight (no paragraph in each item) unless an item
/// holds paragraphs apart.
/// </summary>
/// <remarks>The first case is trimmed from Pelican's test export (getpelican/pelican, pelican/tests/content/wordpressexport.xml, AGPL-3.0), post "Code in List".</remarks>
public sealed class ListTightnessTests
{
    private static string Rendered(string html) =>
        Markdig.Markdown.ToHtml(HtmlToMarkdown.Convert(html, keepMoreDivider: false).Markdown, MarkdownPipelineFactory.Pipeline);

    [Fact]
    public void AnItemWithCodeLeavesTheListTight()
    {
        var html = Rendered("<ul>\n<li>List Item One!</li>\n<li>List Item Two!</li>\n<li>This is a code sample\n<pre>\n<code>\n  a = [1, 2, 3]\n\n  for i in zip(a, b):\n    print i\n</code>\n</pre>\n</li>\n<li>List Item Four!</li>\n</ul>");

        Assert.Contains("<li>List Item One!</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li>List Item Four!</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li>This is a code sample\n<pre><code>  a = [1, 2, 3]\n\n  for i in zip(a, b):\n    print i\n</code></pre>\n</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TextAfterCodeInAnItemStaysInTheItemAndTheListTight()
    {
        var html = Rendered("<ol><li>Run<pre><code>make</code></pre>then look.</li><li>Done</li></ol>");

        Assert.Contains("<li>Run\n<pre><code>make\n</code></pre>\nthen look.</li>\n<li>Done</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AnItemOfTwoParagraphsStillMakesTheListLoose()
    {
        var html = Rendered("<ul><li><p>One</p><p>More of one</p></li><li>Two</li></ul>");

        Assert.Equal("<ul>\n<li><p>One</p>\n<p>More of one</p>\n</li>\n<li><p>Two</p>\n</li>\n</ul>\n", html);
    }
}
