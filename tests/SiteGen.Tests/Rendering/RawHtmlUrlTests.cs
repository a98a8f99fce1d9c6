using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>An author's raw HTML gets the base path on root-relative URLs, exactly as Markdown links do.</summary>
public sealed class RawHtmlUrlTests
{
    private const string Site = """
        -- site.yml --
        title: T
        base_url: https://example.github.io/briefings/
        -- static/images/a.png --
        png
        -- static/images/a-2x.png --
        png
        -- content/pages/about.md --
        ---
        title: About
        ---
        About.
        -- content/dispatches/a.md --
        ---
        title: A
        date: 2022-05-15
        ---
        <figure>
        <img src="/images/a.png" srcset="/images/a.png 1x, /images/a-2x.png 2x" alt="A map">
        <figcaption><a href='/about/'>About</a>, <a href="https://example.org/x">elsewhere</a>, <a href="//cdn.example.org/y">cdn</a></figcaption>
        </figure>

        Inline: <a href="/about/">about</a> and <img src=/images/a.png alt="">, and `<a href="/not-html/">code</a>`.
        """;

    [Fact]
    public void RootRelativeUrlsInRawHtmlCarryTheBasePath()
    {
        var html = TestSite.Parse(Site).BuildOk().Text("2022/05/15/a/index.html");
        Assert.Contains("""<img src="/briefings/images/a.png" srcset="/briefings/images/a.png 1x, /briefings/images/a-2x.png 2x" alt="A map">""", html, StringComparison.Ordinal);
        Assert.Contains("<a href='/briefings/about/'>About</a>", html, StringComparison.Ordinal);
        Assert.Contains("""<a href="https://example.org/x">""", html, StringComparison.Ordinal);
        Assert.Contains("""<a href="//cdn.example.org/y">""", html, StringComparison.Ordinal);
        Assert.Contains("""Inline: <a href="/briefings/about/">about</a> and <img src=/briefings/images/a.png alt="">""", html, StringComparison.Ordinal);
        Assert.Contains("&lt;a href=&quot;/not-html/&quot;&gt;code&lt;/a&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RawHtmlLinkToAMissingFileIsABrokenLink()
    {
        var built = TestSite.Parse(Site.Replace("/images/a-2x.png 2x", "/images/missing.png 2x", StringComparison.Ordinal)).Build();
        Assert.False(built.Result.Succeeded);
        built.Expect("SG0503", "images/missing.png");
    }
}
