using System.Globalization;
using System.Text;
using SiteGen.Configuration;
using SiteGen.Incremental;
using SiteGen.IO;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Output;

/// <summary>
/// A dispatch added or deleted in the preview renders only the pages that read the set of dispatches where it changed,
/// and leaves the output exactly as a clean build of the same files writes it; the pages it hands out first (the new
/// page, the front page) are already what the clean build writes.
/// </summary>
public sealed class DispatchSetTests
{
    private static readonly BuildOptions Options = new() { Now = TestSite.Now };

    [Fact]
    public void ANewDispatchWritesWhatACleanBuildWritesAndLeavesOldPagesAlone()
    {
        var site = TestSite.Parse(TwentyDispatches());
        using var live = Build(site);

        site.Files.Set("content/dispatches/new.md", Dispatch("New from Minsk", "2024-07-01", "minsk", "bridge", "New words."));
        var (applied, first) = Apply(site, live, "content/dispatches/new.md");

        Assert.NotNull(applied);
        AssertSameAsCleanBuild(site, live);
        Assert.Equal(["2024/07/01/new-from-minsk/index.html", "index.html"], first.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Contains("2024/07/01/new-from-minsk/index.html", applied.Value.Changed.Keys);
        Assert.Contains("index.html", applied.Value.Changed.Keys);

        // The oldest dispatch names another actor and tag, and is far from the new one in time.
        Assert.DoesNotContain("2024/05/01/dispatch-0/index.html", applied.Value.Changed.Keys);
        Assert.Empty(applied.Value.Removed);
    }

    [Fact]
    public void ADeletedDispatchLeavesWhatACleanBuildWritesAndTakesItsPageAway()
    {
        var site = TestSite.Parse(TwentyDispatches());
        using var live = Build(site);

        site.Files.Remove("content/dispatches/d10.md");
        var (applied, first) = Apply(site, live, "content/dispatches/d10.md");

        Assert.NotNull(applied);
        Assert.Contains("2024/05/11/dispatch-10/index.html", first);
        Assert.Contains("2024/05/11/dispatch-10/index.html", applied.Value.Removed);
        AssertSameAsCleanBuild(site, live);
    }

    [Fact]
    public void AddedAndDeletedAgainAndAgainTheOutputStaysACleanBuilds()
    {
        var site = TestSite.Parse(TwentyDispatches());
        using var live = Build(site);
        for (var i = 0; i < 6; i++)
        {
            var path = $"content/dispatches/extra-{i}.md";
            site.Files.Set(path, Dispatch($"Extra {i}", $"2024-05-{3 + (i * 4):00}", i % 2 == 0 ? "minsk" : "kyiv", "extra", $"Extra words {i}."));
            Assert.NotNull(Apply(site, live, path).Applied);
            AssertSameAsCleanBuild(site, live);
            if (i % 3 == 2)
            {
                site.Files.Remove($"content/dispatches/extra-{i - 1}.md");
                Assert.NotNull(Apply(site, live, $"content/dispatches/extra-{i - 1}.md").Applied);
                AssertSameAsCleanBuild(site, live);
            }
        }
    }

    [Fact]
    public void AnActorsFeedsComeWithItsFirstPublishedDispatchAndGoWithItsLast()
    {
        var site = TestSite.Parse(TwentyDispatches() + """
            -- content/actors/brest.md --
            ---
            name: Brest
            kind: place
            former_ids: [brest-litovsk]
            ---
            """);
        using var live = Build(site);
        string[] feeds = ["actors/brest/feed.xml", "actors/brest/rss.xml", "actors/brest/feed.json", "actors/brest-litovsk/feed.xml"];
        Assert.DoesNotContain(feeds[0], live.Files.Keys);

        // Added, then edited away and back, then deleted: the set of dispatches changes, then one dispatch's actors.
        site.Files.Set("content/dispatches/brest.md", Dispatch("From Brest", "2024-05-10", "brest", "odd", "Words from Brest."));
        var added = Apply(site, live, "content/dispatches/brest.md").Applied;
        Assert.NotNull(added);
        Assert.All(feeds, f => Assert.Contains(f, added.Value.Changed.Keys));
        AssertSameAsCleanBuild(site, live);

        site.Files.Set("content/dispatches/brest.md", Dispatch("From Brest", "2024-05-10", "minsk", "odd", "Words from Brest."));
        var untagged = live.TryApplyEdits(["content/dispatches/brest.md"], TestSite.Now);
        Assert.NotNull(untagged);
        Assert.All(feeds, f => Assert.Contains(f, untagged.Value.Removed));
        AssertSameAsCleanBuild(site, live);

        site.Files.Set("content/dispatches/brest.md", Dispatch("From Brest", "2024-05-10", "brest", "odd", "Words from Brest."));
        Assert.NotNull(live.TryApplyEdits(["content/dispatches/brest.md"], TestSite.Now));
        Assert.All(feeds, f => Assert.Contains(f, live.Files.Keys));
        AssertSameAsCleanBuild(site, live);

        site.Files.Remove("content/dispatches/brest.md");
        var deleted = Apply(site, live, "content/dispatches/brest.md").Applied;
        Assert.NotNull(deleted);
        Assert.All(feeds, f => Assert.Contains(f, deleted.Value.Removed));
        AssertSameAsCleanBuild(site, live);
    }

    [Fact]
    public void ALayoutThatShowsTheDispatchCountOnEveryPageIsBuiltInFull()
    {
        var site = TestSite.Parse(TwentyDispatches() + """
            -- layouts/partials/footer.sbn --
            <footer>{{ site.dispatch_count }} dispatches</footer>
            """);
        using var live = Build(site);

        site.Files.Set("content/dispatches/new.md", Dispatch("New", "2024-05-20", "kyiv", "extra", "New words."));

        // The about page shows the count too, and reads nothing else a new dispatch changes.
        Assert.Null(live.TryApplyEdits(["content/dispatches/new.md"], TestSite.Now));
    }

    [Theory]
    [InlineData("Dispatch 9", "2024-05-10", "/2024/05/10/dispatch-9/", "odd")]
    [InlineData("New", "2024-07-01", "/2024/07/01/", "odd")]
    [InlineData("New", "2024-07-01", "/2024/07/", "odd")]
    [InlineData("New", "2024-05-10", "/tags/fresh/", "fresh")]
    [InlineData("New", "2024-05-10", "/2024/05/10/new/", "odd")]
    public void ANewDispatchThatWantsATakenUrlIsLeftToTheFullBuild(string title, string date, string taken, string tag)
    {
        // Dispatch 9's own URL; or an alias of a page where the new dispatch, its day, month or new tag would have its page.
        var alias = taken.EndsWith("dispatch-9/", StringComparison.Ordinal) ? "/elsewhere/" : taken;
        var site = TestSite.Parse(TwentyDispatches() + $"-- content/pages/taken.md --\n---\ntitle: Taken\naliases: [\"{alias}\"]\n---\nA page that holds a URL.\n");
        using var live = Build(site);

        site.Files.Set("content/dispatches/new.md", Dispatch(title, date, "kyiv", tag, "Words."));

        Assert.Null(live.TryApplyEdits(["content/dispatches/new.md"], TestSite.Now));
        var result = Site.Build(site.Files, new MemoryOutput(), Options);
        Assert.Contains(result.Diagnostics, d => d.Code == Diagnostics.DiagnosticCodes.DuplicateUrl && d.Message.Contains(taken, StringComparison.Ordinal));
    }

    [Fact]
    public void ADispatchDeletedAndWrittenAgainTakesItsUrlsBack()
    {
        // The newest dispatch, alone on its day and month, with the only dispatch of its tag and an alias.
        var text = Dispatch("Dispatch 19", "2024-06-20", "kyiv", "lonely", "Words.").Replace("---\nWords", "aliases: [/old/d19/]\n---\nWords", StringComparison.Ordinal);
        var site = TestSite.Parse(TwentyDispatches() + "-- content/dispatches/last.md --\n" + text);
        using var live = Build(site);

        site.Files.Remove("content/dispatches/last.md");
        Assert.NotNull(Apply(site, live, "content/dispatches/last.md").Applied);
        AssertSameAsCleanBuild(site, live);
        site.Files.Set("content/dispatches/last.md", text);
        Assert.NotNull(Apply(site, live, "content/dispatches/last.md").Applied);
        AssertSameAsCleanBuild(site, live);
    }

    /// <summary>
    /// Applies the change to <paramref name="path"/>, checking that each path handed out first is, from then on, as a
    /// clean build writes it (bytes, or no file) and stays so to the end; returns those paths.
    /// </summary>
    private static ((BuildResult Result, IReadOnlyDictionary<string, byte[]> Changed, IReadOnlyList<string> Removed)? Applied, IReadOnlySet<string> First) Apply(
        TestSite site, LiveSite live, string path)
    {
        var clean = new MemoryOutput();
        Assert.True(Site.Build(site.Files, clean, Options).Succeeded);
        IReadOnlySet<string> first = new HashSet<string>();
        var applied = live.TryApplyEdits([path], TestSite.Now, (files, final) =>
        {
            first = final;
            foreach (var file in final)
            {
                Assert.Equal(clean.Files.GetValueOrDefault(file), files.GetValueOrDefault(file));
            }
        });

        Assert.NotEmpty(first);
        foreach (var file in first)
        {
            Assert.Equal(clean.Files.GetValueOrDefault(file), live.Files.GetValueOrDefault(file));
        }

        return (applied, first);
    }

    private static LiveSite Build(TestSite site)
    {
        var (result, live, _) = LiveSite.Build(site.Files, Options);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return live!;
    }

    private static void AssertSameAsCleanBuild(TestSite site, LiveSite live)
    {
        var clean = new MemoryOutput();
        var result = Site.Build(site.Files, clean, Options);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var missing = clean.Files.Keys.Except(live.Files.Keys).Order(StringComparer.Ordinal).ToList();
        var extra = live.Files.Keys.Except(clean.Files.Keys).Order(StringComparer.Ordinal).ToList();
        var different = clean.Files.Keys.Intersect(live.Files.Keys).Where(k => !clean.Files[k].AsSpan().SequenceEqual(live.Files[k])).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count + extra.Count + different.Count == 0,
            $"missing: {string.Join(", ", missing.Take(10))}\nextra: {string.Join(", ", extra.Take(10))}\ndifferent: {string.Join(", ", different.Take(10))}");
    }

