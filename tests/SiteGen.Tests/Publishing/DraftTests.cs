using SiteGen.Configuration;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publishing;

/// <summary><c>--drafts</c> output is for looking at: drafts are marked noindex and kept out of everything readers subscribe to or find.</summary>
public sealed class DraftTests
{
    private const string Site = """
        -- site.yml --
        title: T
        base_url: https://example.org/
        time_zone: Europe/Minsk
        -- content/actors/belarus.md --
        ---
        name: Belarus
        ---
        A state.
        -- content/dispatches/published.md --
        ---
        title: Published one
        date: 2022-05-15
        actors: [Belarus]
        ---
        Quotidian zebra news.
        -- content/dispatches/draft.md --
        ---
        title: Draft one
        date: 2022-05-16
        actors: [Belarus]
        draft: true
        ---
        Unpublished xylophone news.
        -- content/dispatches/later.md --
        ---
        title: Later one
        date: 2027-01-02T06:00:00+01:00
        ---
        Scheduled.
        -- content/pages/plan.md --
        ---
        title: Plan
        draft: true
        ---
        A draft page.
        """;

    [Fact]
    public void DraftPagesAreNoIndexAndLeftOutOfFeedsSitemapAndSearch()
    {
        var built = TestSite.Parse(Site).BuildOk(new BuildOptions { IncludeDrafts = true });
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", built.Text("2022/05/16/draft-one/index.html"), StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", built.Text("plan/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("noindex", built.Text("2022/05/15/published-one/index.html"), StringComparison.Ordinal);
        foreach (var feed in new[] { "feed.xml", "rss.xml", "feed.json", "actors/belarus/feed.xml", "actors/belarus/rss.xml", "actors/belarus/feed.json", "sitemap.xml" })
        {
            Assert.Contains("published-one", built.Text(feed), StringComparison.Ordinal);
            Assert.DoesNotContain("draft-one", built.Text(feed), StringComparison.Ordinal);
            Assert.DoesNotContain("/plan/", built.Text(feed), StringComparison.Ordinal);
        }

        var index = string.Concat(built.Output.Files.Where(f => f.Key.StartsWith("search/", StringComparison.Ordinal)).Select(f => System.Text.Encoding.UTF8.GetString(f.Value)));
        Assert.Contains("zebra", index, StringComparison.Ordinal);
        Assert.DoesNotContain("xylophone", index, StringComparison.Ordinal);
        Assert.DoesNotContain("Draft one", index, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildWithDraftsWarnsThatItsOutputIsNotForDeploying()
    {
        using var folder = SiteFolder.Create(Site);
        var result = SiteGen.Site.BuildFolder(folder.Site, new BuildOptions { IncludeDrafts = true, Now = TestSite.Now });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "SG0507");
        Assert.Contains("2 draft(s) (content/dispatches/draft.md, content/pages/plan.md)", warning.Message, StringComparison.Ordinal);
        Assert.Contains("not for deploying", warning.Message, StringComparison.Ordinal);

        var plain = SiteGen.Site.BuildFolder(folder.Site, new BuildOptions { Now = TestSite.Now });
        Assert.DoesNotContain(plain.Diagnostics, d => d.Code == "SG0507");
    }

    [Fact]
    public void SummaryNamesEachDispatchLeftOutAndWhenAScheduledOneIsDue()
    {
        using var folder = SiteFolder.Create(Site);
        var result = SiteGen.Site.BuildFolder(folder.Site, new BuildOptions { Now = TestSite.Now });
        var summary = new StringWriter();
        SiteGen.Cli.BuildSummary.Print(result, summary);
        var text = summary.ToString();
        Assert.Contains("Left out: 1 draft(s) (use --drafts), 1 dated in the future (use --future):", text, StringComparison.Ordinal);
        Assert.Contains("  content/dispatches/later.md: \"Later one\", scheduled for 2027-01-02 08:00 +03:00", text, StringComparison.Ordinal);
        Assert.Contains("  content/dispatches/draft.md: \"Draft one\", draft", text, StringComparison.Ordinal);

        // The build that finds nothing changed says the same.
        var again = new StringWriter();
        SiteGen.Cli.BuildSummary.Print(SiteGen.Site.BuildFolder(folder.Site, new BuildOptions { Now = TestSite.Now }), again);
        Assert.StartsWith("Nothing changed", again.ToString(), StringComparison.Ordinal);
        Assert.Contains("  content/dispatches/later.md: \"Later one\", scheduled for 2027-01-02 08:00 +03:00", again.ToString(), StringComparison.Ordinal);
    }
}
