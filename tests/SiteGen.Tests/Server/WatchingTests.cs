using Microsoft.Extensions.Time.Testing;
using SiteGen.Server.Watching;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Server;

public sealed class WatchingTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData("site.yml", true)]
    [InlineData("content/dispatches/2022/a.md", true)]
    [InlineData("layouts/partials/head.sbn", true)]
    [InlineData("themes/mine/assets/site.css", true)]
    [InlineData("static/images/a.png", true)]
    [InlineData("static/.well-known/security.txt", true)]
    [InlineData("static/.gitkeep", false)]
    [InlineData("_site/index.html", false)]
    [InlineData("_site", false)]
    [InlineData("_site.staging/index.html", false)]
    [InlineData("_site.old/index.html", false)]
    [InlineData(".sitegen/build.lock", false)]
    [InlineData(".git/index", false)]
    [InlineData("content/dispatches/.a.md.swp", false)]
    [InlineData("content/dispatches/a.md~", false)]
    [InlineData("content/dispatches/4913", false)]
    [InlineData("content/dispatches/#a.md#", false)]
    [InlineData("content/dispatches/a.md___jb_tmp___", false)]
    [InlineData("content/dispatches/a.md___jb_old___", false)]
    [InlineData("content/dispatches/.goutputstream-X1Y2Z3", false)]
    [InlineData("serve.log", false)]
    [InlineData("nohup.out", false)]
    [InlineData("_sitex/index.html", true)]
    public void OnlySourcesMatter(string path, bool matters)
    {
        Assert.Equal(matters, new WatchFilter("_site").Matters(path));
    }

    [Fact]
    public void AMovedOutputFolderIsIgnoredInstead()
    {
        var filter = new WatchFilter("./public/") { OutputFolder = "build/out" };

        Assert.False(filter.Matters("build/out/index.html"));
        Assert.True(filter.Matters("public/index.html"));
    }

    [Fact]
    public void ABurstOfEventsBecomesOneBatchOfDistinctPaths()
    {
        var clock = new FakeTimeProvider(TestSite.Now);
        var batches = new List<IReadOnlyCollection<string>>();
        using var debouncer = new ChangeDebouncer(TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(10), batches.Add, clock: clock);

        for (var i = 0; i < 100; i++)
        {
            debouncer.Add(i % 2 == 0 ? "a.md" : "b.md");
            clock.Advance(TimeSpan.FromMilliseconds(2));
        }

        clock.Advance(TimeSpan.FromMilliseconds(297));
        Assert.Empty(batches);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        clock.Advance(TimeSpan.FromSeconds(20));
        Assert.Single(batches);
        Assert.Equal(["a.md", "b.md"], batches.Single().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void LostEventsAskForEverything()
    {
        var clock = new FakeTimeProvider(TestSite.Now);
        var batches = new List<IReadOnlyCollection<string>>();
        using var debouncer = new ChangeDebouncer(TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(10), batches.Add, clock: clock);

        debouncer.Add("a.md");
        debouncer.AddEverything();
        clock.Advance(TimeSpan.FromMilliseconds(50));

        Assert.Empty(batches.Single());
    }

    [Fact]
    public void AnEndlessStreamOfEventsStillFlushesAtTheMaximumDelay()
    {
        var clock = new FakeTimeProvider(TestSite.Now);
        var batches = new List<IReadOnlyCollection<string>>();
        using var debouncer = new ChangeDebouncer(TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(400), batches.Add, clock: clock);

        var waited = TimeSpan.Zero;
        while (batches.Count == 0 && waited < TimeSpan.FromSeconds(2))
        {
            debouncer.Add("a.md");
            clock.Advance(TimeSpan.FromMilliseconds(20));
            waited += TimeSpan.FromMilliseconds(20);
        }

        Assert.Equal(TimeSpan.FromMilliseconds(400), waited);
    }

    [Fact]
    public async Task SavingAFileRebuildsAndServesIt()
    {
        await using var preview = await RunningPreview.StartAsync(ServerSites.Briefings, watch: true);
        const string path = "content/dispatches/2022/first.md";

        preview.Folder.Write(path, preview.Folder.Read(path).Replace("Belarus says nothing.", "Belarus says it was watched.", StringComparison.Ordinal));

        await Waiting.UntilAsync(async () => (await preview.Client.GetStringAsync("/briefings/2022/05/15/first-dispatch/")).Contains("it was watched", StringComparison.Ordinal), Patience, "serving the saved text");
    }

    [Fact]
    public async Task WritingTheOutputFolderRebuildsNothing()
    {
        await using var preview = await RunningPreview.StartAsync(ServerSites.Briefings, watch: true);
        var reports = System.Threading.Channels.Channel.CreateUnbounded<SiteGen.Server.Rebuilding.RebuildReport>();
        preview.Session.Rebuilt += report => reports.Writer.TryWrite(report);
        const string source = "content/dispatches/2022/first.md";

        preview.Folder.Write("_site/index.html", "not a source");
        preview.Folder.Write(".sitegen/cache", "not a source");
        // A source saved after them: the watcher reports events in order, so the first rebuild that follows shows
        // whether the output's writes were taken for changes.
        preview.Folder.Write(source, preview.Folder.Read(source) + "\nA line.\n");

        var report = await reports.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal([source], report.ChangedPaths);
    }

    [Fact]
    public async Task DeletingAndRenamingFilesIsSeen()
    {
        await using var preview = await RunningPreview.StartAsync(ServerSites.Briefings, watch: true);

        File.Move(preview.Folder.FullPath("content/dispatches/2022/first.md"), preview.Folder.FullPath("content/dispatches/2022/moved.md"));
        File.Delete(preview.Folder.FullPath("content/dispatches/2022/second.md"));
        Directory.Move(preview.Folder.FullPath("content/dispatches/2022"), preview.Folder.FullPath("content/dispatches/old"));

        await Waiting.UntilAsync(async () => (await preview.Client.GetAsync("/briefings/2022/05/16/second-dispatch/")).StatusCode == System.Net.HttpStatusCode.NotFound, Patience, "the deleted dispatch going away");
        await Waiting.UntilAsync(() => ServedEqualsCleanBuild(preview), Patience, "serving what a clean build writes");
        Assert.True(preview.Session.State.Snapshot!.Files.ContainsKey("2022/05/15/first-dispatch/index.html"));
    }

    [Fact]
    public async Task ASaveCaughtHalfDoneIsWaitedForAndTakesTheFastPath()
    {
        await using var preview = await RunningPreview.StartAsync(ServerSites.Briefings, watch: true);
        var reports = System.Threading.Channels.Channel.CreateUnbounded<SiteGen.Server.Rebuilding.RebuildReport>();
        preview.Session.Rebuilt += report => reports.Writer.TryWrite(report);
        const string path = "content/dispatches/2022/first.md";
        var text = preview.Folder.Read(path);

        // A slow safe write: the original moved aside, and the new file written only after several debounce periods.
        File.Move(preview.Folder.FullPath(path), preview.Folder.FullPath(path + "___jb_old___"));
        await Task.Delay(TimeSpan.FromMilliseconds(400));
        preview.Folder.Write(path, text.Replace("Belarus says nothing.", "Belarus says it waited.", StringComparison.Ordinal));
        File.Delete(preview.Folder.FullPath(path + "___jb_old___"));

        var report = await reports.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal([path], report.ChangedPaths);
        Assert.True(report.Served && report.Partial, "the half-done save was built as a deletion instead of waited for");
        Assert.Contains("it waited", await preview.Client.GetStringAsync("/briefings/2022/05/15/first-dispatch/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APartialSavedWhileTheLayoutIsBrokenShowsOnceTheLayoutIsFixed()
    {
        await using var preview = await RunningPreview.StartAsync(ServerSites.Briefings, watch: true);
        const string footer = "layouts/partials/footer.sbn";
        const string layout = "layouts/baseof.sbn";
        var baseof = System.Text.Encoding.UTF8.GetString(SiteGen.IO.EmbeddedThemeSource.Instance.ReadAllBytes("layouts/baseof.sbn"));
        preview.Folder.Write(footer, "<footer>Footer one</footer>\n");
        await Waiting.UntilAsync(async () => (await preview.Client.GetStringAsync("/briefings/")).Contains("Footer one", StringComparison.Ordinal), Patience, "the site's own footer");

        preview.Folder.Write(layout, baseof + "{{ if }}\n");
        await Waiting.UntilAsync(() => preview.Session.State.Current.ErrorText is not null, Patience, "the broken layout's error");
        preview.Folder.Write(footer, "<footer>Footer two</footer>\n");
        Assert.False(preview.Session.Watches(footer), "the failed build read the footer: this test no longer saves a file it never read");

        // Saved apart, so that the footer's save is not folded into the rebuild of the fix.
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        preview.Folder.Write(layout, baseof);

        await Waiting.UntilAsync(async () => (await preview.Client.GetStringAsync("/briefings/")).Contains("Footer two", StringComparison.Ordinal), Patience, "the footer saved while the layout was broken");
        Assert.Null(preview.Session.State.Current.ErrorText);
        Assert.True(ServedEqualsCleanBuild(preview));
    }

    [Fact]
    public void AFileThatStaysGoneIsBuiltAsDeletedAfterTheMaximumDelay()
    {
        var clock = new FakeTimeProvider(TestSite.Now);
        var batches = new List<IReadOnlyCollection<string>>();
        using var debouncer = new ChangeDebouncer(TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(500), batches.Add, _ => true, clock);

        debouncer.Add("a.md");

        clock.Advance(TimeSpan.FromMilliseconds(499));
        Assert.Empty(batches);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(["a.md"], batches.Single());
    }

    private static bool ServedEqualsCleanBuild(RunningPreview preview)
    {
        var output = new SiteGen.IO.MemoryOutput();
        SiteGen.Site.Build(new SiteGen.IO.PhysicalFileSource(preview.Folder.Site), output, preview.Options with { LiveReload = true });
        var served = preview.Session.State.Snapshot!.Files;
        return served.Count == output.Files.Count && output.Files.All(f => served.TryGetValue(f.Key, out var bytes) && bytes.AsSpan().SequenceEqual(f.Value));
    }
}
