using SiteGen.Tests.Support;

namespace SiteGen.Tests.Building;

public sealed class SiteBuildTests
{
    private const string Basic = """
        -- site.yml --
        title: Briefings
        base_url: https://example.org/
        time_zone: Europe/Minsk
        -- content/actors/belarus.md --
        ---
        name: Belarus
        kind: state
        ---
        -- content/dispatches/2022/first.md --
        ---
        title: First dispatch
        date: 2022-05-15
        actors: [Belarus]
        ---
        Belarus says nothing.
        -- content/pages/about.md --
        ---
        title: About
        ---
        About us.
        """;

    [Fact]
    public void DispatchLandsAtItsWordPressPermalink()
    {
        var site = TestSite.Parse(Basic).BuildOk();

        var html = site.Text("2022/05/15/first-dispatch/index.html");
        Assert.Contains("<h1>First dispatch</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2022-05-15\">15 May 2022</time>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("00:00 <span class=\"zone\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void HomeArchivesActorsPagesAndFeedsAreWritten()
    {
        var site = TestSite.Parse(Basic).BuildOk();

        foreach (var path in new[]
                 {
                     "index.html", "archives/index.html", "2022/index.html", "2022/05/index.html", "actors/index.html",
                     "actors/belarus/index.html", "actors/graph/index.html", "about/index.html", "404.html", "search/index.html",
                     "feed.xml", "rss.xml", "feed.json", "sitemap.xml", "robots.txt", ".nojekyll", "assets/site.css",
                     "actors/belarus/feed.xml", "search/index/meta.json",
                 })
        {
            Assert.True(site.Has(path), $"missing {path}");
        }
    }

    [Fact]
    public void EveryUrlCarriesTheBasePathOfASubPathSite()
    {
        var site = TestSite.Parse(Basic.Replace("https://example.org/", "https://user.github.io/briefings/", StringComparison.Ordinal)).BuildOk();

        var home = site.Text("index.html");
        Assert.Contains("href=\"/briefings/2022/05/15/first-dispatch/\"", home, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/2022/", home, StringComparison.Ordinal);
    }
}
