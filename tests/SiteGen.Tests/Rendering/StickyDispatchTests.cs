using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>Sticky dispatches (pinned on the old blog's front page) open the home page, as WordPress shows them.</summary>
public sealed class StickyDispatchTests
{
    private static BuiltSite Build() => TestSite.Parse("""
        -- site.yml --
        title: T
        base_url: https://example.org/
        per_page: 2
        -- content/dispatches/oldest.md --
        ---
        title: Pinned long ago
        date: 2022-05-10
        sticky: true
        ---
        Read this first.
        -- content/dispatches/second.md --
        ---
        title: Second report
        date: 2022-05-11
        ---
        Text.
        -- content/dispatches/third.md --
        ---
        title: Third report
        date: 2022-05-12
        ---
        Text.
        -- content/dispatches/newest.md --
        ---
        title: Newest report
        date: 2022-05-13
        ---
        Text.
        """).BuildOk();

    [Fact]
    public void StickyDispatchOpensTheFirstHomePageThenTheRestNewestFirst()
    {
        var site = Build();

        Assert.Equal(["Pinned long ago", "Newest report"], TitlesIn(site.Text("index.html")));
        Assert.Equal(["Third report", "Second report"], TitlesIn(site.Text("page/2/index.html")));
    }

    [Fact]
    public void ArchivesKeepDateOrder()
    {
        var archive = Build().Text("2022/05/index.html");

        Assert.Equal(["Newest report", "Third report", "Second report", "Pinned long ago"], TitlesIn(archive));
    }

    private static List<string> TitlesIn(string html) =>
        new[] { "Pinned long ago", "Second report", "Third report", "Newest report" }
            .Where(t => html.Contains(t, StringComparison.Ordinal))
            .OrderBy(t => html.IndexOf(t, StringComparison.Ordinal))
            .ToList();
}
