using SiteGen.Tests.Support;

namespace SiteGen.Tests.Building;

/// <summary>A broken link is reported where it was written, so an editor opens the right line.</summary>
public sealed class BrokenLinkSourceTests
{
    private const string Site = """
        -- site.yml --
        title: T
        base_url: https://example.org/briefings/
        -- content/dispatches/a.md --
        ---
        title: A
        date: 2022-05-15
        ---
        First paragraph.

        See [the earlier one](/2022/05/01/never-written/) for more.

        <p>And <a href="/about-us/">about us</a>.</p>
        -- content/pages/about.md --
        ---
        title: About
        ---
        Back to [a](../2022/05/15/a/#no-such-heading).
        """;

    [Fact]
    public void BrokenMarkdownLinkIsReportedAtItsLineInTheDispatch()
    {
        var built = TestSite.Parse(Site).Build();
        Assert.False(built.Result.Succeeded);
        built.Expect("content/dispatches/a.md(7,5)", "SG0503", "/briefings/2022/05/01/never-written/");
        built.Expect("content/dispatches/a.md(9,17)", "SG0503", "/briefings/about-us/");
        built.Expect("content/pages/about.md(4,9)", "SG0503", "#no-such-heading");
    }

    [Fact]
    public void BrokenLinkFromALayoutNamesThePageSourceAndSaysALayoutWroteIt()
    {
        var built = TestSite.Parse(Site.Replace("See [the earlier one](/2022/05/01/never-written/) for more.", "Fine.", StringComparison.Ordinal)
            .Replace("<p>And <a href=\"/about-us/\">about us</a>.</p>", string.Empty, StringComparison.Ordinal)
            .Replace("../2022/05/15/a/#no-such-heading", "../2022/05/15/a/", StringComparison.Ordinal)
            + "\n-- layouts/partials/footer.sbn --\n<footer><a href=\"{{ site.base_path }}gone/\">gone</a></footer>\n").Build();
        Assert.False(built.Result.Succeeded);
        var error = built.Expect("content/dispatches/a.md: error SG0503", "gone/", "a layout or partial of the theme writes it");
        Assert.Equal(0, error.Location.Line);
    }
}
