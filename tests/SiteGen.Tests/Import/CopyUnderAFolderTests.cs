using SiteGen.Tests.Import.Support;

namespace SiteGen.Tests.Import;

/// <summary>
/// A clipping or saved page of a post the export holds, at an address with a folder (<c>/blog/</c>) that may be where
/// WordPress is installed or only its permalinks' prefix: found by host and post id, or host, slug and day, whatever
/// the folder, so that the post is imported once and the copy's address leads to it.
/// </summary>
public sealed class CopyUnderAFolderTests
{
    private const string SiteYml = "title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\n";

    // WordPress at the host's root, its permalinks /blog/%year%/%monthnum%/%day%/%postname%/.
    private static string Export(string slug = "kherson-briefing", string title = "Kherson briefing") => Wxr.ExportOf("https://news.example",
        Wxr.Item(12, title, slug, blogUrl: "https://news.example", link: $"https://news.example/blog/2022/05/15/{slug}/",
            content: "<p>The last units left the right bank in the evening, according to several sources on both sides of the river.</p>"),
        Wxr.Item(13, "Bakhmut briefing", "bakhmut-briefing", blogUrl: "https://news.example", link: "https://news.example/blog/2022/05/15/bakhmut-briefing/",
            content: "<p>The road to the west of the town came under fire again overnight.</p>"));

    private static string Clipping(string source, string title = "Kherson briefing") => $"""
        ---
        title: "{title}"
        source: "{source}"
        published: 2022-05-15T10:00:00+03:00
        ---
        The last units left the right bank in the evening, according to several sources on both sides of the river.
        """;

