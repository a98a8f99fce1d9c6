using SiteGen.Tests.Import.Support;

namespace SiteGen.Tests.Import;

/// <summary>
/// A post is its blog's home plus its WordPress id: for blogs of one host in sub-folders (a multisite's
/// example.com/news/ and example.com/sport/), the home a saved page names, not its host alone, as the export names it.
/// </summary>
public sealed class SubFolderBlogTests
{
    private const string SiteYml = "title: T\nbase_url: https://example.org/\n";

    private static string Saved(string canonical, string bodyClass, string head, string title = "Weekly update", string date = "2022-05-15T10:00:00+00:00") => $"""
        <!DOCTYPE html><html><head><title>{title}</title>
        <link rel="canonical" href="{canonical}">
        <meta name="generator" content="WordPress 6.4">
        <meta property="article:published_time" content="{date}">
        {head}
        </head><body class="{bodyClass}">
        <main><article><h1 class="entry-title">{title}</h1><div class="entry-content"><p>What the week brought.</p></div></article></main>
        </body></html>
        """;

    [Fact]
    public void SavedPagesOfTwoSubFolderBlogsWithOneIdStayTwoPosts()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);
        site.Import(site.Input("news.html", Saved("https://example.com/news/2022/05/15/weekly-update/", "single single-post postid-12",
            """<link rel="https://api.w.org/" href="https://example.com/news/wp-json/">""")));

        // The other blog of the host: its post 12 has the same title, and the page names its home by the theme's link.
        var report = site.Import(site.Input("sport.html", Saved("https://example.com/sport/weekly-update/", "single single-post postid-12",
            """<link rel="alternate" type="application/rss+xml" href="https://example.com/sport/weekly-update/feed/">""", date: "2023-01-10T10:00:00+00:00")
            .Replace("<main>", """<header><a href="https://example.com/sport/" rel="home">Sport</a></header><main>""", StringComparison.Ordinal)));

        Assert.Equal(["content/dispatches/2022/weekly-update.md", "content/dispatches/2023/weekly-update.md"], site.Files("content/dispatches"));
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "SG0616");
    }

    [Fact]
    public void ASavedPageOfASubFolderBlogsPostIsThePostItsExportHolds()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);
        site.Import(site.Input("news.xml", Wxr.ExportOf("https://example.com/news", Wxr.Item(12, "Weekly update", "weekly-update-moved",
            date: "2022-05-20 10:00:00", gmt: "2022-05-20 10:00:00", blogUrl: "https://example.com/news"))));

        // Saved before the post moved: its old URL, its id in the body's classes and the blog's feeds.
        var report = site.Import(site.Input("saved.html", Saved("https://example.com/news/2022/05/15/weekly-update/", "single single-post postid-12",
            """
            <link rel="alternate" type="application/rss+xml" title="News » Feed" href="https://example.com/news/feed/">
            <link rel="alternate" type="application/rss+xml" title="News » Comments Feed" href="https://example.com/news/comments/feed/">
            <link rel="alternate" type="application/rss+xml" title="News » Weekly update Comments Feed" href="https://example.com/news/2022/05/15/weekly-update/feed/">
            """)));

        Assert.Empty(report.Files);
        Assert.Contains("weekly-update-moved.md", Assert.Single(report.Skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AChildPagesParentIsNotTakenForTheBlogsFolder()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);
        site.Import(site.Input("blog.xml", Wxr.Export(
            Wxr.Item(5, "About", "about", type: "page", link: "https://blog.example/about/"),
            Wxr.Item(7, "Team", "our-team", type: "page", parent: 5, link: "https://blog.example/about/our-team/"))));

        // The page saved before it was renamed; it names its id and its parent only in its body's classes.
        var report = site.Import(site.Input("team.html", Saved("https://blog.example/about/team/", "page-template-default page page-id-7 page-child parent-pageid-5",
            string.Empty, title: "Team")));

        Assert.Empty(report.Files);
        Assert.Contains("our-team.md", Assert.Single(report.Skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePostsCategoryInItsPermalinkIsNotTakenForTheBlogsFolder()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);
        site.Import(site.Input("blog.xml", Wxr.Export(Wxr.Item(12, "Weekly update", "weekly-update-moved", link: "https://blog.example/news/weekly-update-moved/"))));

        // A /%category%/%postname%/ permalink, saved before the post moved, with nothing but its category to say where the blog is.
        var report = site.Import(site.Input("saved.html", Saved("https://blog.example/news/weekly-update/", "single single-post postid-12", string.Empty)
            .Replace("</article>", """<footer><a href="https://blog.example/category/news/" rel="category tag">News</a></footer></article>""", StringComparison.Ordinal)));

        Assert.Empty(report.Files);
        Assert.Contains("weekly-update-moved.md", Assert.Single(report.Skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AClippingOfASubFolderBlogsPostNamesItsBlogsHome()
    {
        var clipping = """
            ---
            title: "Weekly update"
            source: "https://example.com/news/2022/05/15/weekly-update/"
            published: 2022-05-15
            ---
            What the week brought.

            []{#more-12}

            And the rest.
            """;

        var post = Assert.Single(SiteGen.Import.Clippings.ClippingReader.Read(clipping.ReplaceLineEndings("\n"), "clip.md", new SiteGen.Diagnostics.DiagnosticBag()).Posts);

        Assert.Equal("example.com/news/?p=12", post.BlogPostId);
        Assert.Equal("https://example.com/news/?p=12", post.Guid);
    }
}
