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
        Assert.Contains($"<p>{excerpt}</p>", home, StringComparison.Ordinal);
        Assert.Contains("<p>Kyiv held, as WordPress wrote it.</p>", home, StringComparison.Ordinal);
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
        Assert.Contains("<p>How WordPress marks a teaser: &lt;!--more--&gt; or inline, &lt;!--more--&gt;.</p>", home, StringComparison.Ordinal);
        Assert.DoesNotContain("After the", home, StringComparison.Ordinal);
        Assert.Contains("<p>A divider first leaves no teaser: the opening words stand in.</p>", home, StringComparison.Ordinal);
    }
}
