using System.Text.Json;
using System.Text.RegularExpressions;
using SiteGen.Search;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publishing;

public sealed class PublishingTests
{
    private const string Site = """
        -- site.yml --
        title: Briefings
        base_url: https://user.github.io/briefings/
        cname: briefings.example.org
        -- content/actors/kalinouski.md --
        ---
        name: Kastuś Kalinoŭski Battalion
        kind: unit
        aliases: [Калиновский]
        ---
        -- content/dispatches/a.md --
        ---
        title: Volunteers
        date: 2022-05-15
        actors: [Kalinoŭski]
        aliases: [/2022/05/15/old-wordpress-slug/, "https://oldblog.wordpress.com/2022/05/15/another/"]
        image:
          src: /images/map.svg
          alt: A map
        ---
        The battalion trains near the border.

        ## Training

        See [the section](#training) and [the about page](/about/).
        -- content/dispatches/b.md --
        ---
        title: Unrelated
        date: 2022-05-16
        ---
        Nothing about volunteers here.
        -- content/pages/about.md --
        ---
        title: About
        ---
        -- static/images/map.svg --
        <svg xmlns="http://www.w3.org/2000/svg"/>
        """;

    private static BuiltSite Build() => TestSite.Parse(Site).BuildOk();

    [Fact]
    public void SitemapListsEveryPageWithLastmodAndRobotsPointsAtIt()
    {
        var built = Build();
        var sitemap = built.Text("sitemap.xml");
        Assert.Contains("<loc>https://user.github.io/briefings/2022/05/15/volunteers/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<lastmod>2022-05-15T00:00:00+00:00</lastmod>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>https://user.github.io/briefings/actors/kalinouski/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("Sitemap: https://user.github.io/briefings/sitemap.xml", built.Text("robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void DispatchHeadHasCanonicalOpenGraphTwitterAndJsonLd()
    {
        var html = Build().Text("2022/05/15/volunteers/index.html");
        Assert.Contains("<link rel=\"canonical\" href=\"https://user.github.io/briefings/2022/05/15/volunteers/\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:image\" content=\"https://user.github.io/briefings/images/map.svg\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"twitter:card\" content=\"summary_large_image\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:title\" content=\"Volunteers\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:description\" content=\"The battalion trains near the border.", html, StringComparison.Ordinal);
        // Twitter/X falls back to og:title, og:description and og:image: its own copies would only repeat them.
        Assert.DoesNotContain("twitter:title", html, StringComparison.Ordinal);
        Assert.DoesNotContain("twitter:description", html, StringComparison.Ordinal);
        Assert.DoesNotContain("twitter:image", html, StringComparison.Ordinal);
        var json = Regex.Match(html, "<script type=\"application/ld\\+json\">(.*?)</script>").Groups[1].Value;
        using var ld = JsonDocument.Parse(json);
        Assert.Equal("NewsArticle", ld.RootElement.GetProperty("@type").GetString());
        Assert.Equal("2022-05-15T00:00:00+00:00", ld.RootElement.GetProperty("dateModified").GetString());
    }

    [Fact]
    public void EachAliasBecomesARedirectPage()
    {
        var built = Build();
        foreach (var path in new[] { "2022/05/15/old-wordpress-slug/index.html", "2022/05/15/another/index.html" })
        {
            var html = built.Text(path);
            Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=/briefings/2022/05/15/volunteers/\">", html, StringComparison.Ordinal);
            Assert.Contains("<link rel=\"canonical\" href=\"https://user.github.io/briefings/2022/05/15/volunteers/\">", html, StringComparison.Ordinal);
            Assert.Contains("<a href=\"/briefings/2022/05/15/volunteers/\">Volunteers</a>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void OutputCarriesNoJekyllAndCname()
    {
        var built = Build();
        Assert.True(built.Has(".nojekyll"));
        Assert.Equal("briefings.example.org\n", built.Text("CNAME"));
    }

    [Fact]
    public void SearchFindsTheDispatchByEverySpellingOfItsActor()
    {
        var built = Build();
        foreach (var query in new[] { "Kalinoŭski", "Kalinouski", "Калиновский", "kalinouski battalion" })
        {
            Assert.Contains("Volunteers", Search(built, query));
        }

        Assert.DoesNotContain("Unrelated", Search(built, "Kalinouski"));
    }

    [Fact]
    public void EveryUrlInTheOutputStaysUnderTheSubPath()
    {
        var built = Build();
        foreach (var (path, bytes) in built.Output.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = System.Text.Encoding.UTF8.GetString(bytes);
            foreach (Match match in Regex.Matches(html, "(?:href|src)=\"(/[^\"]*)\""))
            {
                Assert.StartsWith("/briefings/", match.Groups[1].Value);
            }
        }
    }

    [Fact]
    public void BrokenInternalLinksAndFragmentsFailTheBuild()
    {
        var site = TestSite.Parse(Site + """

            -- content/dispatches/c.md --
            ---
            title: Broken
            date: 2022-05-17
            ---
            A [dead link](/nowhere/) and [a missing anchor](/2022/05/15/volunteers/#no-such-id).
            """).Build();
        Assert.False(site.Result.Succeeded);
        site.Expect("content/dispatches/c.md(5,3): error SG0503: broken link: 2022/05/17/broken/index.html -> /briefings/nowhere/ (no such file in the output)");
        site.Expect("error SG0503: broken link: 2022/05/17/broken/index.html -> /briefings/2022/05/15/volunteers/#no-such-id (no element with id 'no-such-id'");
    }

    [Fact]
    public void LinkCheckCanBeAWarning()
    {
        var site = TestSite.Parse(Site.Replace("cname:", "link_check: warning\ncname:", StringComparison.Ordinal) + """

            -- content/dispatches/c.md --
            ---
            title: Broken
            date: 2022-05-17
            ---
            A [dead link](/nowhere/).
            """).BuildOk();
        site.Expect("warning SG0503: broken link");
    }

    /// <summary>Runs a query the way site.js does: tokens, hashed buckets, AND of postings, then the titles.</summary>
    private static List<string> Search(BuiltSite built, string query)
    {
        using var meta = JsonDocument.Parse(built.Output.Files["search/index/meta.json"]);
        var buckets = meta.RootElement.GetProperty("buckets").GetInt32();
        HashSet<int>? ids = null;
        foreach (var token in SearchText.Tokens(query))
        {
            var bucket = SearchText.Hash(token) & (uint)(buckets - 1);
            using var postings = JsonDocument.Parse(built.Output.Files[$"search/index/t/{bucket}.json"]);
            var found = new HashSet<int>();
            if (postings.RootElement.TryGetProperty(token, out var list))
            {
                var id = 0;
                var values = list.EnumerateArray().Select(v => v.GetInt32()).ToList();
                for (var i = 0; i < values.Count; i += 2)
                {
                    id += values[i];
                    found.Add(id);
                }
            }

            ids = ids is null ? found : ids.Intersect(found).ToHashSet();
        }

        return (ids ?? []).Select(id =>
        {
            using var document = JsonDocument.Parse(built.Output.Files[$"search/index/d/{id}.json"]);
            return document.RootElement[0].GetString()!;
        }).ToList();
    }
}
