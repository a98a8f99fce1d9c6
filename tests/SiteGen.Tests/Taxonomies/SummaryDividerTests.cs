using SiteGen.Feeds;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Taxonomies;

/// <summary>Hugo's and WordPress's <c>&lt;!--more--&gt;</c>: the text before it is the excerpt of cards and feeds.</summary>
public sealed class SummaryDividerTests
{
    private const string Teaser = "The counter-offensive reached the river overnight, after three days of shelling along the whole line "
        + "from the reservoir to the edge of the city. Officials would not confirm how many crossings held; volunteers on "
        + "both banks reported that the pontoon bridges were still standing at dawn and that the evacuation of the villages went on.";

    [Fact]
    public void TheTextBeforeTheDividerIsTheWholeExcerptOfCardsAndFeedsAndTheDividerShowsNothing()
    {
        var built = TestSite.Parse($"""
            -- site.yml --
            title: T
            base_url: https://example.org/
            feeds:
              full_content: false
            -- content/dispatches/a.md --
            ---
            title: A
            date: 2025-05-02
            ---
            {Teaser}

            *Still* the teaser.[^1]
            <!--more-->

            After the divider.

            [^1]: A note.
            -- content/dispatches/b.md --
            ---
            title: B
            date: 2025-05-03
            ---
            Kyiv held, **as [WordPress][wp] wrote it**. <!--more Read the rest-->Then the *rest* of the paragraph.

            And another one.

            [wp]: https://wordpress.org/
            -- content/dispatches/c.md --
            ---
            title: C
            date: 2025-05-04
            summary: The summary wins.
            ---
            Not this. <!--more-->
            """).BuildOk();

        var excerpt = Teaser + " Still the teaser.";
        Assert.True(excerpt.Length > DispatchExcerpt.Length, "the teaser is longer than an excerpt made from a body");
        var home = built.Text("index.html");
        Assert.Contains($"<p>{excerpt} <a href=\"/2025/05/02/a/#more\">Continue reading<", home, StringComparison.Ordinal);
        Assert.Contains("<p>Kyiv held, as WordPress wrote it. <a href=\"/2025/05/03/b/#more\">Read the rest<", home, StringComparison.Ordinal);
        Assert.Contains("<p>The summary wins.</p>", home, StringComparison.Ordinal);
        Assert.Contains($"<summary>{excerpt}</summary>", built.Text("feed.xml"), StringComparison.Ordinal);
        Assert.Contains($"<description>{excerpt}</description>", built.Text("rss.xml"), StringComparison.Ordinal);
        Assert.Contains($"\"content_text\":\"{excerpt}\"", built.Text("feed.json"), StringComparison.Ordinal);
        Assert.Contains("<summary>Kyiv held, as WordPress wrote it.</summary>", built.Text("feed.xml"), StringComparison.Ordinal);

        var page = built.Text("2025/05/02/a/index.html");
        Assert.Contains("<p>After the divider.</p>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("&lt;!--more", page, StringComparison.Ordinal);
        Assert.Contains($"<meta name=\"description\" content=\"{excerpt[..excerpt.LastIndexOf(' ', 200)]}…\">", page, StringComparison.Ordinal);
        Assert.Contains(built.Output.Files.Keys.Where(k => k.StartsWith("search/index/d/", StringComparison.Ordinal)).Select(built.Text),
            d => d.Contains("\"Kyiv held, as WordPress wrote it.\"", StringComparison.Ordinal));
        var inline = built.Text("2025/05/03/b/index.html");
        Assert.Contains("<meta name=\"description\" content=\"Kyiv held, as WordPress wrote it.\">", inline, StringComparison.Ordinal);
        Assert.Contains("Then the <em>rest</em> of the paragraph.</p>", inline, StringComparison.Ordinal);
        Assert.DoesNotContain("&lt;!--more", inline, StringComparison.Ordinal);
        Assert.DoesNotContain("Read the rest", inline.Replace("<!--more Read the rest-->", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void TheDividerLeavesAnAnchorWhereTheCardsContinueReadingLinkLands()
    {
        var built = TestSite.Parse("""
            -- site.yml --
            title: T
            base_url: https://example.org/
            -- content/dispatches/a.md --
            ---
            title: Kharkiv at dawn
            date: 2025-05-02
            ---
            The teaser.

            <!--more-->

            ## More

            After the divider, under a heading of the anchor's name.
            -- content/dispatches/b.md --
            ---
            title: Imported
            date: 2025-05-03
            guid: "https://blog.example/?p=123"
            ---
            Kyiv held. <!--more Read the full briefing-->Then the rest.

            <!--more-->
            -- content/dispatches/c.md --
            ---
            title: C
            date: 2025-05-04
            summary: The summary wins.
            ---
            Not this. <!--more-->
            -- content/dispatches/d.md --
            ---
            title: D
            date: 2025-05-05
            ---
            No divider here.
            """).BuildOk();

        var home = built.Text("index.html");
        Assert.Contains("<p>The teaser. <a href=\"/2025/05/02/kharkiv-at-dawn/#more\">Continue reading<span class=\"visually-hidden\"> “Kharkiv at dawn”</span></a></p>", home, StringComparison.Ordinal);
        Assert.Contains("<p>Kyiv held. <a href=\"/2025/05/03/imported/#more-123\">Read the full briefing<span class=\"visually-hidden\"> “Imported”</span></a></p>", home, StringComparison.Ordinal);
        Assert.Contains("<p>The summary wins.</p>", home, StringComparison.Ordinal);
        Assert.Contains("<p>No divider here.</p>", home, StringComparison.Ordinal);

        var page = built.Text("2025/05/02/kharkiv-at-dawn/index.html");
        Assert.Contains("<p>The teaser.</p>\n<span id=\"more\"></span>\n<h2 id=\"more-1\">More</h2>", page, StringComparison.Ordinal);
        var imported = built.Text("2025/05/03/imported/index.html");
        Assert.Contains("<p>Kyiv held. <span id=\"more-123\"></span>Then the rest.</p>\n<!--more-->", imported, StringComparison.Ordinal);
        Assert.Contains("<p>Not this. <span id=\"more\"></span></p>", built.Text("2025/05/04/c/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void ADividerInCodeIsCodeAndTheFirstRealOneCounts()
    {
        var built = TestSite.Parse("""
            -- site.yml --
            title: T
            base_url: https://example.org/
            -- content/dispatches/a.md --
            ---
            title: A
            date: 2025-05-02
            ---
            How WordPress marks a teaser:

            ```html
            <!--more-->
            ```

            or inline, `<!--more-->`.

            <!--more-->

            After the divider.

            <!--more-->

            After the second.
            -- content/dispatches/b.md --
            ---
            title: B
            date: 2025-05-03
            ---
            <!--more-->

            A divider first leaves no teaser: the opening words stand in.
            """).BuildOk();

        var home = built.Text("index.html");
        Assert.Contains("<p>How WordPress marks a teaser: &lt;!--more--&gt; or inline, &lt;!--more--&gt;. <a href=\"/2025/05/02/a/#more\">", home, StringComparison.Ordinal);
        Assert.DoesNotContain("After the", home, StringComparison.Ordinal);
        Assert.Contains("<p>A divider first leaves no teaser: the opening words stand in.</p>", home, StringComparison.Ordinal);
        Assert.Contains("<span id=\"more\"></span>\n<p>After the divider.</p>\n<!--more-->\n<p>After the second.</p>", built.Text("2025/05/02/a/index.html"), StringComparison.Ordinal);
    }
}
