using SiteGen.Configuration;
using SiteGen.IO;
using SiteGen.Tests.Import.Support;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>Two posts of one import never share a file or a URL: the one that moved anyway takes the next number.</summary>
public sealed class UrlClashTests
{
    private const string SlugSite = "title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\npermalink: /:slug/\n";

    private static string Page(long id, string title, string slug, string path, long parent = 0, string content = "<p>Text.</p>") =>
        Wxr.Item(id, title, slug, content: content, type: "page", parent: parent, link: $"https://blog.example{path}");

    [Fact]
    public void ADraftWithoutASlugIsNumberedAndThePublishedPostOfItsTitleKeepsTheUrl()
    {
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\n", withActors: false);
        var export = Wxr.Export(
            Wxr.Item(100, "Daily briefing", string.Empty, status: "draft", date: "2022-05-15 09:00:00", gmt: null),
            Wxr.Item(101, "Daily briefing", "daily-briefing", link: "https://blog.example/daily-briefing/"));

        site.Import(site.Input("export.xml", export));

        var published = site.Read("content/dispatches/2022/daily-briefing.md");
        Assert.DoesNotContain("draft: true", published, StringComparison.Ordinal);
        Assert.Contains("aliases:\n  - \"/daily-briefing/\"", published, StringComparison.Ordinal);
        Assert.Contains("draft: true", site.Read("content/dispatches/2022/daily-briefing-2.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void APageMovedOffTheSitesOwnUrlOrSharingOneTakesTheNextNumberAndThePageAtItsOldUrlKeepsIt()
    {
        using var site = ImportSandbox.Create(SlugSite, withActors: false);
        var export = Wxr.Export(
            Page(2, "Archives", "archives", "/archives/", content: "<p>See <a href=\"https://blog.example/archives-page/\">the other</a>.</p>"),
            Page(3, "Archives page", "archives-page", "/archives-page/", content: "<p>See <a href=\"https://blog.example/?page_id=2\">the moved one</a>.</p>"),
            // Two parents whose slugs make one folder: their children meet at /jager/team/.
            Page(20, "Jäger", "j%c3%a4ger", "/j%c3%a4ger/"),
            Page(21, "Jager", "jager", "/jager/"),
            Page(22, "Team", "team", "/j%c3%a4ger/team/", parent: 20),
            Page(23, "Team too", "team", "/jager/team/", parent: 21));

        var report = site.Import(site.Input("export.xml", export));

        Assert.Equal(2, report.Diagnostics.Count(d => d.Code == "SG0607"));
        var kept = site.Read("content/pages/archives-page.md");
        Assert.Contains("title: \"Archives page\"", kept, StringComparison.Ordinal);
        Assert.Contains("[the moved one](/archives-page-2/)", kept, StringComparison.Ordinal);
        var moved = site.Read("content/pages/archives-page-2.md");
        Assert.Contains("title: \"Archives\"", moved, StringComparison.Ordinal);
        Assert.Contains("# WordPress had this page at /archives/, which is the site's own page here (old links to it now show that): this one is at /archives-page-2/.", moved, StringComparison.Ordinal);
        Assert.Contains("# /archives-page/ is also the URL of 'Archives page' (inputs/export.xml(10,1)), imported with this one: this one is at /archives-page-2/.", moved, StringComparison.Ordinal);
        Assert.Contains("[the other](/archives-page/)", moved, StringComparison.Ordinal);

        Assert.Contains("title: \"Team too\"", site.Read("content/pages/jager/team.md"), StringComparison.Ordinal);
        Assert.Contains("title: \"Team\"\ndate: 2022-05-15T10:00:00+03:00\naliases:\n  - \"/jäger/team/\"\n", site.Read("content/pages/jager/team-2.md"), StringComparison.Ordinal);

        var migration = site.Read("import-report.md");
        Assert.Contains("| content/pages/jager/team-2.md (new) | `/jager/team-2/` (old `/jäger/team/` redirects) |", migration, StringComparison.Ordinal);

        var output = new MemoryOutput();
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        Assert.Contains("<h1>Archives page</h1>", output.ReadText("archives-page/index.html"), StringComparison.Ordinal);
        Assert.Contains("<h1>Archives</h1>", output.ReadText("archives-page-2/index.html"), StringComparison.Ordinal);
        Assert.Contains("url=/jager/team-2/", output.ReadText("jäger/team/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void APageAndAPostOfOneSlugUnderSlugPermalinksLeaveTheUrlToThePageWhicheverComesFirst()
    {
        using var site = ImportSandbox.Create(SlugSite, withActors: false);
        var export = Wxr.Export(
            Wxr.Item(7, "About post", "about", link: "https://blog.example/about/"),
            Page(8, "About", "about", "/about/"),
            Wxr.Item(9, "Links", "links", link: "https://blog.example/links/",
                content: "<p>See <a href=\"https://blog.example/about/\">about</a> and <a href=\"https://blog.example/?p=7\">the post</a>.</p>"));

        var report = site.Import(site.Input("export.xml", export));

        var page = site.Read("content/pages/about.md");
        Assert.Contains("title: \"About\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("# ", page, StringComparison.Ordinal);
        Assert.False(site.Exists("content/dispatches/2022/about.md"));
        var post = site.Read("content/dispatches/2022/about-2.md");
        Assert.Contains("title: \"About post\"\ndate: 2022-05-15T10:00:00+03:00\nslug: about-2\n", post, StringComparison.Ordinal);
        Assert.Contains("# /about/ is also the URL of 'About' (inputs/export.xml(10,1)), imported with this one: this one is at /about-2/.", post, StringComparison.Ordinal);
        Assert.Contains("# The old URL /about/ is where 'About' (inputs/export.xml(10,1)) is now, so it cannot redirect to this one.", post, StringComparison.Ordinal);
        Assert.Empty(ImportSandbox.PathAliases(post));
        Assert.Contains(report.Diagnostics, d => d.Code == "SG0607" && d.Message.StartsWith("/about/ is already the URL of inputs/export.xml(10,1): placed at /about-2/", StringComparison.Ordinal));
        Assert.Contains("See [about](/about/) and [the post](/about-2/).", site.Read("content/dispatches/2022/links.md"), StringComparison.Ordinal);

        var migration = site.Read("import-report.md");
        Assert.Contains("| content/dispatches/2022/about-2.md (new) | `/about-2/` (moved from `/about/`, which cannot redirect) |", migration, StringComparison.Ordinal);
        Assert.Contains("| content/pages/about.md (new) | `/about/` (kept) |", migration, StringComparison.Ordinal);

        var output = new MemoryOutput();
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        Assert.Contains("<h1>About</h1>", output.ReadText("about/index.html"), StringComparison.Ordinal);
        Assert.Contains("About post", output.ReadText("about-2/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void PostsOfTwoBlogsWithOneSlugAndDayGetTwoUrlsAndTheOldUrlLeadsToTheFirst()
    {
        using var site = ImportSandbox.Create(SlugSite, withActors: false);
        var first = site.Input("first.xml", Wxr.ExportOf("https://first.example", Wxr.Item(1, "From the first", "talks", blogUrl: "https://first.example")));
        var second = site.Input("second.xml", Wxr.ExportOf("https://second.example", Wxr.Item(1, "From the second", "talks", blogUrl: "https://second.example")));

        var report = site.Import(first, second);

        Assert.Equal(["content/dispatches/2022/talks-2.md", "content/dispatches/2022/talks.md"], site.Files("content/dispatches"));
        Assert.Contains("title: \"From the first\"\ndate: 2022-05-15T10:00:00+03:00\nslug: talks\n", site.Read("content/dispatches/2022/talks.md"), StringComparison.Ordinal);
        var numbered = site.Read("content/dispatches/2022/talks-2.md");
        Assert.Contains("title: \"From the second\"\ndate: 2022-05-15T10:00:00+03:00\nslug: talks-2\n", numbered, StringComparison.Ordinal);
        Assert.Contains("# The old URL /2022/05/15/talks/ redirects to 'From the first' (inputs/first.xml(4,1)), so it cannot redirect to this one too.", numbered, StringComparison.Ordinal);
        Assert.Contains(report.Diagnostics, d => d.Code == "SG0607" && d.Message.StartsWith("/talks/ is already the URL of inputs/first.xml(4,1): placed at /talks-2/", StringComparison.Ordinal));

        var output = new MemoryOutput();
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        Assert.Contains("From the second", output.ReadText("talks-2/index.html"), StringComparison.Ordinal);
        Assert.Contains("url=/talks/", output.ReadText("2022/05/15/talks/index.html"), StringComparison.Ordinal);
    }
}
