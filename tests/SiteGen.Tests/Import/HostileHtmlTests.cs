using AngleSharp.Html.Parser;
using SiteGen.Import.Html;
using SiteGen.Markdown;
using SiteGen.Tests.Import.Support;

namespace SiteGen.Tests.Import;

/// <summary>Nothing active in imported HTML survives into the dispatch or the page built from it.</summary>
[Trait("Category", "Robustness")]
[Trait("Category", "Fault")]
public sealed class HostileHtmlTests
{
    private static readonly string[] AttackList =
    [
        "<script>alert('x')</script><p>after</p>",
        "<p>a<script src=\"https://evil.example/x.js\"></script>b</p>",
        "<iframe src=\"javascript:alert(1)\"></iframe><p>after</p>",
        "<iframe src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"><script>alert(1)</script></iframe>",
        "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
        "<p onclick=\"alert(1)\" onmouseover=\"alert(2)\">click</p>",
        "<img src=\"x\" onerror=\"alert(1)\">",
        "<a href=\"javascript:alert(1)\">link</a>",
        "<a href=\"  JaVaScRiPt:alert(1)\">link</a>",
        "<a href=\"java&#x09;script:alert(1)\">link</a>",
        "<a href=\"vbscript:msgbox(1)\">link</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">link</a>",
        "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\" alt=\"svg\">",
        "<p style=\"width: expression(alert(1))\">css</p>",
        "<div style=\"background:url(javascript:alert(1))\">bg</div>",
        "<style>body { background: url(javascript:alert(1)) } p { width: expression(alert(1)) }</style><p>styled</p>",
        "<svg onload=\"alert(1)\"><script>alert(2)</script></svg>",
        "<object data=\"evil.swf\"></object><embed src=\"evil.swf\">",
        "<form action=\"javascript:alert(1)\"><button formaction=\"javascript:alert(1)\">go</button></form>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "<a href=\"https://ok.example/\" onclick=\"steal()\">ok<img src=\"https://ok.example/a.png\" onerror=\"x()\"></a>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\"><base href=\"javascript:/\">",
        "<table><tr><td background=\"javascript:alert(1)\" onclick=\"x()\">cell</td></tr></table>",
        "<pre><code>&lt;script&gt;alert(1)&lt;/script&gt;</code></pre>",
    ];

    public static TheoryData<string> Attacks() => new(AttackList);

    [Theory]
    [MemberData(nameof(Attacks))]
    public void ConvertedMarkdownRendersNothingActive(string html)
    {
        var markdown = HtmlToMarkdown.Convert(html).Markdown;

        Assert.DoesNotContain("javascript:", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("vbscript:", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expression(", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("evil", markdown, StringComparison.OrdinalIgnoreCase);
        ActiveContent.AssertNone(Markdig.Markdown.ToHtml(markdown, MarkdownPipelineFactory.Pipeline), html);
    }

    [Fact]
    public void WebFrameBecomesACardThatLoadsNothingUntilAsked()
    {
        var markdown = HtmlToMarkdown.Convert("<iframe src=\"https://frames.example/x?a=1&amp;b=2\" srcdoc=\"&lt;script&gt;x()&lt;/script&gt;\" onload=\"x()\">fallback<script>alert(1)</script></iframe><p>after</p>").Markdown;

        var html = Markdig.Markdown.ToHtml(markdown, MarkdownPipelineFactory.Pipeline);

        ActiveContent.AssertNone(html, "a web iframe");
        Assert.Contains("data-embed-src=\"https://frames.example/x?a=1&amp;b=2\"", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"embed-card\" href=\"https://frames.example/x?a=1&amp;b=2\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("fallback", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void ScriptTextShownAsCodeStaysText()
    {
        var markdown = HtmlToMarkdown.Convert("<pre><code>&lt;script&gt;alert(1)&lt;/script&gt;</code></pre>").Markdown;

        var html = Markdig.Markdown.ToHtml(markdown, MarkdownPipelineFactory.Pipeline);

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void HostileSavedPageLeavesNoTraceInTheDispatch()
    {
        using var site = ImportSandbox.Create();
        var page = site.Input("hostile.html", $"""
            <!DOCTYPE html><html><head><title>Hostile</title>
            <meta property="article:published_time" content="2022-05-01T10:00:00+03:00">
            <script>var leaked = "SCRIPT-IN-HEAD";</script></head>
            <body class="single single-post"><article id="post-5"><h1 class="entry-title" onclick="x()">Hostile <script>t()</script>post</h1>
            <div class="entry-content">{string.Join('\n', AttackList)}</div></article></body></html>
            """);

        var report = site.Import(page);

        var text = site.Read(Assert.Single(report.Files).TargetPath);
        foreach (var trace in new[] { "javascript:", "vbscript:", "data:", "expression(", "evil", "onclick", "onerror", "onload", "alert(1)\n", "SCRIPT-IN-HEAD", "<script", "<iframe", "<style" })
        {
            Assert.DoesNotContain(trace, text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("title: \"Hostile post\"", text, StringComparison.Ordinal);
    }
}

/// <summary>Checks rendered HTML for anything that runs: script-like elements, event attributes, dangerous URLs, CSS.</summary>
public static class ActiveContent
{
    private static readonly string[] Elements = ["script", "iframe", "frame", "object", "embed", "style", "link", "meta", "base", "form", "svg", "math"];

    public static void AssertNone(string html, string input)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.All)
        {
            Assert.False(Elements.Contains(element.LocalName), $"<{element.LocalName}> in the output of {input}:\n{html}");
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{attribute.Name} in the output of {input}:\n{html}");
                Assert.False(attribute.Name is "style" or "srcdoc" or "formaction", $"{attribute.Name} in the output of {input}:\n{html}");
                if (attribute.Name is "href" or "src" or "action" or "data")
                {
                    var value = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
                    Assert.Matches("^(?:https?:|mailto:|/|#|[^:]*$)", value);
                }
            }
        }
    }
}
