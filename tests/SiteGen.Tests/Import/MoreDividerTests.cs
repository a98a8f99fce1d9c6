using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Import.Html;
using SiteGen.IO;
using SiteGen.Tests.Import.Support;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>WordPress's <c>&lt;!--more--&gt;</c> comes over as the site's summary divider, and the teaser it marks is the card's.</summary>
public sealed class MoreDividerTests
{
    [Fact]
    public void ClassicAndBlockEditorDividersStayInTheBodyAndTheirTeasersAreTheExcerpts()
    {
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\nfeeds:\n  full_content: false\n", withActors: false);
        const string Classic = "The first teaser paragraph.\n\nThe second, still before the cut.\n\n<!--more Read the whole briefing-->\n\nAfter the cut.\n\n<!--more-->\n\nThe end.";
        const string Blocks = """
            <!-- wp:paragraph -->
            <p>A block teaser.</p>
            <!-- /wp:paragraph -->

            <!-- wp:more {"noTeaser":true} -->
            <!--more-->
            <!--noteaser-->
            <!-- /wp:more -->

            <!-- wp:paragraph -->
            <p>The rest of the blocks.</p>
            <!-- /wp:paragraph -->
            """;
        var input = site.Input("export.xml", Wxr.Export(
            Wxr.Item(1, "Classic", "classic", content: Classic),
            Wxr.Item(2, "Blocks", "blocks", content: Blocks, date: "2022-05-16 10:00:00", gmt: "2022-05-16 07:00:00")));

        site.Import(input);

        Assert.EndsWith("The second, still before the cut.\n\n<!--more Read the whole briefing-->\n\nAfter the cut.\n\nThe end.\n",
            site.Read("content/dispatches/2022/classic.md"), StringComparison.Ordinal);
        Assert.EndsWith("A block teaser.\n\n<!--more-->\n\nThe rest of the blocks.\n", site.Read("content/dispatches/2022/blocks.md"), StringComparison.Ordinal);

        var output = new MemoryOutput();
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        var home = output.ReadText("index.html");
        Assert.Contains("<p>The first teaser paragraph. The second, still before the cut. <a href=\"/2022/05/15/classic/#more-1\">Read the whole briefing<", home, StringComparison.Ordinal);
        Assert.Contains("<p>A block teaser. <a href=\"/2022/05/16/blocks/#more-2\">Continue reading<", home, StringComparison.Ordinal);
        Assert.DoesNotContain("After the cut", home, StringComparison.Ordinal);
        Assert.DoesNotContain("The rest of the blocks", home, StringComparison.Ordinal);
        Assert.Contains("<summary>A block teaser.</summary>", output.ReadText("feed.xml"), StringComparison.Ordinal);
        Assert.Contains("<p>After the cut.</p>", output.ReadText("2022/05/15/classic/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void AnOldContinueReadingLinkLandsWhereTheTeaserEndsAsOnTheOldBlog()
    {
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\n", withActors: false);
        var input = site.Input("export.xml", Wxr.Export(
            Wxr.Item(1, "First", "first", content: "<p>The teaser.</p>\n<!--more-->\n<p>The rest.</p>"),
            Wxr.Item(2, "Plain", "plain", content: "<p>No divider: write <code>&lt;!--more--&gt;</code> to split.</p>\n<pre><code>&lt;!--more--&gt;</code></pre>", date: "2022-05-16 10:00:00", gmt: "2022-05-16 07:00:00"),
            Wxr.Item(3, "Answer", "answer", date: "2022-05-17 10:00:00", gmt: "2022-05-17 07:00:00",
                content: "<p>As <a href=\"https://blog.example/2022/05/15/first/#more-1\">we said</a>, not <a href=\"https://blog.example/2022/05/16/plain/#more-2\">here</a>.</p>")));

        site.Import(input);

        Assert.Contains("As [we said](/2022/05/15/first/#more-1), not [here](/2022/05/16/plain/).", site.Read("content/dispatches/2022/answer.md"), StringComparison.Ordinal);
        var output = new MemoryOutput();
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        Assert.Contains("<p>The teaser.</p>\n<span id=\"more-1\"></span>\n<p>The rest.</p>", output.ReadText("2022/05/15/first/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void AClippingThatKeptTheMoreSpanKeepsTheDividerAndItsAnchor()
    {
        // A clipper that keeps raw HTML keeps the empty span WordPress shows where the teaser ends; Turndown-based ones drop it.
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\n", withActors: false);
        var kept = site.Input("kept.md", """
            ---
            title: "Severodonetsk"
            source: "https://blog.example/2022/05/15/severodonetsk/"
            published: 2022-05-15
            ---
            Severodonetsk holds, street by street.

            <p><span id="more-4982"></span></p>

            The rest of the day.
            """);
        var dropped = site.Input("dropped.md", """
            ---
            title: "Lysychansk"
            source: "https://blog.example/2022/05/16/lysychansk/"
            published: 2022-05-16
            ---
            Lysychansk waits.

            The rest of that day.
            """);

        site.Import(kept, dropped);

        var text = site.Read("content/dispatches/2022/severodonetsk.md");
        Assert.Contains("guid: \"https://blog.example/?p=4982\"", text, StringComparison.Ordinal);
        Assert.EndsWith("Severodonetsk holds, street by street.\n\n<!--more-->\n\nThe rest of the day.\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("guid:", site.Read("content/dispatches/2022/lysychansk.md"), StringComparison.Ordinal);
        var output = new MemoryOutput();
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        Assert.Contains("<p>Severodonetsk holds, street by street. <a href=\"/2022/05/15/severodonetsk/#more-4982\">Continue reading<", output.ReadText("index.html"), StringComparison.Ordinal);
        Assert.Contains("<span id=\"more-4982\"></span>", output.ReadText("2022/05/15/severodonetsk/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void APandocClippingsMoreSpanIsTheDividerAndAnEmptyAnchorLeavesNoText()
    {
        // Pandoc writes WordPress's empty <span id="more-4982"></span> as a bracketed span, and any other empty anchor alike.
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\n", withActors: false);
        var clipping = site.Input("pandoc.md", """
            ---
            title: "Severodonetsk"
            source: "https://blog.example/2022/05/15/severodonetsk/"
            published: 2022-05-15
            ---
            Severodonetsk holds, []{#river}street by street.

            []{#more-4982}

            The rest of the day, as `[]{#kept}` in code shows.
            """);

        site.Import(clipping);

        var text = site.Read("content/dispatches/2022/severodonetsk.md");
        Assert.Contains("guid: \"https://blog.example/?p=4982\"", text, StringComparison.Ordinal);
        Assert.EndsWith("Severodonetsk holds, street by street.\n\n<!--more-->\n\nThe rest of the day, as `[]{#kept}` in code shows.\n", text, StringComparison.Ordinal);
        var output = new MemoryOutput();
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        Assert.Contains("<a href=\"/2022/05/15/severodonetsk/#more-4982\">Continue reading<", output.ReadText("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void ADividerInsideAParagraphStaysInsideItAndOneAtItsEdgeBecomesALine()
    {
        Assert.Equal("Angefangen hatte es mit <!--more-->einem Freihandschuss:\n\nNext.",
            HtmlToMarkdown.Convert("<p>Angefangen hatte es mit <!--more-->einem Freihandschuss:</p><p>Next.</p>", keepMoreDivider: true).Markdown);
        Assert.Equal("Teaser.<!--more-->\\\nSame paragraph.",
            HtmlToMarkdown.Convert("<p>Teaser.<br><!--more-->Same paragraph.</p>", keepMoreDivider: true).Markdown);
        Assert.Equal("**Teaser.**\n\n<!--more-->\n\nRest.",
            HtmlToMarkdown.Convert("<p><strong>Teaser.<!--more--></strong></p><p>Rest.</p>", keepMoreDivider: true).Markdown);
        Assert.Equal("<!--more-->\n\n\\<b> starts the post.",
            HtmlToMarkdown.Convert("<span id=\"more-7\"></span>&lt;b&gt; starts the post.", keepMoreDivider: true).Markdown);
        Assert.Equal("Teaser.\n\n<!--more Read - on-->\n\nRest.",
            HtmlToMarkdown.Convert("<p>Teaser.</p><p><!--more  Read -- on --></p><p>Rest.<!--more second--></p>", keepMoreDivider: true).Markdown);
    }

    [Fact]
    public void ASavedPagesMoreSpanIsTheDividerAndACommentsOrAForgedOneIsNot()
    {
        var html = "<html><head><link rel=\"canonical\" href=\"https://blog.example/2022/05/15/post/\"></head><body><article><h1 class=\"entry-title\">Post</h1>"
            + "<div class=\"entry-content\"><p>Severodonetsk holds, street by street.</p>\n<p><span id=\"more-4982\"></span></p>\n<p>The rest of the day.</p></div></article></body></html>";
        var post = Assert.Single(SavedPageReader.Read(html, "post.html", new DiagnosticBag()).Posts);
        Assert.Equal("Severodonetsk holds, street by street.\n\n<!--more-->\n\nThe rest of the day.", post.Body.Trim());

        // A theme that marks no entry content: main-content extraction, which drops empty paragraphs, keeps the divider.
        const string Long = "Severodonetsk holds, street by street, as the shelling goes on, and the bridges to Lysychansk are down, one after another, since the morning.";
        var unmarked = Assert.Single(SavedPageReader.Read(
            "<html><head><link rel=\"canonical\" href=\"https://blog.example/2022/05/15/post/\"></head><body><div id=\"main\"><div class=\"post\"><h1>Post</h1><div class=\"text\">"
            + $"<p>{Long}</p>\n<p><span id=\"more-4982\"></span></p>\n<p>The rest of the day. {Long}</p></div></div></div></body></html>", "post.html", new DiagnosticBag()).Posts);
        Assert.Contains($"{Long}\n\n<!--more-->\n\nThe rest of the day.", unmarked.Body, StringComparison.Ordinal);

        Assert.Equal("A reader's comment. Rest.", HtmlToMarkdown.Convert("<p>A reader's comment. <!--more-->Rest.</p>").Markdown);
        Assert.Equal("Written by hand. x", HtmlToMarkdown.Convert("<p>Written by hand. <sitegen-more title=\"--><script>alert(1)</script>\">x</sitegen-more></p>", keepMoreDivider: true).Markdown);
    }
}