    [Fact]
    public void AClippingOfTheShortlinkUnderAFolderIsTheExportsPost()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);
        var report = site.Import(site.Input("blog.xml", Export()), site.Input("clip.md", Clipping("https://news.example/blog/?p=12")));

        Assert.Equal(["content/dispatches/2022/bakhmut-briefing.md", "content/dispatches/2022/kherson-briefing.md"], site.Files("content/dispatches"));
        Assert.Contains("blog.xml", Assert.Single(report.Skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ASavedPageOfAPostRenamedSinceIsTheExportsPostAndItsAddressLeadsThere()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);

        // Saved before the post's slug changed; the page names its id in its body's classes, and its home only by its
        // dated permalink (/blog/), where the export says the blog is at the root.
        var saved = site.Input("saved.html", """
            <!DOCTYPE html><html><head><title>Kherson briefing</title>
            <link rel="canonical" href="https://news.example/blog/2022/05/15/kherson-briefing/">
            <meta name="generator" content="WordPress 6.4">
            <meta property="article:published_time" content="2022-05-15T10:00:00+03:00">
            </head><body class="single single-post postid-12">
            <main><article><h1 class="entry-title">Kherson briefing</h1><div class="entry-content">
            <p>The last units left the right bank in the evening, according to several sources on both sides of the river.</p></div></article></main>
            </body></html>
            """);
        var report = site.Import(site.Input("blog.xml", Export(slug: "kherson-briefing-right-bank")), saved);

        Assert.Equal(["content/dispatches/2022/bakhmut-briefing.md", "content/dispatches/2022/kherson-briefing-right-bank.md"], site.Files("content/dispatches"));
        Assert.Contains("blog.xml", Assert.Single(report.Skipped).Reason, StringComparison.Ordinal);
        Assert.Contains("/blog/2022/05/15/kherson-briefing/", ImportSandbox.PathAliases(site.Read("content/dispatches/2022/kherson-briefing-right-bank.md")));
    }

    [Fact]
    public void ASavedPageImportedAfterTheExportIsItsPostWhateverTheFolder()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);
        site.Import(site.Input("blog.xml", Export(slug: "kherson-briefing-right-bank")));

        // Saved before its slug changed; its id and its home (by its shortlink, /blog/) the page names.
        var report = site.Import(site.Input("saved.html", """
            <!DOCTYPE html><html><head><title>Kherson briefing</title>
            <link rel="canonical" href="https://news.example/blog/2022/05/15/kherson-briefing/">
            <link rel="shortlink" href="https://news.example/blog/?p=12">
            <meta name="generator" content="WordPress 6.4">
            <meta property="article:published_time" content="2022-05-15T10:00:00+03:00">
            </head><body class="single single-post postid-12">
            <main><article><h1 class="entry-title">Kherson briefing</h1><div class="entry-content">
            <p>The last units left the right bank in the evening, according to several sources on both sides of the river.</p></div></article></main>
            </body></html>
            """));

        Assert.Empty(report.Files);
        Assert.Contains("kherson-briefing-right-bank.md", Assert.Single(report.Skipped).Reason, StringComparison.Ordinal);
        Assert.Equal(2, site.Files("content/dispatches").Count);
    }

    [Fact]
    public void AClippingAtAnEarlierPermalinkIsTheExportsPostOfItsSlugAndDay()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);

        // The blog's permalinks were /blog/%postname%/ when it was exported, dated when the post was clipped.
        var export = Export().Replace("https://news.example/blog/2022/05/15/kherson-briefing/", "https://news.example/blog/kherson-briefing/", StringComparison.Ordinal);
        var report = site.Import(site.Input("blog.xml", export), site.Input("clip.md", Clipping("https://www.news.example/blog/2022/05/15/kherson-briefing/")));

        Assert.Equal(2, site.Files("content/dispatches").Count);
        Assert.Contains("blog.xml", Assert.Single(report.Skipped).Reason, StringComparison.Ordinal);
        Assert.Contains("/blog/2022/05/15/kherson-briefing/", ImportSandbox.PathAliases(site.Read(site.Files("content/dispatches").Single(f => f.Contains("kherson", StringComparison.Ordinal)))));
    }

    [Fact]
    public void AnotherPostOfTheSameDayUnderTheFolderIsNotTakenForIt()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);
        var report = site.Import(site.Input("blog.xml", Export()), site.Input("clip.md", Clipping("https://news.example/blog/?p=14", title: "Odesa briefing")));

        Assert.Equal(3, site.Files("content/dispatches").Count);
        Assert.Empty(report.Skipped);
    }

    private const string Football = "Football: the league resumed in Lviv with matches played in front of empty stands and air-raid alerts interrupting play twice.";

    private static string DailyUpdate(string blogUrl, long id = 12) =>
        Wxr.Item(id, "Daily update", "daily-update", blogUrl: blogUrl, content: "<p>Kherson: the last units left the right bank in the evening, according to several sources on both sides of the river.</p>");

    private static string SportClipping() => $"""
        ---
        title: "Daily update"
        source: "https://net.example/sport/2022/05/15/daily-update/"
        published: 2022-05-15T18:00:00+03:00
        ---
        {Football}
        """;

    [Fact]
    public void AClippingOfAnotherBlogOfTheMultisiteIsNotTakenForThePostOfItsSlugAndDay()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);
        var report = site.Import(site.Input("news.xml", Wxr.ExportOf("https://net.example/news", DailyUpdate("https://net.example/news"))), site.Input("sport.md", SportClipping()));

        Assert.Empty(report.Skipped);
        Assert.Equal(2, site.Files("content/dispatches").Count);
        Assert.Single(site.Files("content/dispatches").Select(site.Read), t => t.Contains(Football, StringComparison.Ordinal));
    }

    [Fact]
    public void TheRootBlogOfAMultisiteDoesNotHoldAnotherBlogsFolder()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);
        var report = site.Import(
            site.Input("root.xml", Wxr.ExportOf("https://net.example", DailyUpdate("https://net.example"))),
            site.Input("sport.xml", Wxr.ExportOf("https://net.example/sport", Wxr.Item(40, "Cup final", "cup-final", blogUrl: "https://net.example/sport", content: "<p>The cup final was played in Kyiv.</p>"))),
            site.Input("sport.md", SportClipping()));

        Assert.Empty(report.Skipped);
        Assert.Equal(3, site.Files("content/dispatches").Count);
        Assert.Single(site.Files("content/dispatches").Select(site.Read), t => t.Contains(Football, StringComparison.Ordinal));
    }
}
