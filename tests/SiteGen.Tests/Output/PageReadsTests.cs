using System.Text;
using SiteGen.Configuration;
using SiteGen.Incremental;
using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Output;

public sealed class PageReadsTests
{
    private const string Site = """
        -- site.yml --
        title: Reads
        base_url: https://example.org/
        -- content/actors/minsk.md --
        ---
        name: Minsk
        kind: place
        ---
        -- content/dispatches/a.md --
        ---
        title: Old news from Minsk
        slug: minsk-news
        date: 2024-05-01
        actors: [minsk]
        ---
        Text.
        -- content/dispatches/b.md --
        ---
        title: Later
        date: 2024-05-02
        summary: What happened later.
        ---
        More text.
        """;

    [Fact]
    public void AFactChangedReachesEveryPageThatReadIt()
    {
        var reads = new PageReads();
        reads.Record(PageReads.Page.Dispatch(0), [PageReads.Fact.Body(0), PageReads.Fact.Card(1)]);
        reads.Record(PageReads.Page.Home(1), [PageReads.Fact.Card(0), PageReads.Fact.Card(1)]);
        reads.Record(PageReads.Page.Actor("minsk", 1), [PageReads.Fact.Timeline("minsk"), PageReads.Fact.Card(0)]);

        Assert.Equal(
            [PageReads.Page.Dispatch(0), PageReads.Page.Home(1)],
            reads.ReadersOf([PageReads.Fact.Card(1)]).OrderBy(p => p.Kind));
        Assert.Equal([PageReads.Page.Actor("minsk", 1)], reads.ReadersOf([PageReads.Fact.Timeline("minsk")]));
        Assert.Empty(reads.ReadersOf([PageReads.Fact.Body(1), PageReads.Fact.Timeline("kyiv")]));
    }

    [Fact]
    public void APageRenderedAgainReadsOnlyWhatItReadThen()
    {
        var reads = new PageReads();
        reads.Record(PageReads.Page.Dispatch(3), [PageReads.Fact.Card(4), PageReads.Fact.Related(3)]);
        reads.Record(PageReads.Page.Dispatch(3), [PageReads.Fact.Card(7)]);

        Assert.Empty(reads.ReadersOf([PageReads.Fact.Card(4), PageReads.Fact.Related(3)]));
        Assert.Equal([PageReads.Page.Dispatch(3)], reads.ReadersOf([PageReads.Fact.Card(7)]));
    }

    [Fact]
    public void AnActorPageIsRenderedAgainWhenADispatchOnItsTimelineChanges()
    {
        var site = TestSite.Parse(Site);
        var (result, built, _) = LiveSite.Build(site.Files, new BuildOptions { Now = TestSite.Now });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        using var live = built!;
        const string actorPage = "actors/minsk/index.html";
        Assert.Contains("Old news from Minsk", Encoding.UTF8.GetString(live.Files[actorPage]), StringComparison.Ordinal);

        site.Files.Set("content/dispatches/a.md", """
            ---
            title: New news from Minsk
            slug: minsk-news
            date: 2024-05-01
            actors: [minsk]
            ---
            Text.
            """);
        var applied = live.TryApplyEdits(["content/dispatches/a.md"], TestSite.Now);

        Assert.NotNull(applied);
        Assert.Contains(actorPage, applied.Value.Changed.Keys);
        var page = Encoding.UTF8.GetString(live.Files[actorPage]);
        Assert.Contains("New news from Minsk", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Old news from Minsk", page, StringComparison.Ordinal);
    }

    /// <summary>With a summary, the card does not show the body (without one, its opening words are the excerpt).</summary>
    [Fact]
    public void ADispatchThatOnlyChangesItsBodyRendersNoListAgain()
    {
        var site = TestSite.Parse(Site);
        var (result, built, _) = LiveSite.Build(site.Files, new BuildOptions { Now = TestSite.Now });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        using var live = built!;

        site.Files.Set("content/dispatches/b.md", """
            ---
            title: Later
            date: 2024-05-02
            summary: What happened later.
            ---
            Other text.
            """);
        var applied = live.TryApplyEdits(["content/dispatches/b.md"], TestSite.Now);

        Assert.NotNull(applied);
        Assert.DoesNotContain("index.html", applied.Value.Changed.Keys);
        Assert.DoesNotContain(applied.Value.Changed.Keys, k => k.StartsWith("actors/", StringComparison.Ordinal));
        Assert.Contains(applied.Value.Changed, f => Encoding.UTF8.GetString(f.Value).Contains("Other text.", StringComparison.Ordinal));
    }
}
