using System.Net;
using Microsoft.Extensions.Time.Testing;
using SiteGen.IO;
using SiteGen.Server.Rebuilding;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Server;

/// <summary>A dispatch dated in the future appears in the preview when its time comes, without a save.</summary>
public sealed class ScheduledDispatchTests
{
    private const string Scheduled = """
        -- site.yml --
        title: Briefings
        base_url: https://example.org/briefings/
        -- content/dispatches/2026/today.md --
        ---
        title: Today
        date: 2026-11-01T09:00
        ---
        Out already.
        -- content/dispatches/2026/later.md --
        ---
        title: Later today
        date: 2026-11-01T14:00
        ---
        Out at two.
        -- content/dispatches/2026/tomorrow.md --
        ---
        title: Tomorrow
        date: 2026-11-02T08:30
        ---
        Out tomorrow.
        """;

    [Fact]
    public async Task AFutureDispatchIsServedWhenItFallsDueAndTheNextOneIsScheduled()
    {
        var clock = new FakeTimeProvider(TestSite.Now);
        await using var preview = await RunningPreview.StartAsync(Scheduled, clock: clock);
        var rebuilds = 0;
        preview.Session.Rebuilt += _ => Interlocked.Increment(ref rebuilds);

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(preview, "/briefings/2026/11/01/later-today/"));
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 14, 0, 0, TimeSpan.Zero), preview.Session.NextDue);

        // Still before two: the timer has not fired, so nothing was built.
        clock.Advance(TimeSpan.FromHours(1.5));
        Assert.Equal(0, rebuilds);

        var rebuilt = NextRebuild(preview);
        clock.Advance(TimeSpan.FromMinutes(30));
        var report = await rebuilt.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(report.Served);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(preview, "/briefings/2026/11/01/later-today/"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(preview, "/briefings/2026/11/02/tomorrow/"));
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 8, 30, 0, TimeSpan.Zero), preview.Session.NextDue);
        AssertServedEqualsACleanBuildAt(preview, clock.GetUtcNow());

        rebuilt = NextRebuild(preview);
        clock.Advance(TimeSpan.FromDays(1));
        await rebuilt.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(preview, "/briefings/2026/11/02/tomorrow/"));
        Assert.Null(preview.Session.NextDue);
        AssertServedEqualsACleanBuildAt(preview, clock.GetUtcNow());
    }

    private static Task<RebuildReport> NextRebuild(RunningPreview preview)
    {
        var next = new TaskCompletionSource<RebuildReport>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnRebuilt(RebuildReport report)
        {
            preview.Session.Rebuilt -= OnRebuilt;
            next.TrySetResult(report);
        }

        preview.Session.Rebuilt += OnRebuilt;
        return next.Task;
    }

    private static async Task<HttpStatusCode> StatusAsync(RunningPreview preview, string path)
    {
        using var response = await preview.Client.GetAsync(path);
        return response.StatusCode;
    }

    private static void AssertServedEqualsACleanBuildAt(RunningPreview preview, DateTimeOffset now)
    {
        var output = new MemoryOutput();
        Assert.True(Site.Build(new PhysicalFileSource(preview.Folder.Site), output, preview.Options with { LiveReload = true, Now = now }).Succeeded);
        ServedSiteAssert.SameFiles(output.Files, preview.Session.State.Snapshot!.Files, $"at {now:u}");
    }
}
