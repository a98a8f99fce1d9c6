using System.Xml.Linq;
using SiteGen.Configuration;
using SiteGen.IO;
using SiteGen.Tests.Import.Support;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>The real WordPress.com export: 7 dispatches, 1 page, 2 records that are not content, permalinks kept.</summary>
public sealed class WxrFixtureTests
{
    private const string UtcSite = "title: T\nbase_url: https://example.org/\ntime_zone: UTC\n";

    private const string SiteWithoutZone = "title: T\nbase_url: https://example.org/\n";

    private const string PacificSite = "title: T\nbase_url: https://example.org/\ntime_zone: America/Los_Angeles\n";

    [Fact]
    public void ExportGivesSevenDispatchesAndOnePage()
    {
        using var site = ImportSandbox.Create(UtcSite);
        var report = site.Import(ImportPaths.WxrFixture);

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        Assert.Equal(7, report.Dispatches);
        Assert.Equal(1, report.Pages);
        Assert.Equal(7, site.Files("content/dispatches").Count);
        Assert.Equal(["content/pages/about.md"], site.Files("content/pages"));
        Assert.Equal(["not content (wp_global_styles)", "not content (wp_navigation)"], report.Skipped.Select(s => s.Reason).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void BlogPostOneKeepsItsTagsGuidAndPermalink()
    {
        using var site = ImportSandbox.Create(PacificSite);
        site.Import(ImportPaths.WxrFixture);

        var text = site.Read("content/dispatches/2025/blog-post-1.md");
        Assert.Contains("categories:\n  - Foo\ntags:\n  - code\n  - ruby\n  - ship\n  - stars\n", text, StringComparison.Ordinal);
        Assert.Contains("author: jekyllbot\n", text, StringComparison.Ordinal);
        Assert.Contains("date: 2025-01-18T18:39:44-08:00\n", text, StringComparison.Ordinal);
        Assert.Contains("guid: \"https://jekyllbot.wordpress.com/?p=14\"\n", text, StringComparison.Ordinal);
        Assert.Contains("aliases:\n  - \"/?p=14\"\nguid:", text, StringComparison.Ordinal);
        Assert.Contains("puts \"Executing query: #{query}\"", text, StringComparison.Ordinal);

        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), new MemoryOutput(), new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
    }

    [Fact]
    public void TheHomePagesMapOfWordPressIdsLeadsToEveryPublishedPostAndPage()
    {
        using var site = ImportSandbox.Create(PacificSite);
        site.Import(ImportPaths.WxrFixture);
        var output = new MemoryOutput();
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));

        XNamespace wp = "http://wordpress.org/export/1.2/";
        var published = XDocument.Load(ImportPaths.WxrFixture).Descendants("item")
            .Where(i => (string?)i.Element(wp + "status") == "publish" && (string?)i.Element(wp + "post_type") is "post" or "page")
            .Select(i => (string)i.Element(wp + "post_id")!).Order(StringComparer.Ordinal).ToList();
        var attachments = XDocument.Load(ImportPaths.WxrFixture).Descendants("item")
            .Where(i => (string?)i.Element(wp + "post_type") == "attachment")
            .ToDictionary(i => (string)i.Element(wp + "post_id")!, i => ((string)i.Element(wp + "attachment_url")!).Trim());
        var map = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(output.ReadText("wordpress-ids.json"))!;

