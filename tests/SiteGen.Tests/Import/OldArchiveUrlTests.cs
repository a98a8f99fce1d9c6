using SiteGen.Configuration;
using SiteGen.IO;
using SiteGen.Tests.Import.Support;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>The old blog's further archive pages and feeds, which readers and search engines hold, still answer after import and build.</summary>
public sealed class OldArchiveUrlTests
{
    private static string Term(string domain, string slug, string name) => $"<category domain=\"{domain}\" nicename=\"{slug}\"><![CDATA[{name}]]></category>";

    private static string ThreePostsTagged(string extra) => Wxr.Export(
        Wxr.Item(1, "First", "first", extra: extra),
        Wxr.Item(2, "Second", "second", date: "2022-05-16 10:00:00", gmt: "2022-05-16 07:00:00", extra: extra),
        Wxr.Item(3, "Third", "third", date: "2022-05-17 10:00:00", gmt: "2022-05-17 07:00:00", extra: extra));

    private static MemoryOutput Build(ImportSandbox site)
    {
        var output = new MemoryOutput();
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        return output;
    }

    [Fact]
    public void TheFurtherPagesOfATermsOldArchiveLeadToItsPageAndAnAuthorsPageThereKeepsIt()
    {
        // A blog that showed one post a page (Settings → Reading): three posts had three pages.
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\ntaxonomies:\n  wordpress_per_page: 1\n", withActors: false);
        site.Import(site.Input("export.xml", ThreePostsTagged(Term("post_tag", "drones-2", "Drones"))));
        var first = Path.Combine(site.Root, "content/dispatches/2022/first.md");
        File.WriteAllText(first, File.ReadAllText(first).Replace("aliases:\n", "aliases:\n  - /tag/drones/page/3/\n", StringComparison.Ordinal));

        var output = Build(site);
        // Each leads to the list.
        foreach (var old in new[] { "tag/drones-2/page/2", "tag/drones-2/page/3", "tag/drones/page/2" })
        {
            Assert.Contains("url=/tags/drones/\"", output.ReadText($"{old}/index.html"), StringComparison.Ordinal);
        }

        Assert.False(output.Files.ContainsKey("tag/drones-2/page/4/index.html"));
        Assert.Contains("url=/2022/05/15/first/\"", output.ReadText("tag/drones/page/3/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void ATermAtItsWordPressUrlKeepsItsOwnFurtherPagesAndTheRestLeadToItsFirst()
    {
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\ntaxonomies:\n  tags: tag\n  per_page: 2\n  wordpress_per_page: 1\n", withActors: false);
        site.Import(site.Input("export.xml", ThreePostsTagged(Term("post_tag", "kyiv", "Kyiv"))));

        var output = Build(site);
        Assert.DoesNotContain("http-equiv=\"refresh\"", output.ReadText("tag/kyiv/page/2/index.html"), StringComparison.Ordinal);
        Assert.Contains("url=/tag/kyiv/\"", output.ReadText("tag/kyiv/page/3/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void AnOldArchiveHadAsManyPagesAsWordPressesDefaultPageSizeGave()
    {
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\n", withActors: false);
        var posts = Enumerable.Range(1, 11).Select(i => Wxr.Item(i, $"Post {i}", $"post-{i}", date: $"2022-05-{i:00} 10:00:00", gmt: $"2022-05-{i:00} 07:00:00", extra: Term("post_tag", "drones-2", "Drones")));
        site.Import(site.Input("export.xml", Wxr.Export([.. posts])));

        var output = Build(site);
        Assert.Contains("url=/tags/drones/\"", output.ReadText("tag/drones-2/page/2/index.html"), StringComparison.Ordinal);
        Assert.False(output.Files.ContainsKey("tag/drones-2/page/3/index.html"));
    }

    [Fact]
    public void APostsOldCommentFeedAnswersAsAClosedFeedWhereNoPageOfTheSiteIs()
    {
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\n", withActors: false);
        // The first kept its dated URL; the second was at /%postname%/ and moved; the third's page 2 is an alias, not a post.
        var export = Wxr.Export(
            Wxr.Item(1, "First", "first"),
            Wxr.Item(2, "Second", "second", date: "2022-05-16 10:00:00", gmt: "2022-05-16 07:00:00", link: "https://blog.example/second/"),
            Wxr.Item(3, "Third", "third", content: "<p>One.</p><!--nextpage--><p>Two.</p>", date: "2022-05-17 10:00:00", gmt: "2022-05-17 07:00:00"));
        site.Import(site.Input("export.xml", export));
        var third = Path.Combine(site.Root, "content/dispatches/2022/third.md");
        var text = File.ReadAllText(third);
        Assert.Contains("aliases:\n  - \"/2022/05/17/third/2/\"\n", text, StringComparison.Ordinal);
        File.WriteAllText(third, text.Replace("aliases:\n", "aliases:\n  - /second/feed/\n", StringComparison.Ordinal));

        var output = Build(site);
        var first = output.ReadText("2022/05/15/first/feed/index.xml");
        Assert.Contains("<title>Comments on: First</title>", first, StringComparison.Ordinal);
        Assert.Contains("<link>https://example.org/2022/05/15/first/</link>", first, StringComparison.Ordinal);
        Assert.DoesNotContain("<item>", first, StringComparison.Ordinal);
        Assert.Contains("<title>Comments on: Second</title>", output.ReadText("2022/05/16/second/feed/index.xml"), StringComparison.Ordinal);

        // An alias of the site at an old feed's URL keeps it; a further page of a post has no feed.
        Assert.False(output.Files.ContainsKey("second/feed/index.xml"));
        Assert.Contains("url=/2022/05/17/third/\"", output.ReadText("second/feed/index.html"), StringComparison.Ordinal);
        Assert.False(output.Files.ContainsKey("2022/05/17/third/2/feed/index.xml"));
        Assert.True(output.Files.ContainsKey("2022/05/17/third/feed/index.xml"));
    }
}
