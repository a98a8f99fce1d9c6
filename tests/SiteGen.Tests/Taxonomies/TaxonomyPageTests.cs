using SiteGen.Tests.Support;

namespace SiteGen.Tests.Taxonomies;

/// <summary>Tag, category, series and author pages: their URLs, lists, pagination, feeds, chips and claims.</summary>
public sealed class TaxonomyPageTests
{
    private const string Site = """
        -- site.yml --
        title: T
        base_url: https://example.org/news/
        author: Jane Roe
        taxonomies:
          per_page: 2
        -- content/dispatches/a.md --
        ---
        title: Part one
        date: 2026-03-01T10:00:00Z
        tags: [Kyiv, Drones]
        categories: [Front line]
        series: Battle of Kyiv
        ---
        The first part.
        -- content/dispatches/b.md --
        ---
        title: Part two
        date: 2026-03-02T10:00:00Z
        tags: [kyiv]
        series: Battle of Kyiv
        author: John Doe
        ---
        The second part.
        -- content/dispatches/c.md --
        ---
        title: Part three
        date: 2026-03-03T10:00:00Z
        tags: [Kyiv]
        series: Battle of Kyiv
        ---
        The third part.
        """;

    [Fact]
    public void EachTermHasAPaginatedPageNewestFirst()
    {
        var built = TestSite.Parse(Site).BuildOk();
        var first = built.Text("tags/kyiv/index.html");
        Assert.Contains("<h1>Kyiv", first, StringComparison.Ordinal);
        Assert.Contains("3 dispatches", first, StringComparison.Ordinal);
        Assert.True(first.IndexOf("Part three", StringComparison.Ordinal) < first.IndexOf("Part two", StringComparison.Ordinal));
        Assert.DoesNotContain("Part one", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/news/tags/kyiv/page/2/\"", first, StringComparison.Ordinal);
        Assert.Contains("Part one", built.Text("tags/kyiv/page/2/index.html"), StringComparison.Ordinal);
        Assert.True(built.Has("tags/drones/index.html"));
        Assert.Contains("Part one", built.Text("categories/front-line/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void ASeriesReadsInOrderAndEachPartKnowsItsPlace()
    {
        var built = TestSite.Parse(Site).BuildOk();
        var series = built.Text("series/battle-of-kyiv/index.html");
        Assert.True(series.IndexOf("Part one", StringComparison.Ordinal) < series.IndexOf("Part two", StringComparison.Ordinal));
        var two = built.Text("2026/03/02/part-two/index.html");
        Assert.Contains("<a href=\"/news/series/battle-of-kyiv/\">Battle of Kyiv</a> · part 2 of 3", two, StringComparison.Ordinal);
        Assert.Contains("<span>← Part 1</span> Part one", two, StringComparison.Ordinal);
        Assert.Contains("<span>Part 3 →</span> Part three", two, StringComparison.Ordinal);
    }

    [Fact]
    public void AuthorsAreTheDispatchsOwnElseTheSites()
    {
        var built = TestSite.Parse(Site).BuildOk();
        var jane = built.Text("authors/jane-roe/index.html");
        Assert.Contains("Part one", jane, StringComparison.Ordinal);
        Assert.DoesNotContain("Part two", jane + built.Text("authors/jane-roe/index.html"), StringComparison.Ordinal);
        Assert.Contains("Part two", built.Text("authors/john-doe/index.html"), StringComparison.Ordinal);
        Assert.Contains("<a href=\"/news/authors/john-doe/\" rel=\"author\">John Doe</a>", built.Text("2026/03/02/part-two/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void EachKindHasAnIndexWithCounts()
    {
        var built = TestSite.Parse(Site).BuildOk();
        var tags = built.Text("tags/index.html");
        Assert.Contains("<a href=\"/news/tags/kyiv/\">Kyiv</a> <span class=\"count\">3</span>", tags, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/news/tags/drones/\">Drones</a> <span class=\"count\">1</span>", tags, StringComparison.Ordinal);
        Assert.True(built.Has("categories/index.html") && built.Has("series/index.html") && built.Has("authors/index.html"));
    }

    [Fact]
    public void ChipsOnDispatchesAndCardsLinkToTheTermPages()
    {
        var built = TestSite.Parse(Site).BuildOk();
        var one = built.Text("2026/03/01/part-one/index.html");
        Assert.Contains("Tags: <a href=\"/news/tags/kyiv/\">Kyiv</a><a href=\"/news/tags/drones/\">Drones</a>", one, StringComparison.Ordinal);
        Assert.Contains("Categories: <a href=\"/news/categories/front-line/\">Front line</a>", one, StringComparison.Ordinal);
        var home = built.Text("index.html");
        Assert.Contains("<a class=\"series\" href=\"/news/series/battle-of-kyiv/\">Battle of Kyiv</a>", home, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/news/categories/front-line/\">Front line</a><a href=\"/news/tags/kyiv/\">Kyiv</a>", home, StringComparison.Ordinal);
    }

    [Fact]
    public void EachTermHasAtomRssAndJsonFeeds()
    {
        var built = TestSite.Parse(Site).BuildOk();
        var atom = built.Text("tags/kyiv/feed.xml");
        Assert.Contains("<title>Kyiv · T</title>", atom, StringComparison.Ordinal);
        Assert.Contains("https://example.org/news/2026/03/01/part-one/", atom, StringComparison.Ordinal);
        Assert.Contains("The first part.", atom, StringComparison.Ordinal);
        Assert.Contains("<rss", built.Text("tags/kyiv/rss.xml"), StringComparison.Ordinal);
        Assert.Contains("\"title\":\"Kyiv · T\"", built.Text("tags/kyiv/feed.json"), StringComparison.Ordinal);
        Assert.Contains("href=\"/news/tags/kyiv/feed.xml\"", built.Text("tags/kyiv/index.html"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void TermFeedsPassFeedparser()
    {
        ExternalTools.RequireFeedparser();
        var built = TestSite.Parse(Site).BuildOk();
        var feeds = built.Output.Files.Where(f => f.Key.StartsWith("tags/", StringComparison.Ordinal) || f.Key.StartsWith("series/", StringComparison.Ordinal))
            .Where(f => f.Key.EndsWith(".xml", StringComparison.Ordinal) || f.Key.EndsWith(".json", StringComparison.Ordinal)).ToList();
        var directory = Directory.CreateTempSubdirectory("sitegen-term-feeds-");
        try
        {
            foreach (var (path, bytes) in feeds)
            {
                File.WriteAllBytes(Path.Combine(directory.FullName, path.Replace('/', '_')), bytes);
            }

            var check = RunningProcess.Run(ExternalTools.Python, [FeedparserScript.Path, directory.FullName], TimeSpan.FromMinutes(2));
            Assert.True(check.Succeeded, check.Output);
            Assert.Contains($"{feeds.Count} feeds ok", check.Output, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void TheHeaderLinksToTheTagsIndexAsConfigured()
    {
        var built = TestSite.Parse(Site).BuildOk();
        Assert.Contains("<li><a href=\"/news/actors/\">Actors</a></li>\n<li><a href=\"/news/tags/\">Tags</a></li>", built.Text("index.html"), StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"/news/tags/\" aria-current=\"page\">Tags</a></li>", built.Text("tags/index.html"), StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"/news/tags/\" aria-current=\"page\">Tags</a></li>", built.Text("tags/kyiv/index.html"), StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"/news/tags/\">Tags</a></li>", built.Text("series/battle-of-kyiv/index.html"), StringComparison.Ordinal);

        var ordered = TestSite.Parse(Site.Replace("  per_page: 2", "  per_page: 2\n  menu: [series, Tags]", StringComparison.Ordinal)).BuildOk().Text("index.html");
        Assert.Contains("<li><a href=\"/news/series/\">Series</a></li>\n<li><a href=\"/news/tags/\">Tags</a></li>", ordered, StringComparison.Ordinal);

        var none = TestSite.Parse(Site.Replace("  per_page: 2", "  per_page: 2\n  menu: []", StringComparison.Ordinal)).BuildOk().Text("index.html");
        Assert.DoesNotContain(">Tags</a>", none, StringComparison.Ordinal);

        // A menu of the site's own that links the index already is not given a second link.
        var own = TestSite.Parse(Site.Replace("taxonomies:", "menu:\n  - {title: Topics, url: /tags/}\ntaxonomies:", StringComparison.Ordinal)).BuildOk().Text("index.html");
        Assert.Contains("<li><a href=\"/news/tags/\">Topics</a></li>", own, StringComparison.Ordinal);
        Assert.DoesNotContain(">Tags</a>", own, StringComparison.Ordinal);
    }

    [Fact]
    public void AMenuKindThatIsNoKindIsAnError()
    {
        var built = TestSite.Parse(Site.Replace("  per_page: 2", "  per_page: 2\n  menu: [tags, topics]", StringComparison.Ordinal)).Build();
        Assert.False(built.Result.Succeeded);
        built.Expect("site.yml(6,16)", "SG0104", "'topics'", "tags, categories, series, authors");
    }

    [Fact]
    public void APageAtATermUrlIsAnErrorNamingBoth()
    {
        var built = TestSite.Parse(Site + "\n-- content/pages/tags/kyiv.md --\n---\ntitle: Mine\n---\nText.\n").Build();
        Assert.False(built.Result.Succeeded);
        built.Expect("SG0210", "content/pages/tags/kyiv.md", "SiteGen's page of the tag 'Kyiv'", "/tags/kyiv/");
    }

    [Fact]
    public void FoldersAreConfigurableForWordPressPaths()
    {
        var site = Site.Replace("  per_page: 2", "  per_page: 2\n  tags: tag\n  categories: /category/", StringComparison.Ordinal);
        var built = TestSite.Parse(site).BuildOk();
        Assert.True(built.Has("tag/kyiv/index.html"));
        Assert.True(built.Has("category/front-line/index.html"));
        Assert.False(built.Has("tags/kyiv/index.html"));
        Assert.Contains("href=\"/news/tag/kyiv/\"", built.Text("2026/03/01/part-one/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void ImportedSitesRedirectWordPressTermUrls()
    {
        var site = Site.Replace("series: Battle of Kyiv\n---\nThe first part.", "series: Battle of Kyiv\naliases: [/2026/03/01/old/]\n---\nThe first part.", StringComparison.Ordinal);
        var built = TestSite.Parse(site).BuildOk();
        Assert.Contains("/news/tags/kyiv/", built.Text("tag/kyiv/index.html"), StringComparison.Ordinal);
        Assert.Contains("/news/categories/front-line/", built.Text("category/front-line/index.html"), StringComparison.Ordinal);
        Assert.Contains("/news/authors/john-doe/", built.Text("author/john-doe/index.html"), StringComparison.Ordinal);
        Assert.False(TestSite.Parse(Site).BuildOk().Has("tag/kyiv/index.html"));
        Assert.False(TestSite.Parse(site.Replace("per_page: 2", "per_page: 2\n  wordpress_redirects: false", StringComparison.Ordinal)).BuildOk().Has("tag/kyiv/index.html"));
    }

    [Fact]
    public void ImportedSitesKeepWordPressFeedUrlsForTheirSubscribers()
    {
        var site = Site.Replace("series: Battle of Kyiv\n---\nThe first part.",
            "series: Battle of Kyiv\nwordpress_slugs:\n  tags:\n    drones: drones-2\n---\nThe first part, [in the feed](/news/feed/).", StringComparison.Ordinal);
        var built = TestSite.Parse(site).BuildOk();

        // A reader subscribed to /feed/ gets the site's RSS there, not a page that redirects (readers follow none).
        Assert.Equal(built.Text("rss.xml"), built.Text("feed/index.xml"));
        Assert.Equal(built.Text("rss.xml"), built.Text("feed/rss2/index.xml"));
        Assert.Equal(built.Text("feed.xml"), built.Text("feed/atom/index.xml"));
        Assert.Equal(built.Text("tags/drones/rss.xml"), built.Text("tag/drones/feed/index.xml"));
        Assert.Equal(built.Text("tags/drones/rss.xml"), built.Text("tag/drones-2/feed/index.xml"));
        Assert.Equal(built.Text("categories/front-line/rss.xml"), built.Text("category/front-line/feed/index.xml"));
        Assert.Equal(built.Text("authors/john-doe/rss.xml"), built.Text("author/john-doe/feed/index.xml"));

        Assert.False(TestSite.Parse(Site).BuildOk().Has("feed/index.xml"));

        // Term pages at WordPress's own URLs have their feed below them too; a page of the site keeps its folder.
        var own = TestSite.Parse(site.Replace("  per_page: 2", "  per_page: 2\n  tags: tag", StringComparison.Ordinal)).BuildOk();
        Assert.Equal(own.Text("tag/kyiv/rss.xml"), own.Text("tag/kyiv/feed/index.xml"));
        var pages = TestSite.Parse(site + "\n-- content/pages/feed.md --\n---\ntitle: Our feeds\n---\nText.\n"
            + "-- content/pages/kyiv-feed.md --\n---\ntitle: Kyiv's feed\naliases: [/tag/kyiv/feed/]\n---\nText.\n").BuildOk();
        Assert.False(pages.Has("feed/index.xml"));
        Assert.Contains("Our feeds", pages.Text("feed/index.html"), StringComparison.Ordinal);
        Assert.True(pages.Has("feed/atom/index.xml"));
        Assert.False(pages.Has("tag/kyiv/feed/index.xml"));
        Assert.True(pages.Has("tag/drones/feed/index.xml"));
        var off = TestSite.Parse(site.Replace("per_page: 2", "per_page: 2\n  wordpress_redirects: false", StringComparison.Ordinal)
            .Replace(", [in the feed](/news/feed/)", string.Empty, StringComparison.Ordinal)).BuildOk();
        Assert.False(off.Has("feed/index.xml"));
        Assert.False(off.Has("tag/drones/feed/index.xml"));
    }

    [Fact]
    public void TheOldBlogsOwnTermSlugsRedirectToo()
    {
        var site = Site.Replace("series: Battle of Kyiv\n---\nThe first part.",
            "series: Battle of Kyiv\nwordpress_slugs:\n  tags:\n    Kyiv: \"%d0%ba%d0%b8%d1%97%d0%b2\"\n    drones: drones-2\n  categories:\n    Front line: front\n---\nThe first part.", StringComparison.Ordinal);
        var built = TestSite.Parse(site).BuildOk();

        Assert.Contains("url=/news/tags/kyiv/", built.Text("tag/київ/index.html"), StringComparison.Ordinal);
        Assert.Contains("url=/news/tags/drones/", built.Text("tag/drones-2/index.html"), StringComparison.Ordinal);
        Assert.Contains("url=/news/categories/front-line/", built.Text("category/front/index.html"), StringComparison.Ordinal);
        Assert.Contains("url=/news/tags/kyiv/", built.Text("tag/kyiv/index.html"), StringComparison.Ordinal);

        // With WordPress's own folders the term pages are at /tag/kyiv/; the old slugs still lead there.
        var own = TestSite.Parse(site.Replace("  per_page: 2", "  per_page: 2\n  tags: tag", StringComparison.Ordinal)).BuildOk();
        Assert.Contains("<h1>Kyiv", own.Text("tag/kyiv/index.html"), StringComparison.Ordinal);
        Assert.Contains("url=/news/tag/kyiv/", own.Text("tag/київ/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void AnOldSlugTheBlogRecordedWinsOverOneMadeOfAnotherName()
    {
        var site = Site.Replace("tags: [Kyiv, Drones]\ncategories: [Front line]\nseries: Battle of Kyiv\n---",
            "tags: [Kyiv, Drones, UAV]\ncategories: [Front line]\nseries: Battle of Kyiv\nwordpress_slugs:\n  tags:\n    UAV: drones-2\n---", StringComparison.Ordinal)
            .Replace("tags: [kyiv]", "tags: [kyiv, Drones 2]", StringComparison.Ordinal);
        var built = TestSite.Parse(site).BuildOk();

        Assert.Contains("url=/news/tags/uav/", built.Text("tag/drones-2/index.html"), StringComparison.Ordinal);
        Assert.Equal(built.Text("tags/uav/rss.xml"), built.Text("tag/drones-2/feed/index.xml"));
    }

    [Fact]
    public void AChildCategoryKeepsItsNestedWordPressUrlAndItsFeed()
    {
        var site = Site.Replace("series: Battle of Kyiv\n---\nThe first part.",
            "series: Battle of Kyiv\nwordpress_slugs:\n  categories:\n    Front line: war/ukraine/front\n---\nThe first part.", StringComparison.Ordinal);
        var built = TestSite.Parse(site).BuildOk();

        // WordPress answered a child category at its parents' path and at its own slug alone.
        Assert.Contains("url=/news/categories/front-line/", built.Text("category/war/ukraine/front/index.html"), StringComparison.Ordinal);
        Assert.Contains("url=/news/categories/front-line/", built.Text("category/front/index.html"), StringComparison.Ordinal);
        Assert.Contains("url=/news/categories/front-line/", built.Text("category/front-line/index.html"), StringComparison.Ordinal);
        Assert.Equal(built.Text("categories/front-line/rss.xml"), built.Text("category/war/ukraine/front/feed/index.xml"));
        Assert.Equal(built.Text("categories/front-line/rss.xml"), built.Text("category/front/feed/index.xml"));
        Assert.False(built.Has("category/war/index.html"));
        Assert.False(built.Has("category/war/ukraine/index.html"));
    }

    [Fact]
    public void ANameTheOldBlogGaveTwoCategoriesKeepsTheOldUrlsOfBoth()
    {
        // "News" under "Europe" and "News" under "Asia" were two categories; here they are one, and both old URLs lead to it.
        var site = Site.Replace("tags: [Kyiv, Drones]\ncategories: [Front line]",
            "tags: [Kyiv, Drones]\ncategories: [News]\nwordpress_slugs:\n  categories:\n    News: [europe/news, asia/news-2]", StringComparison.Ordinal);
        var built = TestSite.Parse(site).BuildOk();

        foreach (var old in new[] { "europe/news", "news", "asia/news-2", "news-2" })
        {
            Assert.Contains("url=/news/categories/news/", built.Text($"category/{old}/index.html"), StringComparison.Ordinal);
            Assert.Equal(built.Text("categories/news/rss.xml"), built.Text($"category/{old}/feed/index.xml"));
        }
    }

    [Fact]
    public void ANestedOldSlugWithAnEmptyFolderIsAnErrorAtItsPlaceAndATagsIsNotNested()
    {
        var bad = TestSite.Parse(Site.Replace("series: Battle of Kyiv\n---\nThe first part.",
            "series: Battle of Kyiv\nwordpress_slugs:\n  categories:\n    Front line: [front-2, \"war//front\"]\n---\nThe first part.", StringComparison.Ordinal)).Build();
        Assert.False(bad.Result.Succeeded);
        bad.Expect("content/dispatches/a.md(9,27)", "SG0235", "'war//front'", "category 'Front line'", "has a folder that is empty (folder 2 of 3)", "/category/<parent>/<slug>/");

        var tag = TestSite.Parse(Site.Replace("series: Battle of Kyiv\n---\nThe first part.",
            "series: Battle of Kyiv\nwordpress_slugs:\n  tags:\n    Kyiv: ukraine/kyiv\n---\nThe first part.", StringComparison.Ordinal)).Build();
        tag.Expect("content/dispatches/a.md(9,11)", "SG0235", "'ukraine/kyiv'", "only categories nest");
    }

    [Fact]
    public void AnOldSlugThatIsNoFolderIsAnErrorAndOneOfNoTermAWarning()
    {
        var bad = TestSite.Parse(Site.Replace("series: Battle of Kyiv\n---\nThe first part.",
            "series: Battle of Kyiv\nwordpress_slugs:\n  tags:\n    Kyiv: kyiv/old\n---\nThe first part.", StringComparison.Ordinal)).Build();
        Assert.False(bad.Result.Succeeded);
        bad.Expect("content/dispatches/a.md(9,11)", "SG0235", "'kyiv/old'", "tag 'Kyiv'");

        var stray = TestSite.Parse(Site.Replace("series: Battle of Kyiv\n---\nThe first part.",
            "series: Battle of Kyiv\nwordpress_slugs:\n  tags:\n    Odesa: odesa-2\n---\nThe first part.", StringComparison.Ordinal)).BuildOk();
        stray.Expect("content/dispatches/a.md(9,5)", "SG0236", "'Odesa'", "'Kyiv', 'Drones'");
        Assert.False(stray.Has("tag/odesa-2/index.html"));
    }

    [Fact]
    public void TwoKindsInOneFolderIsAnError()
    {
        var site = Site.Replace("  per_page: 2", "  per_page: 2\n  tags: topics\n  categories: topics", StringComparison.Ordinal);
        var built = TestSite.Parse(site).Build();
        Assert.False(built.Result.Succeeded);
        Assert.DoesNotContain(built.Result.Diagnostics, d => d.Code == "SG0210");
        built.Expect("site.yml(7,", "SG0250", "tags and categories both use the folder 'topics'");
    }

    [Fact]
    public void AFolderThatIsNoSlugIsAnError()
    {
        var built = TestSite.Parse(Site.Replace("  per_page: 2", "  per_page: 2\n  tags: Tag Pages", StringComparison.Ordinal)).Build();
        Assert.False(built.Result.Succeeded);
        built.Expect("site.yml(6,", "SG0250", "taxonomies.tags 'Tag Pages'", "such as 'tag'");
    }

    [Fact]
    public void ATagWithoutLettersIsAWarningAndGetsNoPage()
    {
        var site = Site.Replace("tags: [Kyiv, Drones]", "tags: [Kyiv, \"!!!\"]", StringComparison.Ordinal);
        var built = TestSite.Parse(site).BuildOk();
        built.Expect("content/dispatches/a.md", "SG0251", "'!!!'");
    }
}