    /// <summary>Twenty dispatches a day apart in May 2024, naming Minsk or Kyiv and tagged by their parity, three to a page.</summary>
    private static string TwentyDispatches()
    {
        var text = new StringBuilder("""
            -- site.yml --
            title: Set
            base_url: https://example.org/
            per_page: 3
            actor_per_page: 4
            related: 2
            -- content/actors/minsk.md --
            ---
            name: Minsk
            kind: place
            ---
            -- content/actors/kyiv.md --
            ---
            name: Kyiv
            kind: place
            ---
            -- content/pages/about.md --
            ---
            title: About
            ---
            About this site.

            """);
        for (var i = 0; i < 20; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"-- content/dispatches/d{i}.md --\n")
                .Append(Dispatch($"Dispatch {i}", $"2024-05-{1 + i:00}", i == 0 ? "kyiv" : i % 2 == 0 ? "minsk" : "kyiv", i == 0 ? "oldest" : i % 2 == 0 ? "even" : "odd", $"Words of dispatch {i}."));
        }

        return text.ToString();
    }

    private static string Dispatch(string title, string date, string actor, string tag, string body) =>
        $"---\ntitle: \"{title}\"\ndate: {date}\nactors: [{actor}]\ntags: [{tag}]\n---\n{body}\n";
}
