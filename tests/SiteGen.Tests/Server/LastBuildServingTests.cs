using System.Net;
using Microsoft.Extensions.Time.Testing;
using SiteGen.Configuration;
using SiteGen.Server;
using SiteGen.Server.Rebuilding;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Server;

/// <summary>
/// The preview answers at once from the last <c>sitegen build</c>'s output while its own build loads, with the bytes it
/// serves once loaded, and only while that output is current.
/// </summary>
public sealed class LastBuildServingTests
{
    private const string Page = "/briefings/2022/05/15/first-dispatch/";
    private const string Dispatch = "content/dispatches/2022/first.md";

    private const string Site = """
        -- site.yml --
        title: Briefings
        base_url: https://example.org/briefings/
        -- content/actors/belarus.md --
        ---
        name: Belarus
        kind: state
        ---
        A state.
        -- content/dispatches/2022/first.md --
        ---
        title: First dispatch
        date: 2022-05-15
        actors: [belarus]
        aliases: [/2022/05/15/old-first/]
        ---
        Belarus says nothing.
        -- content/pages/about.md --
        ---
        title: About
        ---
        About us.
        -- static/hello.html --
        <!doctype html><html><body><p>A static page.</p></body></html>
        -- static/notes/readme.txt --
        plain text
        """;

    [Fact]
    public async Task AnswersFromTheLastBuildWithTheBytesItServesOnceLoaded()
    {
        using var folder = BuiltSite();
        using var gate = new ManualResetEventSlim();
        await using var session = await StartAsync(folder, gate);
        using var client = Client(session);

        Assert.True(session.StartedOnDisk);
        Assert.False(session.Loaded.IsCompleted);
        using (var response = await client.GetAsync(Page))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("new EventSource(\"/briefings/__sitegen/events\")", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var fromDisk = session.State.Snapshot!.Files.ToDictionary(f => f.Key, f => f.Value);
        using var events = session.Broadcaster.Subscribe();
        gate.Set();
        var first = await session.Loaded;

        Assert.True(first.Served, string.Join('\n', first.Result.Diagnostics));
        var loaded = session.State.Snapshot!;
        Assert.False(loaded.OnDisk);
        Assert.Equal(loaded.Files.Keys.Order(StringComparer.Ordinal), fromDisk.Keys.Order(StringComparer.Ordinal));
        Assert.All(loaded.Files, file => Assert.True(file.Value.AsSpan().SequenceEqual(fromDisk[file.Key]), $"{file.Key} differs from the output on disk as served"));
        Assert.True(events.Reader.TryRead(out var reload), "the pages served from disk were not told to reload");
        Assert.Equal("reload", reload.Name);
    }

    [Fact]
    public async Task AnEditSinceTheLastBuildWaitsForTheBuild()
    {
        using var folder = BuiltSite();
        folder.Write(Dispatch, folder.Read(Dispatch).Replace("says nothing", "says something", StringComparison.Ordinal));

        await using var session = await StartAsync(folder, gate: null);
        using var client = Client(session);

        Assert.False(session.StartedOnDisk);
        Assert.Contains("says something", await client.GetStringAsync(Page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOutputFileAlteredByHandIsNotServed()
    {
        using var folder = BuiltSite();
        File.WriteAllText(folder.FullPath("_site/index.html"), "altered");

        await using var session = await StartAsync(folder, gate: null);

        Assert.False(session.StartedOnDisk);
    }

    [Fact]
    public async Task AnEditWhileTheBuildLoadsStopsTheOutputOnDiskBeingServed()
    {
        using var folder = BuiltSite();
        using var gate = new ManualResetEventSlim();
        await using var session = await StartAsync(folder, gate);
        using var client = Client(session);
        Assert.True(session.StartedOnDisk);

        folder.Write(Dispatch, folder.Read(Dispatch).Replace("says nothing", "says something", StringComparison.Ordinal));
        var rebuilt = session.RebuildAsync([Dispatch]);
        using (var waiting = await client.GetAsync(Page))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, waiting.StatusCode);
        }

        gate.Set();
        await rebuilt;
        Assert.Contains("says something", await client.GetStringAsync(Page), StringComparison.Ordinal);
    }

    private static SiteFolder BuiltSite()
    {
        var folder = SiteFolder.Create(Site);
        var built = SiteGen.Site.BuildFolder(folder.Site, new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        return folder;
    }

    private static Task<PreviewSession> StartAsync(SiteFolder folder, ManualResetEventSlim? gate)
    {
        var clock = new FakeTimeProvider(TestSite.Now);
        var settings = new PreviewSettings(folder.Site, new BuildOptions()) { Port = 0, Watch = false, Clock = clock };
        var rebuilder = new IncrementalSiteRebuilder(folder.Site, settings.BuildOptions, clock);
        return PreviewSession.StartAsync(settings, gate is null ? rebuilder : new GatedRebuilder(rebuilder, gate), CancellationToken.None);
    }

    private static HttpClient Client(PreviewSession session) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = session.Root };

    /// <summary>Holds every rebuild until the test opens the gate, so that the test sees the preview while it loads.</summary>
    private sealed class GatedRebuilder(IncrementalSiteRebuilder inner, ManualResetEventSlim gate) : ISiteRebuilder, IDisposable
    {
        public RebuildOutcome Rebuild(IReadOnlyCollection<string> changedPaths, Action<SiteGen.Server.Hosting.SiteSnapshot>? publishEarly = null)
        {
            Assert.True(gate.Wait(TimeSpan.FromSeconds(30)), "the test never opened the gate");
            return inner.Rebuild(changedPaths, publishEarly);
        }

        public void Dispose() => inner.Dispose();
    }
}
