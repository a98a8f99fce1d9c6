using System.Text.RegularExpressions;
using SiteGen.Configuration;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Taxonomies;

/// <summary>The term pages, their indexes and the date archives are in the sitemap, dated by their newest change.</summary>
public sealed partial class ListSitemapTests
{
    private const string Site = """
        -- site.yml --
        title: T
        base_url: https://example.org/news/
        time_zone: Europe/Kyiv
        author: Jane Roe
        taxonomies:
          per_page: 1
        -- content/dispatches/a.md --
        ---
        title: Older
        date: 2026-03-01
        tags: [Kyiv]
        categories: [Front line]
        series: Battle of Kyiv
        modified: 2026-03-05T09:00:00+02:00
        aliases: [/2026/03/01/old/]
        ---
        The first.
        -- content/dispatches/b.md --
        ---
        title: Newer
        date: 2026-03-02T23:30:00Z
        tags: [Kyiv, Drones]
        ---
        The second.
        -- content/dispatches/c.md --
        ---
        title: Unfinished
        date: 2026-02-10T10:00:00Z
        tags: [Secret]
        draft: true
        ---
        Not yet.
        """;

    [Fact]
    public void TermPagesAndTheirIndexesAreListedWithTheirNewestChange()
    {
        var sitemap = Entries(TestSite.Parse(Site).BuildOk());

        // Kyiv's newest dispatch is b, but a changed later: a list is as new as the latest change among its dispatches.
        Assert.Equal("2026-03-05T09:00:00+02:00", sitemap["https://example.org/news/tags/kyiv/"]);
        Assert.Equal("2026-03-03T01:30:00+02:00", sitemap["https://example.org/news/tags/drones/"]);
        Assert.Equal("2026-03-05T09:00:00+02:00", sitemap["https://example.org/news/tags/"]);
        Assert.Equal("2026-03-05T09:00:00+02:00", sitemap["https://example.org/news/categories/front-line/"]);
        Assert.Equal("2026-03-05T09:00:00+02:00", sitemap["https://example.org/news/series/battle-of-kyiv/"]);
        Assert.Equal("2026-03-05T09:00:00+02:00", sitemap["https://example.org/news/authors/jane-roe/"]);
        Assert.True(sitemap.ContainsKey("https://example.org/news/categories/") && sitemap.ContainsKey("https://example.org/news/series/") && sitemap.ContainsKey("https://example.org/news/authors/"));
    }

    [Fact]
    public void DateArchivesAreListedByTheSitesDays()
    {
        var sitemap = Entries(TestSite.Parse(Site).BuildOk());

        // 23:30 UTC on 2 March is 01:30 on 3 March in Kyiv, where the archives count days.
        Assert.Equal("2026-03-03T01:30:00+02:00", sitemap["https://example.org/news/2026/03/03/"]);
        Assert.Equal("2026-03-05T09:00:00+02:00", sitemap["https://example.org/news/2026/03/01/"]);
        Assert.Equal("2026-03-05T09:00:00+02:00", sitemap["https://example.org/news/2026/03/"]);
        Assert.Equal("2026-03-05T09:00:00+02:00", sitemap["https://example.org/news/2026/"]);
        Assert.False(sitemap.ContainsKey("https://example.org/news/2026/03/02/"));
    }

    [Fact]
    public void RedirectsLaterPagesAndDraftsStayOut()
    {
        var built = TestSite.Parse(Site).BuildOk(new BuildOptions { IncludeDrafts = true });
        Assert.True(built.Has("tag/kyiv/index.html") && built.Has("tags/kyiv/page/2/index.html") && built.Has("tags/secret/index.html") && built.Has("2026/02/10/index.html"));

        var sitemap = Entries(built);

        Assert.DoesNotContain(sitemap.Keys, url => url.Contains("/tag/", StringComparison.Ordinal) || url.Contains("/page/", StringComparison.Ordinal) || url.Contains("/old/", StringComparison.Ordinal));
        Assert.DoesNotContain(sitemap.Keys, url => url.Contains("secret", StringComparison.Ordinal) || url.Contains("/2026/02/", StringComparison.Ordinal) || url.Contains("unfinished", StringComparison.Ordinal));
    }

    private static Dictionary<string, string> Entries(BuiltSite built) =>
        UrlEntry().Matches(built.Text("sitemap.xml")).ToDictionary(m => m.Groups["loc"].Value, m => m.Groups["lastmod"].Value, StringComparer.Ordinal);

    [GeneratedRegex(@"<url>\s*<loc>(?<loc>[^<]+)</loc>\s*(?:<lastmod>(?<lastmod>[^<]+)</lastmod>\s*)?</url>")]
    private static partial Regex UrlEntry();
}
