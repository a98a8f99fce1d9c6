using System.Collections.Concurrent;
using SiteGen.Server.Watching;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Server;

public sealed class WatchingTests
{
    [Theory]
    [InlineData("site.yml", true)]
    [InlineData("content/dispatches/2022/a.md", true)]
    [InlineData("layouts/partials/head.sbn", true)]
    [InlineData("themes/mine/assets/site.css", true)]
    [InlineData("static/images/a.png", true)]
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
    public async Task ABurstOfEventsBecomesOneBatchOfDistinctPaths()
    {
        var batches = new ConcurrentQueue<IReadOnlyCollection<string>>();
        using var debouncer = new ChangeDebouncer(TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(10), batches.Enqueue);

        for (var i = 0; i < 100; i++)
        {
            debouncer.Add(i % 2 == 0 ? "a.md" : "b.md");
        }

        await WaitUntilAsync(() => !batches.IsEmpty);
        await Task.Delay(600);
        Assert.Single(batches);
        Assert.Equal(["a.md", "b.md"], batches.Single().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task LostEventsAskForEverything()
    {
        var batches = new ConcurrentQueue<IReadOnlyCollection<string>>();
        using var debouncer = new ChangeDebouncer(TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(10), batches.Enqueue);

        debouncer.Add("a.md");
        debouncer.AddEverything();

        await WaitUntilAsync(() => !batches.IsEmpty);
        Assert.Empty(batches.Single());
    }

    [Fact]
    public async Task AnEndlessStreamOfEventsStillFlushesAtTheMaximumDelay()
    {
        var batches = new ConcurrentQueue<IReadOnlyCollection<string>>();
        using var debouncer = new ChangeDebouncer(TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(400), batches.Enqueue);

        var until = DateTime.UtcNow.AddSeconds(2);
        while (DateTime.UtcNow < until && batches.IsEmpty)
        {
            debouncer.Add("a.md");
            await Task.Delay(20);
        }

        Assert.NotEmpty(batches);
    }

    [Fact]
    public async Task SavingAFileRebuildsAndServesIt()
    {
        await using var preview = await RunningPreview.StartAsync(ServerSites.Briefings, watch: true);
        const string path = "content/dispatches/2022/first.md";

        preview.Folder.Write(path, preview.Folder.Read(path).Replace("Belarus says nothing.", "Belarus says it was watched.", StringComparison.Ordinal));

        await WaitUntilAsync(async () => (await preview.Client.GetStringAsync("/briefings/2022/05/15/first-dispatch/")).Contains("it was watched", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WritingTheOutputFolderRebuildsNothing()
    {
        await using var preview = await RunningPreview.StartAsync(ServerSites.Briefings, watch: true);
        var rebuilds = 0;
        preview.Session.Rebuilt += _ => Interlocked.Increment(ref rebuilds);

        preview.Folder.Write("_site/index.html", "not a source");
        preview.Folder.Write(".sitegen/cache", "not a source");
        await Task.Delay(1000);

        Assert.Equal(0, rebuilds);
    }

    [Fact]
    public async Task DeletingAndRenamingFilesIsSeen()
    {
        await using var preview = await RunningPreview.StartAsync(ServerSites.Briefings, watch: true);

        File.Move(preview.Folder.FullPath("content/dispatches/2022/first.md"), preview.Folder.FullPath("content/dispatches/2022/moved.md"));
        File.Delete(preview.Folder.FullPath("content/dispatches/2022/second.md"));
        Directory.Move(preview.Folder.FullPath("content/dispatches/2022"), preview.Folder.FullPath("content/dispatches/old"));

        await WaitUntilAsync(async () => (await preview.Client.GetAsync("/briefings/2022/05/16/second-dispatch/")).StatusCode == System.Net.HttpStatusCode.NotFound);
        await WaitUntilAsync(() => ServedEqualsCleanBuild(preview));
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
    public async Task AFileThatStaysGoneIsBuiltAsDeletedAfterTheMaximumDelay()
    {
        var batches = new ConcurrentQueue<IReadOnlyCollection<string>>();
        using var debouncer = new ChangeDebouncer(TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(500), batches.Enqueue, _ => true);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        debouncer.Add("a.md");

        await WaitUntilAsync(() => !batches.IsEmpty);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(450), $"flushed after {clock.ElapsedMilliseconds} ms, before the maximum delay");
        Assert.Equal(["a.md"], batches.Single());
    }

    private static bool ServedEqualsCleanBuild(RunningPreview preview)
    {
        var output = new SiteGen.IO.MemoryOutput();
        SiteGen.Site.Build(new SiteGen.IO.PhysicalFileSource(preview.Folder.Site), output, preview.Options with { LiveReload = true });
        var served = preview.Session.State.Snapshot!.Files;
        return served.Count == output.Files.Count && output.Files.All(f => served.TryGetValue(f.Key, out var bytes) && bytes.AsSpan().SequenceEqual(f.Value));
    }

    private static Task WaitUntilAsync(Func<bool> condition) => WaitUntilAsync(() => Task.FromResult(condition()));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, "the condition did not become true within 20 s");
            await Task.Delay(25);
        }
    }
}
