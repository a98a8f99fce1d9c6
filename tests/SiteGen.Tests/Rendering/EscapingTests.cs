using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>A hostile title must come out inert everywhere it appears.</summary>
[Trait("Category", "Robustness")]
public sealed class EscapingTests
{
    private const string Hostile = "<script>alert(1)</script> & \"quotes\"";

    private static BuiltSite Build() => TestSite.Parse($$"""
        -- site.yml --
        title: T
        base_url: https://example.org/
        -- content/actors/belarus.md --
        ---
        name: Belarus
        ---
        -- content/dispatches/a.md --
        ---
        title: '{{Hostile}}'
        summary: '{{Hostile}}'
        date: 2022-05-15
        slug: hostile
        actors: [Belarus]
        image:
          src: https://example.net/a.jpg
          alt: '{{Hostile}}'
          caption: '{{Hostile}}'
          credit: '{{Hostile}}'
        ---
        Body.
        """).BuildOk();

    [Theory]
    [InlineData("2022/05/15/hostile/index.html")]
    [InlineData("index.html")]
    [InlineData("2022/05/index.html")]
    [InlineData("actors/belarus/index.html")]
    [InlineData("feed.xml")]
    [InlineData("rss.xml")]
    [InlineData("feed.json")]
    [InlineData("actors/belarus/feed.xml")]
    [InlineData("search/index/d/0.json")]
    public void HostileTitleNeverAppearsAsMarkup(string path)
    {
        var text = Build().Text(path);
        Assert.DoesNotContain("<script>alert", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TitleIsEscapedInMetaTagsAndJsonLd()
    {
        var html = Build().Text("2022/05/15/hostile/index.html");
        Assert.Contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; · T</title>", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:title\" content=\"&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;\">", html, StringComparison.Ordinal);
        Assert.Contains("\"headline\":\"\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E \\u0026 \\\"quotes\\\"\"", html, StringComparison.Ordinal);
        Assert.Contains("alt=\"&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;\"", html, StringComparison.Ordinal);
    }
}
