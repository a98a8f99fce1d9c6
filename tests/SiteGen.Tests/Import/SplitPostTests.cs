using SiteGen.Configuration;
using SiteGen.IO;
using SiteGen.Tests.Import.Support;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>A post WordPress split into pages with &lt;!--nextpage--&gt; is one page here, and its pages' URLs lead to it.</summary>
public sealed class SplitPostTests
{
    private const string Blog = "https://blog.example";

    [Fact]
    public void ASplitPostIsOnePageWithRulesAndLinksAndOldUrlsOfItsPagesLeadToIt()
    {
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\npermalink: /:slug/\n", withActors: false);
        var export = Wxr.Export(
            Wxr.Item(1, "Split", "split", content: "The first part.\n<!--nextpage-->\nThe second part.\n<!--nextpage-->\nThe third part.", date: "2022-05-16 10:00:00", gmt: "2022-05-16 07:00:00"),
            Wxr.Item(2, "Blocks", "blocks", content: "<!-- wp:nextpage -->\n<!--nextpage-->\n<!-- /wp:nextpage -->\n<!-- wp:paragraph --><p>Before.</p><!-- /wp:paragraph -->\n"
                + "<!-- wp:nextpage -->\n<!--nextpage-->\n<!-- /wp:nextpage -->\n<!-- wp:paragraph --><p>After.</p><!-- /wp:paragraph -->"),
            Wxr.Item(3, "Links", "links", content: $"<p><a href=\"{Blog}/2022/05/16/split/2/\">page two</a>, <a href=\"{Blog}/2022/05/16/split/3/#more\">page three</a>, "
                + $"<a href=\"{Blog}/?p=1&amp;page=2\">by id</a>, <a href=\"{Blog}/2022/05/page/2/\">the month's second page</a>, <a href=\"{Blog}/2022/05/15/links/2/\">no such page</a>.</p>"));

        site.Import(site.Input("export.xml", export));

        var split = site.Read("content/dispatches/2022/split.md");
        Assert.StartsWith("---\n# WordPress showed this post on 3 pages (<!--nextpage-->): here it is one, a rule where each page began.\n", split, StringComparison.Ordinal);
        Assert.Contains("aliases:\n  - \"/2022/05/16/split/\"\n  - \"/2022/05/16/split/2/\"\n  - \"/2022/05/16/split/3/\"\n", split, StringComparison.Ordinal);
        Assert.EndsWith("---\n\nThe first part.\n\n* * *\n\nThe second part.\n\n* * *\n\nThe third part.\n", split, StringComparison.Ordinal);
        var blocks = site.Read("content/dispatches/2022/blocks.md");
        Assert.Contains("# WordPress showed this post on 2 pages", blocks, StringComparison.Ordinal);
        Assert.EndsWith("---\n\nBefore.\n\n* * *\n\nAfter.\n", blocks, StringComparison.Ordinal);
        Assert.Contains($"[page two](/split/), [page three](/split/), [by id](/split/), [the month's second page]({Blog}/2022/05/page/2/), [no such page](/links/).",
            site.Read("content/dispatches/2022/links.md"), StringComparison.Ordinal);

        var output = new MemoryOutput();
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        Assert.Contains("url=/split/", output.ReadText("2022/05/16/split/2/index.html"), StringComparison.Ordinal);
        Assert.Contains("url=/split/", output.ReadText("2022/05/16/split/3/index.html"), StringComparison.Ordinal);
        Assert.Contains("<p>The first part.</p>\n<hr />\n<p>The second part.</p>", output.ReadText("split/index.html"), StringComparison.Ordinal);
    }
}
