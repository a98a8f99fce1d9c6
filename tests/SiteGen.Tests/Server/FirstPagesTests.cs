using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using SiteGen.Configuration;
using SiteGen.Server;
using SiteGen.Server.Hosting;
using SiteGen.Server.Rebuilding;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Server;

/// <summary>
/// A new dispatch's page and the front page are served while the preview still renders the pages the new dispatch
/// moves; a request for one of those waits for them rather than getting the page as it was.
/// </summary>
public sealed class FirstPagesTests
{
    private const string NewDispatch = "content/dispatches/new.md";

    [Fact]
    public async Task TheNewPageIsServedFirstAndAMovedPageWaitsForTheRest()
    {
        using var folder = SiteFolder.Create(Site());
        using var resume = new ManualResetEventSlim();
        var early = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var session = await StartAsync(folder, resume, early);
        using var client = new HttpClient { BaseAddress = session.Root };
        var pageTwoBefore = await client.GetStringAsync("page/2/");

        folder.Write(NewDispatch, Dispatch("Brand new", "2024-06-01", "Fresh words."));
        var rebuilt = session.RebuildAsync([NewDispatch]);
        await early.Task.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Contains("Fresh words.", await client.GetStringAsync("2024/06/01/brand-new/"), StringComparison.Ordinal);
        Assert.Contains("Brand new", await client.GetStringAsync(string.Empty), StringComparison.Ordinal);
        var pageTwo = client.GetStringAsync("page/2/");
        await Task.Delay(300);
        Assert.False(pageTwo.IsCompleted, "a page the new dispatch moves was answered before it was rendered again");

        resume.Set();
        var report = await rebuilt;
        Assert.True(report.Served && report.Partial, string.Join('\n', report.Result.Diagnostics));
        Assert.True(report.FirstServedTimestamp < report.ServedTimestamp);
        var clean = CleanBuild(folder);
        Assert.Equal(Encoding.UTF8.GetString(clean["page/2/index.html"]), await pageTwo);
        Assert.NotEqual(pageTwoBefore, await pageTwo);
        Assert.Null(session.State.Snapshot!.Final);
    }

    [Fact]
    public async Task ADeletedPageIsGoneFirstAndTheRestFollows()
    {
        using var folder = SiteFolder.Create(Site());
        using var resume = new ManualResetEventSlim();
        var early = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var session = await StartAsync(folder, resume, early);
        using var client = new HttpClient { BaseAddress = session.Root };

        File.Delete(folder.FullPath("content/dispatches/d6.md"));
        var rebuilt = session.RebuildAsync(["content/dispatches/d6.md"]);
        await early.Task.WaitAsync(TimeSpan.FromSeconds(60));

        using (var gone = await client.GetAsync("2024/05/07/dispatch-6/"))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        Assert.DoesNotContain("Dispatch 6", await client.GetStringAsync(string.Empty), StringComparison.Ordinal);
        resume.Set();
        await rebuilt;
        var clean = CleanBuild(folder);
        foreach (var (path, bytes) in clean)
        {
            Assert.True(session.State.Snapshot!.Files.TryGetValue(path, out var served) && served.AsSpan().SequenceEqual(bytes), $"{path} is not as a clean build writes it");
        }
    }

    private static Dictionary<string, byte[]> CleanBuild(SiteFolder folder)
    {
        var (result, live, _) = SiteGen.Incremental.LiveSite.Build(new SiteGen.IO.PhysicalFileSource(folder.Site), new BuildOptions { Now = TestSite.Now, LiveReload = true });
        using (live)
        {
            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
            return live!.Files.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        }
    }

    private static Task<PreviewSession> StartAsync(SiteFolder folder, ManualResetEventSlim resume, TaskCompletionSource early)
    {
        var clock = new FakeTimeProvider(TestSite.Now);
        var settings = new PreviewSettings(folder.Site, new BuildOptions()) { Port = 0, Watch = false, Clock = clock };
        var rebuilder = new IncrementalSiteRebuilder(folder.Site, settings.BuildOptions, clock);
        return PreviewSession.StartAsync(settings, new PausingRebuilder(rebuilder, resume, early), CancellationToken.None);
    }

    /// <summary>Seven dispatches a day apart in May 2024, three to a page.</summary>
    private static string Site()
    {
        var text = new StringBuilder("""
            -- site.yml --
            title: First pages
            base_url: https://example.org/
            per_page: 3
            -- content/actors/minsk.md --
            ---
            name: Minsk
            kind: place
            ---

            """);
        for (var i = 0; i < 7; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"-- content/dispatches/d{i}.md --\n").Append(Dispatch($"Dispatch {i}", $"2024-05-{1 + i:00}", $"Minsk, day {i}."));
        }

        return text.ToString();
    }

    private static string Dispatch(string title, string date, string body) => $"---\ntitle: {title}\ndate: {date}\nactors: [minsk]\n---\n{body}\n";

    /// <summary>Holds a rebuild once it has handed out its first pages, until the test lets it go on.</summary>
    private sealed class PausingRebuilder(IncrementalSiteRebuilder inner, ManualResetEventSlim resume, TaskCompletionSource early) : ISiteRebuilder, IDisposable
    {
        public RebuildOutcome Rebuild(IReadOnlyCollection<string> changedPaths, Action<SiteSnapshot>? publishEarly = null) =>
            inner.Rebuild(changedPaths, publishEarly is null ? null : snapshot =>
            {
                publishEarly(snapshot);
                early.TrySetResult();
                Assert.True(resume.Wait(TimeSpan.FromSeconds(60)), "the test never let the rebuild go on");
            });

        public void Dispose() => inner.Dispose();
    }
}
