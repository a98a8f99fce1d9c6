using System.Text.Json;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Import;
using SiteGen.Import.Model;
using SiteGen.IO;
using SiteGen.Tests.Import.Support;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>A blog comes over whole: links between its posts, a split export, people and comments, and the report.</summary>
public sealed class MigrationTests
{
    private const string SlugSite = "title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\npermalink: /:slug/\n";

    private static string Term(string domain, string slug, string name) => $"<category domain=\"{domain}\" nicename=\"{slug}\"><![CDATA[{name}]]></category>";

    [Fact]
    public void LinksBetweenImportedPostsPointAtTheirNewUrls()
    {
        using var site = ImportSandbox.Create(SlugSite);
        const string Blog = "https://blog.example";
        var first = $"<p><a href=\"{Blog}/2022/05/15/second/\">permalink</a>, <a href=\"{Blog}/?p=2#part\">by id</a>, <a href=\"http://www.blog.example/?page_id=3\">page</a>, "
            + $"<a href=\"{Blog}/category/news/\">category</a>, <a href=\"{Blog}/tag/kyiv-oblast/\">tag</a>, <a href=\"{Blog}/2022/05/15/first/photo/\">attachment page</a>, "
            + $"<a href=\"{Blog}/2019/01/01/not-imported/\">elsewhere</a>, <a href=\"{Blog}\">home</a>, <a href=\"{Blog}/feed/\">feed</a></p>";
        var input = site.Input("export.xml", Wxr.Export(
            Wxr.Item(1, "First", "first", content: first),
            Wxr.Item(2, "Second", "second", extra: Term("category", "news", "News") + Term("post_tag", "kyiv-oblast", "Kyiv Oblast")),
            Wxr.Item(3, "About", "about", type: "page", link: $"{Blog}/about/"),
            Wxr.Item(9, "photo", "photo", content: string.Empty, type: "attachment", status: "inherit", parent: 1, link: $"{Blog}/2022/05/15/first/photo/",
                extra: $"<wp:attachment_url>{Blog}/wp-content/uploads/2022/05/photo.jpg</wp:attachment_url>")));

        var report = site.Import(input);

        var text = site.Read("content/dispatches/2022/first.md");
        Assert.Contains("[permalink](/second/)", text, StringComparison.Ordinal);
        Assert.Contains("[by id](/second/)", text, StringComparison.Ordinal);
        Assert.Contains("[page](/about/)", text, StringComparison.Ordinal);
        Assert.Contains("[category](/categories/news/)", text, StringComparison.Ordinal);
        Assert.Contains("[tag](/tags/kyiv-oblast/)", text, StringComparison.Ordinal);
        Assert.Contains($"[attachment page]({Blog}/wp-content/uploads/2022/05/photo.jpg)", text, StringComparison.Ordinal);
        Assert.Contains($"[elsewhere]({Blog}/2019/01/01/not-imported/)", text, StringComparison.Ordinal);
        Assert.Contains("[home](/)", text, StringComparison.Ordinal);
        Assert.Contains("[feed](/feed.xml)", text, StringComparison.Ordinal);
        Assert.Equal(8, report.Files.Single(f => f.TargetPath.EndsWith("first.md", StringComparison.Ordinal)).LinksRewritten);

        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), new MemoryOutput(), new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        Assert.DoesNotContain(built.Diagnostics, d => d.Code == "SG0503");
    }

    [Fact]
    public void LinksToTheBlogsDateArchivesLeadToTheSitesWhereItHasThem()
    {
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/briefings/\ntime_zone: Europe/Kyiv\n");
        const string Blog = "https://blog.example";
        var body = $"<p><a href=\"{Blog}/2022/05/\">May</a>, <a href=\"{Blog}/2022/05/15/\">that day</a>, <a href=\"{Blog}/2022/\">the year</a>, "
            + $"<a href=\"{Blog}/2021/03/\">a month of no post here</a>, <a href=\"{Blog}/2022/05/16/\">a day of only a draft</a></p>";
        var input = site.Input("export.xml", Wxr.Export(
            Wxr.Item(1, "First", "first", content: body),
            Wxr.Item(2, "Draft", "draft", status: "draft", date: "2022-05-16 10:00:00", gmt: "2022-05-16 07:00:00")));

        site.Import(input);

        var text = site.Read("content/dispatches/2022/first.md");
        Assert.Contains("[May](/2022/05/)", text, StringComparison.Ordinal);
        Assert.Contains("[that day](/2022/05/15/)", text, StringComparison.Ordinal);
        Assert.Contains("[the year](/2022/)", text, StringComparison.Ordinal);
        Assert.Contains($"[a month of no post here]({Blog}/2021/03/)", text, StringComparison.Ordinal);
        Assert.Contains($"[a day of only a draft]({Blog}/2022/05/16/)", text, StringComparison.Ordinal);
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), new MemoryOutput(), new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
    }

    [Fact]
    public void LinksBetweenSavedPagesAndClippingsPointAtTheirNewUrls()
    {
        using var site = ImportSandbox.Create(SlugSite, withActors: false);
        var saved = site.Input("first.html",
            "<html><head><link rel=\"canonical\" href=\"https://blog.example/2022/05/15/first/\"></head><body><article><h1 class=\"entry-title\">First</h1>"
            + "<div class=\"entry-content\"><p>Severodonetsk holds, street by street, as <a href=\"https://blog.example/2022/05/16/second/\">the next day</a> says.</p>"
            + "<p>Bookmark <a href=\"https://blog.example/2022/05/16/second/\">https://blog.example/2022/05/16/second/</a> for tomorrow.</p></div>"
            + "</article></body></html>");
        var clipped = site.Input("second.md",
            "---\ntitle: \"Second\"\nsource: \"https://blog.example/2022/05/16/second/\"\npublished: 2022-05-16\n---\n"
            + "The pontoon bridges over the Donets come under fire again, [as before](https://blog.example/2022/05/15/first/).\n");

        var report = site.Import(saved, clipped);

        Assert.Contains("[the next day](/second/)", site.Read("content/dispatches/2022/first.md"), StringComparison.Ordinal);
        Assert.Contains("[https://blog.example/2022/05/16/second/](/second/)", site.Read("content/dispatches/2022/first.md"), StringComparison.Ordinal);
        Assert.Contains("[as before](/first/)", site.Read("content/dispatches/2022/second.md"), StringComparison.Ordinal);
        Assert.Equal(3, report.Files.Sum(f => f.LinksRewritten));
    }

    [Fact]
    public void LinksOfPagesSavedFromTheWaybackMachineLeadToThePagesAgain()
    {
        // The archive rewrites every link of a page it plays back; the author linked the pages themselves.
        using var site = ImportSandbox.Create(SlugSite, withActors: false);
        const string Archive = "https://web.archive.org/web/20140109030403";
        static string Saved(string slug, string body) =>
            $"<html><head><link rel=\"canonical\" href=\"{Archive}/http://blog.example/2022/05/{slug}/\"></head><body><article>"
            + $"<h1 class=\"entry-title\">{slug}</h1><div class=\"entry-content\">{body}</div></article></body></html>";
        var first = site.Input("first.html", Saved("15/first",
            $"<p>Severodonetsk holds, street by street, as <a href=\"{Archive}/http://blog.example/2022/05/16/second/\">the next day</a> says "
            + $"and <a href=\"{Archive}/http://de.wikipedia.org/wiki/Sjewjerodonezk\">the encyclopedia</a> explains.</p>"
            + $"<p><img src=\"{Archive}im_/http://upload.wikimedia.org/map.png\" alt=\"A map\"></p>"));
        var second = site.Input("second.html", Saved("16/second", "<p>The pontoon bridges over the Donets come under fire again, and the town holds.</p>"));

        var report = site.Import(first, second);

        var text = site.Read("content/dispatches/2022/first.md");
        Assert.Contains("[the next day](/second/)", text, StringComparison.Ordinal);
        Assert.Contains("[the encyclopedia](http://de.wikipedia.org/wiki/Sjewjerodonezk)", text, StringComparison.Ordinal);
        Assert.Contains($"({Archive}im_/http://upload.wikimedia.org/map.png)", text, StringComparison.Ordinal);
        Assert.Contains("# 1 link(s) led to the Wayback Machine's copies", text, StringComparison.Ordinal);
        Assert.Equal(1, report.Files.Single(f => f.TargetPath.EndsWith("first.md", StringComparison.Ordinal)).LinksRewritten);
    }

    [Fact]
    public void AnAuthorsOwnLinkToAnArchivedPageIsKeptUnlessThePageIsImported()
    {
        using var site = ImportSandbox.Create(SlugSite, withActors: false);
        const string Blog = "https://blog.example";
        var first = "<p><a href=\"https://web.archive.org/web/20190101000000/https://deadsite.example/report\">the archived report</a> and "
            + $"<a href=\"https://web.archive.org/web/20230101000000/{Blog}/2022/05/15/second/\">our own post, archived</a>, "
            + $"<a href=\"https://web.archive.org/web/20150101000000/{Blog}/\">our front page then</a>, <a href=\"HTTPS://BLOG.EXAMPLE/2022/05/15/second/\">shouted</a>.</p>"
            + $"<p>Share: https://twitter.com/intent/tweet?url={Blog}/2022/05/15/second/</p>";
        var input = site.Input("export.xml", Wxr.Export(Wxr.Item(1, "First", "first", content: first), Wxr.Item(2, "Second", "second")));

        var report = site.Import(input);

        var text = site.Read("content/dispatches/2022/first.md");
        Assert.Contains("[the archived report](https://web.archive.org/web/20190101000000/https://deadsite.example/report)", text, StringComparison.Ordinal);
        Assert.Contains("[our own post, archived](/second/)", text, StringComparison.Ordinal);
        Assert.Contains($"[our front page then](https://web.archive.org/web/20150101000000/{Blog}/)", text, StringComparison.Ordinal);
        Assert.Contains("[shouted](/second/)", text, StringComparison.Ordinal);
        Assert.Contains($"tweet?url={Blog}/2022/05/15/second/", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Wayback", text, StringComparison.Ordinal);
        Assert.Equal(2, report.Files.Sum(f => f.LinksRewritten));
    }

    [Fact]
    public void ASavedPageOfAnotherSiteClaimsOnlyItsOwnAddress()
    {
        // A saved page may be of any site: its host is not taken for the blog's (home, feed, archives, media).
        using var site = ImportSandbox.Create(SlugSite, withActors: false);
        var post = "<p>As <a href=\"https://news.example/\">the news</a> says in <a href=\"https://news.example/2022/05/14/story/\">its story</a>, "
            + "and <a href=\"https://news.example/feed/\">its feed</a>.</p><p><img src=\"https://news.example/2022/05/chart.png\" alt=\"A chart\"></p>";
        var export = site.Input("export.xml", Wxr.Export(Wxr.Item(1, "First", "first", content: post)));
        var saved = site.Input("story.html",
            "<html><head><link rel=\"canonical\" href=\"https://news.example/2022/05/14/story/\"></head><body><article><h1 class=\"entry-title\">Story</h1>"
            + "<div class=\"entry-content\"><p>The pontoon bridges over the Donets come under fire again, and the town holds.</p></div></article></body></html>");

        var report = site.Import(export, saved);

        var text = site.Read("content/dispatches/2022/first.md");
        Assert.Contains("[the news](https://news.example/)", text, StringComparison.Ordinal);
        Assert.Contains("[its story](/story/)", text, StringComparison.Ordinal);
        Assert.Contains("[its feed](https://news.example/feed/)", text, StringComparison.Ordinal);
        Assert.Contains("(https://news.example/2022/05/chart.png)", text, StringComparison.Ordinal);
        Assert.Equal(0, report.MediaRemote);
        Assert.Equal(1, report.Files.Sum(f => f.LinksRewritten));
    }

    [Fact]
    public void SavedPagesOfASelfHostedWordPressBlogBringItsMediaAndHomeLinksHome()
    {
        using var site = ImportSandbox.Create(SlugSite, withActors: false);
        var media = Path.Combine(site.Root, "inputs", "media", "2022", "05");
        Directory.CreateDirectory(media);
        File.WriteAllBytes(Path.Combine(media, "pic.jpg"), [0xFF, 0xD8, 0xFF, 0xD9]);
        static string Saved(string slug, string body) =>
            $"<html><head><meta name=\"generator\" content=\"WordPress 6.4\"><link rel=\"canonical\" href=\"https://blog.example/2022/05/{slug}/\"></head>"
            + $"<body><article><h1 class=\"entry-title\">{slug}</h1><div class=\"entry-content\">{body}</div></article></body></html>";
        var first = site.Input("first.html", Saved("15/first",
            "<p>Severodonetsk holds, street by street, says <a href=\"https://blog.example/\">the front page</a>.</p>"
            + "<p><img src=\"https://blog.example/wp-content/uploads/2022/05/pic.jpg\" alt=\"The map\"></p>"));

        var report = site.Import(o => o with { MediaFrom = Path.Combine(site.Root, "inputs", "media") }, first);

        var text = site.Read("content/dispatches/2022/first.md");
        Assert.Contains("[the front page](/)", text, StringComparison.Ordinal);
        Assert.Contains("](/wp-content/uploads/2022/05/pic.jpg)", text, StringComparison.Ordinal);
        Assert.Equal(1, report.MediaHome);
    }

    [Fact]
    public void ALinkOfAWaybackCopyToTheBlogsMediaIsBroughtHome()
    {
        using var site = ImportSandbox.Create(SlugSite, withActors: false);
        const string Archive = "https://web.archive.org/web/20140109030403";
        var media = Path.Combine(site.Root, "inputs", "media", "2022", "05");
        Directory.CreateDirectory(media);
        File.WriteAllBytes(Path.Combine(media, "big.jpg"), [0xFF, 0xD8, 0xFF, 0xD9]);
        var saved = site.Input("first.html",
            $"<html><head><link rel=\"canonical\" href=\"{Archive}/https://briefings.wordpress.com/2022/05/15/first/\"></head><body><article>"
            + "<h1 class=\"entry-title\">First</h1><div class=\"entry-content\"><p>Severodonetsk holds, street by street.</p>"
            + $"<p><a href=\"{Archive}/https://briefings.files.wordpress.com/2022/05/big.jpg\"><img src=\"{Archive}im_/https://briefings.files.wordpress.com/2022/05/big.jpg?w=300\" alt=\"The map\"></a></p>"
            + "</div></article></body></html>");

        var report = site.Import(o => o with { MediaFrom = Path.Combine(site.Root, "inputs", "media") }, saved);

        var text = site.Read("content/dispatches/2022/first.md");
        Assert.Contains("](/wp-content/uploads/2022/05/big.jpg)", text, StringComparison.Ordinal);
        Assert.Contains($"({Archive}im_/https://briefings.files.wordpress.com/2022/05/big.jpg?w=300)", text, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Root, "static/wp-content/uploads/2022/05/big.jpg")));
        Assert.Equal(1, report.MediaHome);
    }

    [Fact]
    public void ASavedPageOfAPostTheExportHoldsIsNotImportedTwice()
    {
        // Imported twice, the post gave two dispatches with one URL, and the build refused the site.
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\n", withActors: false);
        var saved = site.Input("blog-post-1.html",
            "<html><head><link rel=\"canonical\" href=\"http://www.jekyllbot.wordpress.com/2025/01/18/blog-post-1\"></head><body><article>"
            + "<h1 class=\"entry-title\">Blog Post 1</h1><div class=\"entry-content\"><p>The saved copy of the first post.</p></div></article></body></html>");

        var report = site.Import(saved, ImportPaths.WxrFixture);

        var skipped = Assert.Single(report.Skipped, s => s.SourcePath.EndsWith("blog-post-1.html", StringComparison.Ordinal));
        Assert.Contains("the export's copy", skipped.Reason, StringComparison.Ordinal);
        Assert.Single(site.Files("content/dispatches"), f => f.Contains("blog-post-1", StringComparison.Ordinal));
        Assert.DoesNotContain("The saved copy", site.Read("content/dispatches/2025/blog-post-1.md"), StringComparison.Ordinal);
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), new MemoryOutput(), new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
    }

    [Theory]
    [InlineData("Etc/GMT+8")]
    [InlineData("America/Los_Angeles")]
    public void SettingTheOldBlogsZoneAfterTheImportKeepsEveryUrl(string zone)
    {
        // A site made by `init` has a zone: the import keeps the old URLs as aliases and advises the old blog's zone.
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\ntime_zone: UTC\n", withActors: false);
        site.Import(ImportPaths.WxrFixture);
        Assert.Contains("/2025/01/18/blog-post-1/", site.Read("content/dispatches/2025/blog-post-1.md"), StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(site.Root, "site.yml"), $"title: T\nbase_url: https://example.org/\ntime_zone: {zone}\n");

        var output = new MemoryOutput();
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });

        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        var page = System.Text.Encoding.UTF8.GetString(output.Files["2025/01/18/blog-post-1/index.html"]);
        Assert.Contains("<h1", page, StringComparison.Ordinal);
        Assert.DoesNotContain("http-equiv=\"refresh\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(output.Files.Keys, path => path.StartsWith("2025/01/19/", StringComparison.Ordinal));

        // The old blog's term URLs too, though no alias is left to tell that the site was imported.
        Assert.Contains("http-equiv=\"refresh\"", System.Text.Encoding.UTF8.GetString(output.Files["tag/code/index.html"]), StringComparison.Ordinal);
    }

    [Fact]
    public void AnExportImportedInTheBlogsOwnZoneKeepsTheTermUrls()
    {
        // The import sets the zone itself: every post keeps its URL, so no dispatch needs an alias.
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\n", withActors: false);
        site.Import(ImportPaths.WxrFixture);
        Assert.Empty(ImportSandbox.PathAliases(site.Read("content/dispatches/2025/blog-post-1.md")));

        var output = new MemoryOutput();
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });

        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        Assert.Contains("http-equiv=\"refresh\"", System.Text.Encoding.UTF8.GetString(output.Files["tag/code/index.html"]), StringComparison.Ordinal);
        Assert.Contains("http-equiv=\"refresh\"", System.Text.Encoding.UTF8.GetString(output.Files["category/foo/index.html"]), StringComparison.Ordinal);
    }

    [Fact]
    public void ASplitExportImportsAsTheWholeOne()
    {
        using var whole = ImportSandbox.Create();
        whole.Import(Path.Combine(ImportPaths.Import, "Golden", "wxr-classic-shortcodes", "input.xml"));
        using var split = ImportSandbox.Create();
        split.Import(ImportPaths.Fixture("split-export/blog.000.xml"), ImportPaths.Fixture("split-export/blog.001.xml"));
        using var half = ImportSandbox.Create();
        half.Import(ImportPaths.Fixture("split-export/blog.000.xml"));

        var target = whole.Files("dispatches").Single();
        Assert.Contains("metro.jpg", whole.Read(target), StringComparison.Ordinal);
        Assert.Equal(whole.Read(target), split.Read(target));
        Assert.DoesNotContain("metro.jpg", half.Read(target), StringComparison.Ordinal);
    }

    [Fact]
    public void TwoExportsOfOneBlogGiveEachPostOnceFromTheLaterFile()
    {
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\n");
        var older = site.Input("2024.xml", Wxr.Export(Wxr.Item(1, "Old title", "post"), Wxr.Item(2, "Only old", "only-old")));
        var newer = site.Input("2025.xml", Wxr.Export(Wxr.Item(1, "New title", "post")));
        var report = site.Import(older, newer);

        Assert.Equal(2, report.Dispatches);
        Assert.Contains("title: \"New title\"", site.Read("content/dispatches/2022/post.md"), StringComparison.Ordinal);
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "SG0607");
        var replaced = Assert.Single(report.Skipped);
        Assert.Equal(("inputs/2024.xml", "post 'Old title' (line 4)"), (replaced.SourcePath, replaced.What));
        Assert.Matches(@"^post 1 of \S+ again: its copy at line \d+ of inputs/2025\.xml, read after this one, is taken instead$", replaced.Reason);
    }

    [Fact]
    public void AuthorsCategoriesStickyAndModifiedReachTheFeedsAndJsonLd()
    {
        using var site = ImportSandbox.Create("title: Site title\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\n");
        var export = Wxr.Export(Wxr.Item(1, "Pinned", "pinned", extra: Term("category", "news", "News") + "<dc:creator><![CDATA[ales]]></dc:creator><wp:is_sticky>1</wp:is_sticky>"
            + "<wp:post_modified>2022-05-16 12:00:00</wp:post_modified><wp:post_modified_gmt>2022-05-16 09:00:00</wp:post_modified_gmt>"))
            .Replace("<channel><title>Blog</title>", "<channel><title>Blog</title><wp:author><wp:author_login>ales</wp:author_login><wp:author_display_name><![CDATA[Aleś Bialiatski]]></wp:author_display_name></wp:author>", StringComparison.Ordinal);
        site.Import(site.Input("export.xml", export));

        var text = site.Read("content/dispatches/2022/pinned.md");
        Assert.Contains("author: Aleś Bialiatski\nmodified: 2022-05-16T12:00:00+03:00\nsticky: true\ncategories:\n  - News\n", text, StringComparison.Ordinal);

        var output = new MemoryOutput();
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        Assert.DoesNotContain(built.Diagnostics, d => d.Code == "SG0208");
        var atom = output.ReadText("feed.xml");
        Assert.Matches(@"<updated>2022-05-16T12:00:00\+03:00</updated>\s*<author>\s*<name>Aleś Bialiatski</name>\s*</author>\s*<category term=""News""", atom);
        Assert.Contains("<dc:creator>Aleś Bialiatski</dc:creator>", output.ReadText("rss.xml"), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output.ReadText("feed.json"));
        Assert.Equal("Aleś Bialiatski", json.RootElement.GetProperty("items")[0].GetProperty("authors")[0].GetProperty("name").GetString());
        var page = output.ReadText("2022/05/15/pinned/index.html");
        Assert.Contains("<span class=\"byline\">By <a href=\"/authors/ales-bialiatski/\" rel=\"author\">Aleś Bialiatski</a></span>", page, StringComparison.Ordinal);
        Assert.Contains("<p class=\"tags categories\">Categories: <a href=\"/categories/news/\">News</a></p>", page, StringComparison.Ordinal);
        Assert.Contains("2022/05/15/pinned/", output.ReadText("authors/ales-bialiatski/index.html"), StringComparison.Ordinal);
        var start = page.IndexOf("<script type=\"application/ld+json\">", StringComparison.Ordinal) + "<script type=\"application/ld+json\">".Length;
        using var ld = JsonDocument.Parse(page[start..page.IndexOf("</script>", start, StringComparison.Ordinal)]);
        Assert.Equal("Aleś Bialiatski", ld.RootElement.GetProperty("author")[0].GetProperty("name").GetString());
        Assert.StartsWith("2022-05-16T12:00:00", ld.RootElement.GetProperty("dateModified").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnusableSlugRedirectsFromTheOldUrlOnlyWhereTheExportGivesOne()
    {
        var export = Wxr.Export(
            Wxr.Item(1, "Linked", "linked-💫", link: "https://blog.example/2022/05/15/linked-%f0%9f%92%ab/"),
            Wxr.Item(2, "Unlinked", "unlinked-💫", link: ""));
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\n");
        site.Import(site.Input("export.xml", export));

        var linked = site.Read("content/dispatches/2022/linked.md");
        Assert.Contains("the old URL redirects to the new one", linked, StringComparison.Ordinal);
        Assert.Contains("aliases:", linked, StringComparison.Ordinal);
        var unlinked = site.Read("content/dispatches/2022/unlinked.md");
        Assert.Contains("The WordPress slug 'unlinked-💫' is not usable here, and the export gives no old URL to redirect from.", unlinked, StringComparison.Ordinal);
        Assert.Empty(ImportSandbox.PathAliases(unlinked));
    }

    [Fact]
    public void ASlugEndingInDotHtmlLosesTheEndingAndItsOldUrlRedirects()
    {
        // As a Squarespace blog's WXR holds its posts (TryGhost/migrate's sample.xml): the page's ending in the slug.
        var export = Wxr.Export(
            Wxr.Item(4, "Basic Post", "basic-post.html", date: "2013-06-07 03:00:44", gmt: "2013-06-07 03:00:44", link: "/blog/basic-post.html",
                content: "<p>See <a href=\"/blog/another-post.html\">another post</a>.</p>"),
            Wxr.Item(5, "Another Post", "another-post.HTML", date: "2012-10-02 21:54:21", gmt: "2012-10-02 21:54:21", link: "/blog/another-post.html"),
            Wxr.Item(6, "Draft Post", "draft-post.html", status: "draft", link: ""));
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\n");
        var report = site.Import(site.Input("export.xml", export));

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var post = site.Read("content/dispatches/2013/basic-post.md");
        Assert.Contains("slug: basic-post\n", post, StringComparison.Ordinal);
        Assert.Contains("\"/blog/basic-post.html\"", post, StringComparison.Ordinal);
        Assert.Contains("The old slug 'basic-post.html' ends in '.html', a page's ending", post, StringComparison.Ordinal);
        Assert.Contains("slug: another-post\n", site.Read("content/dispatches/2012/another-post.md"), StringComparison.Ordinal);
        Assert.Contains("slug: draft-post\n", site.Read("content/dispatches/2022/draft-post.md"), StringComparison.Ordinal);

        var output = new MemoryOutput();
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        Assert.True(output.Files.ContainsKey("2013/06/07/basic-post/index.html"));
        Assert.DoesNotContain(output.Files.Keys, k => k.Contains(".html/", StringComparison.Ordinal));
        Assert.Contains("url=/2013/06/07/basic-post/", output.ReadText("blog/basic-post.html"), StringComparison.Ordinal);
        Assert.Contains("href=\"/2012/10/02/another-post/\"", output.ReadText("2013/06/07/basic-post/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnusableSlugUnderPlainPermalinksSaysTheOldIdUrlLeadsToThePost()
    {
        // As a Chinese blog's export (WordPress 3.8) holds a post under ?p= permalinks: 【】 in the slug.
        var export = Wxr.Export(
            Wxr.Item(32, "如何给wordpress站点添加favicon图标【转载】", "%e5%a6%82%e4%bd%95%e7%bb%99wordpress%e7%ab%99%e7%82%b9%e6%b7%bb%e5%8a%a0favicon%e5%9b%be%e6%a0%87%e3%80%90%e8%bd%ac%e8%bd%bd%e3%80%91",
                link: "https://blog.example/?p=32"));
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\n");
        site.Import(site.Input("export.xml", export));

        var post = site.Read("content/dispatches/2022/wordpress-favicon.md");
        Assert.Contains("is not usable here; the old URL, /?p=32, leads to the new one.", post, StringComparison.Ordinal);
        Assert.DoesNotContain("gives no old URL", post, StringComparison.Ordinal);
        Assert.Contains("\"/?p=32\"", post, StringComparison.Ordinal);
    }

    [Fact]
    public void PagesAndOldUrlsAtTheSitesOwnUrlsGiveThemUpAndTheSiteStillBuilds()
    {
        // A blog with %postname% permalinks: a post slugged "tags" was at /tags/; an "Archives" page and a "Search"
        // page were where the site's own archives and search pages are.
        var export = Wxr.Export(
            Wxr.Item(1, "With tags", "tags", link: "https://blog.example/tags/", extra: Term("post_tag", "talks", "Talks")),
            Wxr.Item(2, "Archives", "archives", type: "page", link: "https://blog.example/archives/"),
            Wxr.Item(3, "Search", "search", type: "page", link: "https://blog.example/search/"),
            Wxr.Item(4, "Links", "links", content: "<p>See <a href=\"https://blog.example/archives/\">the archives</a>.</p>"));
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\n");
        site.Import(site.Input("export.xml", export));

        Assert.Empty(ImportSandbox.PathAliases(site.Read("content/dispatches/2022/tags.md")));
        Assert.Contains("The old URL /tags/ is the site's own page here", site.Read("content/dispatches/2022/tags.md"), StringComparison.Ordinal);
        Assert.Contains("WordPress had this page at /archives/, which is the site's own page here", site.Read("content/pages/archives-page.md"), StringComparison.Ordinal);
        Assert.True(site.Exists("content/pages/search-page.md"));
        var output = new MemoryOutput();
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        Assert.Contains("<h1>Archives</h1>", output.ReadText("archives-page/index.html"), StringComparison.Ordinal);
        Assert.True(output.Files.ContainsKey("archives/index.html"));
        Assert.True(output.Files.ContainsKey("tags/index.html"), string.Join(", ", output.Files.Keys.Where(k => k.StartsWith("tag", StringComparison.Ordinal))));
    }

    [Fact]
    public void OldTermUrlsWithWordPressesOwnSlugsLeadToTheTermPages()
    {
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\n");
        // WordPress gave the tag "-2" (a category had its slug first), the category a percent-encoded Cyrillic slug,
        // and the author's archive is named after her login, none of them the slug SiteGen makes of the name.
        var export = Wxr.Export(
            Wxr.Item(1, "First", "first", extra: Term("post_tag", "drones-2", "Drones") + Term("category", "%d0%bd%d0%be%d0%b2%d0%b8%d0%bd%d0%b8", "Новини")
                + Term("post_tag", "front", "Front") + "<dc:creator><![CDATA[j.doe]]></dc:creator>"),
            Wxr.Item(2, "Second", "second", date: "2022-05-16 10:00:00", gmt: "2022-05-16 07:00:00", extra: Term("post_tag", "drones-2", "Drones")))
            .Replace("<channel><title>Blog</title>", "<channel><title>Blog</title><wp:author><wp:author_login>j.doe</wp:author_login><wp:author_display_name><![CDATA[Jane Doe]]></wp:author_display_name></wp:author>", StringComparison.Ordinal);
        site.Import(site.Input("export.xml", export));

        Assert.Contains("tags:\n  - Drones\n  - Front\nwordpress_slugs:\n  tags:\n    Drones: drones-2\n  categories:\n    Новини: новини\n  authors:\n    Jane Doe: j-doe\n",
            site.Read("content/dispatches/2022/first.md"), StringComparison.Ordinal);

        var output = new MemoryOutput();
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        Assert.DoesNotContain(built.Diagnostics, d => d.Code is "SG0208" or "SG0235" or "SG0236");
        Assert.Contains("url=/tags/drones/", output.ReadText("tag/drones-2/index.html"), StringComparison.Ordinal);
        Assert.Contains("url=/tags/drones/", output.ReadText("tag/drones/index.html"), StringComparison.Ordinal);
        Assert.Contains("url=/tags/front/", output.ReadText("tag/front/index.html"), StringComparison.Ordinal);
        Assert.Contains("url=/categories/novini/", output.ReadText("category/новини/index.html"), StringComparison.Ordinal);
        Assert.Contains("url=/authors/jane-doe/", output.ReadText("author/j-doe/index.html"), StringComparison.Ordinal);
        Assert.Contains("/2022/05/15/first/", output.ReadText("categories/novini/index.html"), StringComparison.Ordinal);
    }

    /// <summary>The export's declaration of a category and its parent (<c>wp:category</c>), before the items.</summary>
    private static string Category(string slug, string parent, string name) =>
        $"<wp:category><wp:term_id>1</wp:term_id><wp:category_nicename>{slug}</wp:category_nicename><wp:category_parent>{parent}</wp:category_parent><wp:cat_name><![CDATA[{name}]]></wp:cat_name></wp:category>";

    private static string WithCategories(string export, params string[] categories) =>
        export.Replace("<channel><title>Blog</title>", "<channel><title>Blog</title>" + string.Concat(categories), StringComparison.Ordinal);

    [Fact]
    public void ChildCategoriesKeepTheirNestedUrlsAndLinksToThemLeadHome()
    {
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\n", withActors: false);
        const string Blog = "https://blog.example";
        var links = $"<p><a href=\"{Blog}/category/europe/ukraine/kharkiv/\">Kharkiv</a>, <a href=\"{Blog}/category/europe/ukraine/kharkiv/feed/\">its feed</a>, "
            + $"<a href=\"{Blog}/category/europe/ukraine/kharkiv/page/2/\">older</a>.</p>";
        var export = WithCategories(
            Wxr.Export(Wxr.Item(1, "First", "first", content: links, extra: Term("category", "kharkiv", "Kharkiv") + Term("category", "europe", "Europe"))),
            Category("europe", string.Empty, "Europe"), Category("ukraine", "europe", "Ukraine"), Category("kharkiv", "ukraine", "Kharkiv"));
        site.Import(site.Input("export.xml", export));

        var text = site.Read("content/dispatches/2022/first.md");
        Assert.Contains("categories:\n  - Kharkiv\n  - Europe\n  - Ukraine\nwordpress_slugs:\n  categories:\n    Kharkiv: europe/ukraine/kharkiv\n    Ukraine: europe/ukraine\naliases:\n  - \"/?p=1\"\nguid:", text, StringComparison.Ordinal);
        Assert.Contains("[Kharkiv](/categories/kharkiv/), [its feed](/categories/kharkiv/rss.xml), [older](/categories/kharkiv/).", text, StringComparison.Ordinal);

        var output = new MemoryOutput();
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        Assert.Contains("url=/categories/kharkiv/", output.ReadText("category/europe/ukraine/kharkiv/index.html"), StringComparison.Ordinal);
        Assert.Contains("url=/categories/kharkiv/", output.ReadText("category/kharkiv/index.html"), StringComparison.Ordinal);
        Assert.Equal(output.ReadText("categories/kharkiv/rss.xml"), output.ReadText("category/europe/ukraine/kharkiv/feed/index.xml"));
        Assert.Contains("url=/categories/europe/", output.ReadText("category/europe/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void AParentCategoryWithoutPostsOfItsOwnListsItsChildrensPostsAsOnWordPress()
    {
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\n", withActors: false);
        // Only the children hold posts; WordPress's /category/europe/ listed them both.
        var links = "<p><a href=\"https://blog.example/category/europe-2/\">Europe</a>.</p>";
        var export = WithCategories(
            Wxr.Export(
                Wxr.Item(1, "First", "first", content: links, extra: Term("category", "news", "News")),
                Wxr.Item(2, "Second", "second", date: "2022-05-16 10:00:00", gmt: "2022-05-16 07:00:00", extra: Term("category", "analysis", "Analysis"))),
            Category("europe-2", string.Empty, "Europe"), Category("news", "europe-2", "News"), Category("analysis", "europe-2", "Analysis"));
        site.Import(site.Input("export.xml", export));

        var first = site.Read("content/dispatches/2022/first.md");
        Assert.Contains("categories:\n  - News\n  - Europe\nwordpress_slugs:\n  categories:\n    News: europe-2/news\n    Europe: europe-2\n", first, StringComparison.Ordinal);
        Assert.Contains("[Europe](/categories/europe/).", first, StringComparison.Ordinal);

        var output = new MemoryOutput();
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        var europe = output.ReadText("categories/europe/index.html");
        Assert.Contains("/2022/05/15/first/", europe, StringComparison.Ordinal);
        Assert.Contains("/2022/05/16/second/", europe, StringComparison.Ordinal);
        Assert.Contains("url=/categories/europe/", output.ReadText("category/europe-2/index.html"), StringComparison.Ordinal);
        Assert.Equal(output.ReadText("categories/europe/rss.xml"), output.ReadText("category/europe-2/feed/index.xml"));
        Assert.Contains("url=/categories/news/", output.ReadText("category/europe-2/news/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void LinksToTermArchivesLeadToTheFoldersTheSiteKeepsItsTermPagesIn()
    {
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\ntaxonomies:\n  tags: tag\n  categories: topics\n", withActors: false);
        const string Blog = "https://blog.example";
        var links = $"<p><a href=\"{Blog}/tag/kharkiv/\">Kharkiv</a>, <a href=\"{Blog}/category/news/feed/\">the news feed</a>.</p>";
        var export = Wxr.Export(Wxr.Item(1, "First", "first", content: links, extra: Term("post_tag", "kharkiv", "Kharkiv") + Term("category", "news", "News")));
        site.Import(site.Input("export.xml", export));

        Assert.Contains("[Kharkiv](/tag/kharkiv/), [the news feed](/topics/news/rss.xml).", site.Read("content/dispatches/2022/first.md"), StringComparison.Ordinal);
        var output = new MemoryOutput();
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        Assert.DoesNotContain(built.Diagnostics, d => d.Code == DiagnosticCodes.BrokenLink);
        Assert.True(output.Files.ContainsKey("tag/kharkiv/index.html") && output.Files.ContainsKey("topics/news/rss.xml"));
    }

    [Fact]
    public void ASavedPagesLinkToAChildCategoryKeepsItsPath()
    {
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\n", withActors: false);
        var saved = site.Input("first.html",
            "<html><head><link rel=\"canonical\" href=\"https://blog.example/2022/05/15/first/\"><meta name=\"generator\" content=\"WordPress 6.4\"></head><body><article><h1 class=\"entry-title\">First</h1>"
            + "<time class=\"entry-date published\" datetime=\"2022-05-15T10:00:00+03:00\">May 15</time>"
            + "<div class=\"entry-content\"><p>Severodonetsk holds, street by street.</p></div>"
            + "<footer><span class=\"cat-links\"><a href=\"https://blog.example/category/europe/ukraine/\" rel=\"category tag\">Ukraine</a></span></footer></article></body></html>");
        site.Import(saved);

        Assert.Contains("categories:\n  - Ukraine\nwordpress_slugs:\n  categories:\n    Ukraine: europe/ukraine\n", site.Read("content/dispatches/2022/first.md"), StringComparison.Ordinal);
        var output = new MemoryOutput();
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        Assert.Contains("url=/categories/ukraine/", output.ReadText("category/europe/ukraine/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void CategoriesNamedInChineseAreTermsOfTheirOwnAndTheirOldUrlsLeadToThem()
    {
        // As in a Chinese blog's export (WordPress 3.8, zh-CN): ASCII slugs chosen for two, WordPress's own for the third.
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\ntime_zone: Asia/Shanghai\n", withActors: false);
        var export = Wxr.Export(
            Wxr.Item(20, "2013年终总结", "2013%e5%b9%b4%e7%bb%88%e6%80%bb%e7%bb%93", date: "2014-01-01 15:43:16", gmt: "2014-01-01 07:43:16", extra: Term("category", "my-daily-life", "点滴生活")),
            Wxr.Item(28, "php中cookie与session的解析", "php%e4%b8%adcookie", date: "2014-01-13 23:16:35", gmt: "2014-01-13 15:16:35", extra: Term("category", "tech-and-skill", "研磨技术")),
            Wxr.Item(47, "扫盲拉丁语和希腊语", "%e6%89%ab%e7%9b%b2", date: "2014-03-28 23:46:02", gmt: "2014-03-28 15:46:02", extra: Term("category", "%e4%ba%ba%e6%96%87%e7%a7%91%e6%8a%80", "人文科技")));
        var report = site.Import(site.Input("export.xml", export));

        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "SG0637");
        var output = new MemoryOutput();
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        Assert.Contains("2013年终总结", output.ReadText("categories/点滴生活/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("扫盲拉丁语和希腊语", output.ReadText("categories/点滴生活/index.html"), StringComparison.Ordinal);
        Assert.Contains("扫盲拉丁语和希腊语", output.ReadText("categories/人文科技/index.html"), StringComparison.Ordinal);
        Assert.Contains("url=/categories/研磨技术/", output.ReadText("category/tech-and-skill/index.html"), StringComparison.Ordinal);
        Assert.Contains("url=/categories/点滴生活/", output.ReadText("category/my-daily-life/index.html"), StringComparison.Ordinal);
        Assert.Contains("url=/categories/人文科技/", output.ReadText("category/人文科技/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void CategoriesOfOneNameUnderTwoParentsAreOneTermTheReportSaysSoAndNoOldUrlIsLost()
    {
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\n");
        var export = WithCategories(
            Wxr.Export(
                Wxr.Item(1, "First", "first", extra: Term("category", "news", "News")),
                Wxr.Item(2, "Second", "second", date: "2022-05-16 10:00:00", gmt: "2022-05-16 07:00:00", extra: Term("category", "news-2", "News")),
                Wxr.Item(3, "Both", "both", date: "2022-05-17 10:00:00", gmt: "2022-05-17 07:00:00", extra: Term("category", "news", "News") + Term("category", "news-2", "News"))),
            Category("europe", string.Empty, "Europe"), Category("asia", string.Empty, "Asia"), Category("news", "europe", "News"), Category("news-2", "asia", "News"));
        var report = site.Import(site.Input("export.xml", export));

        Assert.Contains("    News: europe/news\n", site.Read("content/dispatches/2022/first.md"), StringComparison.Ordinal);
        Assert.Contains("    News: asia/news-2\n", site.Read("content/dispatches/2022/second.md"), StringComparison.Ordinal);
        Assert.Contains("categories:\n  - News\n  - Europe\n  - Asia\nwordpress_slugs:\n  categories:\n    News: [europe/news, asia/news-2]\n", site.Read("content/dispatches/2022/both.md"), StringComparison.Ordinal);

        var warning = Assert.Single(report.Diagnostics, d => d.Code == "SG0637");
        Assert.Contains("2 categories named 'News' (/category/europe/news/, /category/asia/news-2/)", warning.Message, StringComparison.Ordinal);
        var entry = Array.IndexOf(site.Read("content/dispatches/2022/second.md").Split('\n'), "    News: asia/news-2") + 1;
        Assert.True(entry > 0);
        Assert.EndsWith($"second.md({entry},11)", warning.Location.ToString(), StringComparison.Ordinal);
        var text = site.Read(MigrationReport.FileName);
        Assert.Contains("## Terms merged", text, StringComparison.Ordinal);
        Assert.Contains("- Category 'News', now `/categories/news/`:\n  - `/category/europe/news/`: content/dispatches/2022/first.md, content/dispatches/2022/both.md\n"
            + "  - `/category/asia/news-2/`: content/dispatches/2022/second.md, content/dispatches/2022/both.md\n", text, StringComparison.Ordinal);

        var output = new MemoryOutput();
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        foreach (var old in new[] { "europe/news", "news", "asia/news-2", "news-2" })
        {
            Assert.Contains("url=/categories/news/", output.ReadText($"category/{old}/index.html"), StringComparison.Ordinal);
        }

        Assert.Contains("/2022/05/16/second/", output.ReadText("categories/news/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void CommentsAreArchivedWithTheirThreadsOrCountedWithNoComments()
    {
        static string Comment(long id, long parent, string author, string text, string approved = "1") =>
            $"<wp:comment><wp:comment_id>{id}</wp:comment_id><wp:comment_author><![CDATA[{author}]]></wp:comment_author><wp:comment_author_url>https://reader.example/</wp:comment_author_url>"
            + $"<wp:comment_date_gmt>2022-05-15 08:{id:00}:00</wp:comment_date_gmt><wp:comment_content><![CDATA[{text}]]></wp:comment_content><wp:comment_approved>{approved}</wp:comment_approved><wp:comment_parent>{parent}</wp:comment_parent></wp:comment>";
        // Links to a comment, as WordPress writes them (get_comment_link) and a reader copies them: to one archived,
        // to the spam one (not archived) and to the reply form.
        const string Discussed = "https://blog.example/2022/05/15/discussed/";
        var export = Wxr.Export(
            Wxr.Item(1, "Discussed", "discussed", extra: Comment(1, 0, "Reader", "First *point*.") + Comment(2, 1, "Author", "A reply.\n\nIn two paragraphs.") + Comment(3, 0, "Spammer", "Buy!", approved: "spam")),
            Wxr.Item(4, "Answer", "answer", date: "2022-05-16 10:00:00", gmt: "2022-05-16 07:00:00",
                content: $"<p>As <a href=\"{Discussed}#comment-2\">the author said</a>, not <a href=\"{Discussed}#comment-3\">this</a> or <a href=\"{Discussed}#respond\">that</a>. "
                    + "<a href=\"https://blog.example/about/#comment-5\">A page's comment</a>.</p>"),
            Wxr.Item(5, "About", "about", type: "page", link: "https://blog.example/about/", extra: Comment(5, 0, "Reader", "Nice page.")));

        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\n");
        var report = site.Import(site.Input("export.xml", export));
        var text = site.Read("content/dispatches/2022/discussed.md");
        Assert.EndsWith(
            "## Comments\n\n*2 comments from the original blog, archived; comments are closed.*\n\n"
            + "- <span id=\"comment-1\"></span>**[Reader](<https://reader.example/>)**, 2022-05-15 08:01 UTC:\n\n  First \\*point\\*.\n\n"
            + "  - <span id=\"comment-2\"></span>**[Author](<https://reader.example/>)**, 2022-05-15 08:02 UTC:\n\n    A reply.\n\n    In two paragraphs.\n",
            text,
            StringComparison.Ordinal);
        Assert.DoesNotContain("Buy!", text, StringComparison.Ordinal);
        Assert.Equal(3, report.CommentsArchived);
        Assert.Contains("<span id=\"comment-5\"></span>**[Reader]", site.Read("content/pages/about.md"), StringComparison.Ordinal);
        Assert.Contains("[the author said](/2022/05/15/discussed/#comment-2), not [this](/2022/05/15/discussed/) or [that](/2022/05/15/discussed/). [A page's comment](/about/#comment-5).",
            site.Read("content/dispatches/2022/answer.md"), StringComparison.Ordinal);
        var output = new MemoryOutput();
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        Assert.DoesNotContain(built.Diagnostics, d => d.Code == "SG0503");
        Assert.Contains("<li><p><span id=\"comment-2\"></span><strong><a href=\"https://reader.example/\">Author</a></strong>", output.ReadText("2022/05/15/discussed/index.html"), StringComparison.Ordinal);

        // Without the archive, no link keeps a fragment the page does not have.
        using var counted = ImportSandbox.Create("title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\n");
        var countedReport = counted.Import(o => o with { NoComments = true }, counted.Input("export.xml", export));
        Assert.DoesNotContain("## Comments", counted.Read("content/dispatches/2022/discussed.md"), StringComparison.Ordinal);
        Assert.Contains("[the author said](/2022/05/15/discussed/),", counted.Read("content/dispatches/2022/answer.md"), StringComparison.Ordinal);
        Assert.Equal(3, countedReport.CommentsNotArchived);
    }

    [Fact]
    public void TheMigrationReportSaysWhatHappenedToEachItem()
    {
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\n");
        var report = site.Import(ImportPaths.WxrFixture);

        Assert.Equal(MigrationReport.FileName, report.ReportPath);
        var text = site.Read(MigrationReport.FileName);
        Assert.Contains("| Blog Post 1 (", text, StringComparison.Ordinal);
        Assert.Contains("| `/2025/01/18/blog-post-1/` (kept) | 0 / 1 |", text, StringComparison.Ordinal);
        Assert.Contains("- wp_navigation 'Navigation' (line 613) in ", text, StringComparison.Ordinal);
        Assert.Contains("6 attachment(s); media: 0 in static/, 6 still on the old host", text, StringComparison.Ordinal);
        Assert.Contains("0565b-tt4_post_1.jpg (attachment): still on the old host", text, StringComparison.Ordinal);
        Assert.Contains("time_zone was set to Etc/GMT+8", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// The report lies at the site's root: an import run from content/dispatches/ named its files from there
    /// ("2025/blog-post-1.md"), which from the report leads nowhere and changes every line in git from run to run.
    /// </summary>
    [Fact]
    public void TheMigrationReportNamesFilesFromTheSiteRootWhereverTheImportRan()
    {
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\n");
        site.Input("export.xml", File.ReadAllText(ImportPaths.WxrFixture));
        var below = Path.Combine(site.Root, "content", "dispatches");
        Directory.CreateDirectory(below);

        var report = site.Import(o => o with { WorkingDirectory = below, SiteRoot = "../.." }, "../../inputs/export.xml");

        Assert.Equal("../../" + MigrationReport.FileName, report.ReportPath);
        Assert.Contains(report.Files, f => f.TargetPath == "2025/blog-post-1.md");
        var text = site.Read(MigrationReport.FileName);
        Assert.Contains("| Blog Post 1 (inputs/export.xml(637,1)) | content/dispatches/2025/blog-post-1.md (new) |", text, StringComparison.Ordinal);
        Assert.Contains("| About (inputs/export.xml(80,1)) | content/pages/about.md (new) |", text, StringComparison.Ordinal);
        Assert.Contains("- wp_navigation 'Navigation' (line 613) in inputs/export.xml: not content", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// The report is the record of what an import changed, committed with it: the same export imported again changed
    /// no file but rewrote the report (every item "unchanged", the time zone line gone), so git saw a change.
    /// </summary>
    [Fact]
    public void ImportingTheSameExportAgainLeavesTheReportAsItWas()
    {
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\n");
        site.Import(ImportPaths.WxrFixture);
        var first = site.Read(MigrationReport.FileName);

        var again = site.Import(ImportPaths.WxrFixture);

        Assert.All(again.Files, f => Assert.Equal(WriteOutcome.Unchanged, f.Outcome));
        Assert.True(again.ReportKept);
        Assert.Equal(MigrationReport.FileName, again.ReportPath);
        Assert.Equal(first, site.Read(MigrationReport.FileName));

        // An import that changes a file writes the report again, of what it changed.
        File.Delete(Path.Combine(site.Root, "content/dispatches/2025/blog-post-1.md"));
        var restored = site.Import(ImportPaths.WxrFixture);
        Assert.False(restored.ReportKept);
        var text = site.Read(MigrationReport.FileName);
        Assert.Contains("content/dispatches/2025/blog-post-1.md (new)", text, StringComparison.Ordinal);
        Assert.Contains("content/dispatches/2025/growth-unlocked.md (unchanged)", text, StringComparison.Ordinal);
    }
}