        Assert.Equal(8, published.Count);
        Assert.Equal(6, attachments.Count);
        Assert.Equal(published.Concat(attachments.Keys).Order(StringComparer.Ordinal), map.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("/2025/01/18/blog-post-1/", map["14"]);
        Assert.Equal("/about/", map["1"]);
        Assert.All(published, id => Assert.True(output.Files.ContainsKey(map[id].TrimStart('/') + "index.html"), map[id]));

        // Its media not brought home, an attachment's id leads to its file on the old host.
        Assert.All(attachments, a => Assert.Equal(a.Value, map[a.Key]));
        Assert.Contains("fetch(\"/wordpress-ids.json\")", output.ReadText("index.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TwoBlogsWhosePostAndPageShareAnIdBuildWithTheLaterIdLeftOut(bool inTwoImports)
    {
        // WordPress numbers posts and pages in one sequence, so /?p=1 of one blog and /?page_id=1 of another are one
        // id to the home page's map: the second is left out with a note, as a path alias two posts share is.
        using var site = ImportSandbox.Create(PacificSite);
        var other = ImportPaths.Fixture("wordpress-importer/valid-wxr-1.1.xml");
        if (inTwoImports)
        {
            site.Import(other);
            site.Import(ImportPaths.WxrFixture);
        }
        else
        {
            site.Import(other, ImportPaths.WxrFixture);
        }

        var output = new MemoryOutput();
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        var map = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(output.ReadText("wordpress-ids.json"))!;
        Assert.StartsWith("/2010/10/", map["1"], StringComparison.Ordinal);
        Assert.Contains(Directory.GetFiles(site.Root, "*.md", SearchOption.AllDirectories).Select(File.ReadAllText),
            text => text.Contains("The old URL /?page_id=1 redirects to", StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutATimeZoneTheBlogsIsSetAndEveryUrlIsKept()
    {
        using var site = ImportSandbox.Create(SiteWithoutZone);
        var report = site.Import(ImportPaths.WxrFixture);

        Assert.Contains("time_zone: Etc/GMT+8", site.Read("site.yml"), StringComparison.Ordinal);
        Assert.Contains("America/Los_Angeles", report.TimeZoneNote, StringComparison.Ordinal);
        var output = new MemoryOutput();
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        foreach (var slug in new[] { "blog-post-1", "the-art-of-connection", "beyond-the-obstacle", "growth-unlocked", "collaboration-magic", "teamwork-triumphs", "adaptive-advantage" })
        {
            // Each keeps its URL: its one alias is its WordPress id, which no redirect page answers.
            Assert.Matches("\naliases:\n  - \"/\\?p=[0-9]+\"\n[a-z]", site.Read($"content/dispatches/2025/{slug}.md"));
            Assert.Contains("<title>", output.ReadText($"2025/01/18/{slug}/index.html"), StringComparison.Ordinal);
        }

        Assert.Contains("date: 2025-01-18T18:39:44-08:00\n", site.Read("content/dispatches/2025/blog-post-1.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void ADryRunOnlySaysWhichTimeZoneItWouldSet()
    {
        using var site = ImportSandbox.Create(SiteWithoutZone);
        var report = site.Import(o => o with { DryRun = true }, ImportPaths.WxrFixture);

        Assert.Equal(SiteWithoutZone, site.Read("site.yml"));
        Assert.StartsWith("time_zone would be set to Etc/GMT+8", report.TimeZoneNote, StringComparison.Ordinal);
        Assert.False(site.Exists("import-report.md"));
        Assert.False(Directory.Exists(Path.Combine(site.Root, "content", "dispatches")));
    }

    [Fact]
    public void TheZoneSitegenInitGuessedIsReplacedByTheBlogs()
    {
        using var site = ImportSandbox.Create(UtcSite, withActors: false);
        File.Delete(Path.Combine(site.Root, "site.yml"));
        var init = new SiteGen.Diagnostics.DiagnosticBag();
        Assert.NotNull(SiteGen.Authoring.SiteInitializer.Create(site.Root, TestSite.Now, "1.2.3", [], init));
        var report = site.Import(ImportPaths.WxrFixture);

        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "SG0634");
        var yaml = site.Read("site.yml");
        Assert.Contains("\ntime_zone: Etc/GMT+8   # set by sitegen import", yaml, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(yaml, "^time_zone:", System.Text.RegularExpressions.RegexOptions.Multiline));
        Assert.Empty(ImportSandbox.PathAliases(site.Read("content/dispatches/2025/blog-post-1.md")));
    }

    [Fact]
    public void AZoneSetByHandUnderInitsCommentIsKept()
    {
        // Someone chose a zone and left init's comment: not this machine's zone, so not init's guess.
        const string Yml = "title: T\nbase_url: https://example.org/\ntime_zone: Pacific/Chatham   # set by sitegen init (this machine's zone); sitegen import puts the blog's here\n";
        using var site = ImportSandbox.Create(Yml, withActors: false);
        var report = site.Import(ImportPaths.WxrFixture);

        Assert.Equal(Yml, site.Read("site.yml"));
        Assert.Contains(report.Diagnostics, d => d.Code == "SG0634" && d.Message.Contains("time_zone: Etc/GMT+8", StringComparison.Ordinal));
    }

    [Fact]
    public void InAnotherTimeZoneTheOldPermalinkRedirects()
    {
        using var site = ImportSandbox.Create(UtcSite);
        var report = site.Import(ImportPaths.WxrFixture);

        Assert.Contains(report.Diagnostics, d => d.Code == "SG0634" && d.Location.Line == 3 && d.Message.Contains("time_zone: Etc/GMT+8", StringComparison.Ordinal));
        Assert.Contains("aliases:\n  - \"/2025/01/18/blog-post-1/\"\n", site.Read("content/dispatches/2025/blog-post-1.md"), StringComparison.Ordinal);
        var output = new MemoryOutput();
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        Assert.Contains("url=/2025/01/19/blog-post-1/", output.ReadText("2025/01/18/blog-post-1/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void TrimmedValuesAndFeaturedImagesFromAttachments()
    {
        using var site = ImportSandbox.Create(PacificSite);
        site.Import(ImportPaths.WxrFixture);

        var text = site.Read("content/dispatches/2025/the-art-of-connection.md");
        Assert.Contains("image:\n  src: \"https://jekyllbot.wordpress.com/wp-content/uploads/2025/01/0565b-tt4_post_1.jpg\"\n", text, StringComparison.Ordinal);
        Assert.Contains("summary: \"In the ever-evolving world, the art of forging genuine connections remains timeless. Whether it’s with", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<!-- wp:", text, StringComparison.Ordinal);
    }
}
