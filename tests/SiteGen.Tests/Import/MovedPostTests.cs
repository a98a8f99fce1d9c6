using SiteGen.Configuration;
using SiteGen.Import.Model;
using SiteGen.IO;
using SiteGen.Tests.Import.Support;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>
/// A post whose date or slug changed on the old blog between two exports is the same post (one blog, one id): a later
/// import moves its file to the new place instead of writing a second one, and its old URL stays an alias.
/// </summary>
public sealed class MovedPostTests
{
    private const string SiteYml = "title: T\nbase_url: https://example.org/\n";
    private const string Before = "content/dispatches/2025/growth-unlocked.md";
    private const string After = "content/dispatches/2026/growth-unlocked-again.md";

    /// <summary>The real export, with post 6 given another slug and day (another year) as WordPress would after an edit.</summary>
    private static string Moved()
    {
        var text = File.ReadAllText(ImportPaths.Fixture("wordpressdotcom-export-2025.xml"));
        string Swap(string from, string to)
        {
            Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(text, System.Text.RegularExpressions.Regex.Escape(from)));
            return text = text.Replace(from, to, StringComparison.Ordinal);
        }

        var start = text.IndexOf("<wp:post_id>6</wp:post_id>", StringComparison.Ordinal);
        Swap("<link>https://jekyllbot.wordpress.com/2025/01/18/growth-unlocked/</link>", "<link>https://jekyllbot.wordpress.com/2026/02/03/growth-unlocked-again/</link>");
        Swap("<wp:post_date>2025-01-18 18:26:24</wp:post_date>", "<wp:post_date>2026-02-03 10:00:00</wp:post_date>");
        Swap("<wp:post_date_gmt>2025-01-19 02:26:24</wp:post_date_gmt>", "<wp:post_date_gmt>2026-02-03 18:00:00</wp:post_date_gmt>");
        Swap("<wp:post_name>growth-unlocked</wp:post_name>", "<wp:post_name>growth-unlocked-again</wp:post_name>");
        Assert.True(start > 0);
        return text;
    }

    [Fact]
    public void ALaterExportOfAPostWithANewSlugAndDateMovesItsFileAndKeepsTheOldUrl()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);
        site.Import(ImportPaths.Fixture("wordpressdotcom-export-2025.xml"));
        Assert.True(site.Exists(Before));
        var before = site.Files("content/dispatches");

        var report = site.Import(site.Input("moved.xml", Moved()));

        Assert.Equal(before.Select(f => f == Before ? After : f).Order(StringComparer.Ordinal), site.Files("content/dispatches").Order(StringComparer.Ordinal));
        var moved = site.Read(After);
        Assert.Contains("date: 2026-02-03", moved, StringComparison.Ordinal);
        Assert.Contains("slug: growth-unlocked-again", moved, StringComparison.Ordinal);
        Assert.Contains("/2025/01/18/growth-unlocked/", ImportSandbox.PathAliases(moved));
        Assert.Contains("\"/?p=6\"", moved, StringComparison.Ordinal);
        Assert.Equal(WriteOutcome.Updated, report.Files.Single(f => f.TargetPath.EndsWith("growth-unlocked-again.md", StringComparison.Ordinal)).Outcome);
        var note = Assert.Single(report.Diagnostics, d => d.Code == "SG0616");
        Assert.Contains("jekyllbot.wordpress.com/?p=6", note.Message, StringComparison.Ordinal);
        Assert.Contains("growth-unlocked.md, which is removed", note.Message, StringComparison.Ordinal);

        // Imported again, nothing changes: the old URL stays an alias.
        var again = site.Import(site.Input("moved.xml", Moved()));
        Assert.All(again.Files, f => Assert.Equal(WriteOutcome.Unchanged, f.Outcome));
        Assert.Equal(moved, site.Read(After));

        var output = new MemoryOutput();
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        Assert.Contains("Growth Unlocked", output.ReadText("2026/02/03/growth-unlocked-again/index.html"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("/2026/02/03/growth-unlocked-again/", output.ReadText("2025/01/18/growth-unlocked/index.html"), StringComparison.Ordinal);
        Assert.Contains("\"6\":\"/2026/02/03/growth-unlocked-again/\"", output.ReadText("wordpress-ids.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void APostAManifestRecordedWithoutItsIdIsFoundByItsExportsShortlinkGuid()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);
        site.Import(site.Input("blog.xml", Wxr.ExportOf("https://blog.example", Wxr.Item(12, "Talks", "talks"))));
        var manifest = Path.Combine(site.Root, ".sitegen", "import-manifest.json");
        var lines = File.ReadAllLines(manifest);
        Assert.Contains(lines, l => l.Contains("\"BlogPostId\": \"blog.example/?p=12\"", StringComparison.Ordinal));
        File.WriteAllLines(manifest, lines.Where(l => !l.Contains("\"BlogPostId\"", StringComparison.Ordinal)));

        // The guid WordPress gave the post, http://blog.example/?p=12, names the blog its old URL is on: its id.
        site.Import(site.Input("blog-later.xml", Wxr.ExportOf("https://blog.example", Wxr.Item(12, "Talks", "talks-in-minsk", date: "2022-06-01 10:00:00", gmt: "2022-06-01 07:00:00"))));

        Assert.Equal(["content/dispatches/2022/talks-in-minsk.md"], site.Files("content/dispatches"));
        Assert.Contains("/2022/05/15/talks/", ImportSandbox.PathAliases(site.Read("content/dispatches/2022/talks-in-minsk.md")));
    }

    [Fact]
    public void AnEditedEarlierFileOfAMovedPostIsLeftAloneAndNoSecondCopyIsWritten()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);
        site.Import(ImportPaths.Fixture("wordpressdotcom-export-2025.xml"));
        var edited = site.Read(Before) + "\nA line of my own.\n";
        File.WriteAllText(Path.Combine(site.Root, Before), edited);

        var report = site.Import(site.Input("moved.xml", Moved()));

        Assert.False(site.Exists(After));
        Assert.Equal(edited, site.Read(Before));
        var warning = Assert.Single(report.Diagnostics, d => d.Code == "SG0603");
        Assert.EndsWith("growth-unlocked.md", warning.Location.Path, StringComparison.Ordinal);
        Assert.Contains("/2026/02/03/growth-unlocked-again/", warning.Message, StringComparison.Ordinal);

        site.Import(o => o with { Force = true }, site.Input("moved.xml", Moved()));
        Assert.False(site.Exists(Before));
        Assert.Contains("/2025/01/18/growth-unlocked/", ImportSandbox.PathAliases(site.Read(After)));
    }

    [Fact]
    public void AMovedPostWhoseNewFileIsTheUsersKeepsItsEarlierFile()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);
        site.Import(site.Input("one.xml", Wxr.ExportOf("https://blog.example", Wxr.Item(12, "Talks", "talks"))));
        const string Earlier = "content/dispatches/2022/talks.md";
        const string Mine = "content/dispatches/2022/talks-in-minsk.md";
        var imported = site.Read(Earlier);
        const string Hand = "---\ntitle: My own notes\ndate: 2022-06-01\nslug: talks-in-minsk\n---\nHand written, unrelated.\n";
        File.WriteAllText(Path.Combine(site.Root, Mine), Hand);

        var later = site.Input("two.xml", Wxr.ExportOf("https://blog.example", Wxr.Item(12, "Talks", "talks-in-minsk", date: "2022-06-01 10:00:00", gmt: "2022-06-01 07:00:00")));
        var report = site.Import(later);

        Assert.Equal(imported, site.Read(Earlier));
        Assert.Equal(Hand, site.Read(Mine));
        var warning = Assert.Single(report.Diagnostics, d => d.Code == "SG0603");
        Assert.EndsWith("talks-in-minsk.md", warning.Location.Path, StringComparison.Ordinal);
        Assert.Contains("talks.md", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "SG0616");

        // The manifest still knows the earlier file: once the user's file is out of the way, the post moves.
        Assert.Contains("talks.md", File.ReadAllText(Path.Combine(site.Root, ".sitegen", "import-manifest.json")), StringComparison.Ordinal);
        File.Move(Path.Combine(site.Root, Mine), Path.Combine(site.Root, "mine.md"));
        site.Import(later);
        Assert.False(site.Exists(Earlier));
        Assert.Contains("/2022/05/15/talks/", ImportSandbox.PathAliases(site.Read(Mine)));
    }

    [Fact]
    public void AnotherPostWithTheSameIdOfTheSameBlogIsNotTakenForTheEarlierOne()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);
        site.Import(site.Input("old.xml", Wxr.ExportOf("https://blog.example", Wxr.Item(12, "Holiday in Rome", "holiday-in-rome", date: "2012-07-01 10:00:00", gmt: "2012-07-01 10:00:00"))));
        const string Rome = "content/dispatches/2012/holiday-in-rome.md";
        var rome = site.Read(Rome);

        // The blog reinstalled: its new post 12 shares nothing with the old one but the number.
        var report = site.Import(site.Input("new.xml", Wxr.ExportOf("https://blog.example", Wxr.Item(12, "Hello world!", "hello-world", date: "2020-01-01 10:00:00", gmt: "2020-01-01 10:00:00"))));

        Assert.Equal(rome, site.Read(Rome));
        Assert.True(site.Exists("content/dispatches/2020/hello-world.md"));
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "SG0616");
        var warning = Assert.Single(report.Diagnostics, d => d.Code == "SG0607");
        Assert.Contains("holiday-in-rome.md", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APostRenamedWithANewTitleIsFoundByItsEarlierSlug()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);
        site.Import(site.Input("one.xml", Wxr.ExportOf("https://blog.example", Wxr.Item(12, "Talks", "talks"))));

        var report = site.Import(site.Input("two.xml", Wxr.ExportOf("https://blog.example", Wxr.Item(12, "Talks in Minsk", "talks-in-minsk",
            extra: "<wp:postmeta><wp:meta_key>_wp_old_slug</wp:meta_key><wp:meta_value><![CDATA[talks]]></wp:meta_value></wp:postmeta>"))));

        Assert.Equal(["content/dispatches/2022/talks-in-minsk.md"], site.Files("content/dispatches"));
        Assert.Single(report.Diagnostics, d => d.Code == "SG0616");
    }

    [Fact]
    public void ASavedPageShowingThePostsIdIsThatPostWhateverItsUrl()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);
        site.Import(site.Input("moved.xml", Moved()));

        // A page saved before the move: its old URL, and the id in its body's classes.
        var report = site.Import(site.Input("saved.html", """
            <!DOCTYPE html><html><head><title>Growth Unlocked</title>
            <link rel="canonical" href="https://jekyllbot.wordpress.com/2025/01/18/growth-unlocked/">
            <meta name="generator" content="WordPress.com">
            <meta property="article:published_time" content="2025-01-19T02:26:24+00:00">
            </head><body class="post-template-default single single-post postid-6 single-format-standard">
            <main><article><h1 class="entry-title">Growth Unlocked</h1><div class="entry-content"><p>Saved before it moved.</p></div></article></main>
            </body></html>
            """));

        Assert.Empty(report.Files);
        Assert.Contains("growth-unlocked-again.md", Assert.Single(report.Skipped).Reason, StringComparison.Ordinal);
        Assert.False(site.Exists(Before));
    }
}
