using SiteGen.IO;
using SiteGen.Server.Hosting;
using SiteGen.Server.LiveReload;
using SiteGen.Server.Rebuilding;
using SiteGen.Server.Watching;

namespace SiteGen.Server;

/// <summary>
/// A running preview: build, serve from memory, watch, rebuild, reload. Starting it returns once the
/// first build is done (good or not) and the server is listening.
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    private readonly PreviewHost _host;
    private readonly RebuildLoop _loop;
    private readonly SiteWatcher? _watcher;
    private readonly DueDateTimer _dueTimer;

    private PreviewSession(PreviewHost host, RebuildLoop loop, SiteWatcher? watcher, DueDateTimer dueTimer, PreviewState state, ReloadBroadcaster broadcaster, RebuildReport first)
    {
        _host = host;
        _loop = loop;
        _watcher = watcher;
        _dueTimer = dueTimer;
        State = state;
        Broadcaster = broadcaster;
        FirstBuild = first;
    }

    public PreviewState State { get; }

    public ReloadBroadcaster Broadcaster { get; }

    public RebuildReport FirstBuild { get; }

    /// <summary>When the preview builds again by itself because a dispatch dated in the future falls due; null when none is.</summary>
    public DateTimeOffset? NextDue => _dueTimer.Due;

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:4000/</c>.</summary>
    public Uri Root => _host.Root;

    /// <summary>Where the site is: the root plus base_url's sub-path, e.g. <c>http://127.0.0.1:4000/briefings/</c>.</summary>
    public Uri SiteUrl => new(Root, State.Snapshot?.BasePath ?? "/");

    /// <summary>Raised after every rebuild that follows the first (which is <see cref="FirstBuild"/>).</summary>
    public event Action<RebuildReport>? Rebuilt;

    public static Task<PreviewSession> StartAsync(PreviewSettings settings, CancellationToken cancel) =>
        StartAsync(settings, new IncrementalSiteRebuilder(settings.SiteDirectory, settings.BuildOptions, settings.Clock), cancel);

    public static async Task<PreviewSession> StartAsync(PreviewSettings settings, ISiteRebuilder rebuilder, CancellationToken cancel)
    {
        var state = new PreviewState();
        var broadcaster = new ReloadBroadcaster();
        var filter = new WatchFilter(settings.BuildOptions.OutputDirectory ?? "_site");
        var loop = new RebuildLoop(rebuilder, state, broadcaster, new PhysicalFileSource(settings.SiteDirectory));
        PreviewSession? session = null;
        var dueTimer = new DueDateTimer(settings.Clock, () => _ = loop.RebuildAsync([]));
        loop.Rebuilt += (report, outcome) =>
        {
            filter.OutputFolder = outcome.OutputFolder;
            filter.Inputs = outcome.Inputs;
            if (outcome.Succeeded)
            {
                dueTimer.Set(outcome.NextDue);
            }

            session?.Rebuilt?.Invoke(report);
        };

        // Watch before the first build, so that an edit made while it runs is not missed.
        SiteWatcher? watcher = null;
        PreviewHost? host = null;
        try
        {
            if (settings.Watch)
            {
                watcher = new SiteWatcher(settings.SiteDirectory, filter, settings.Debounce, paths => _ = loop.RebuildAsync(paths));
            }

            var first = await loop.RebuildAsync([]).WaitAsync(cancel);
            host = await PreviewHost.StartAsync(settings.Address, settings.Port, state, broadcaster, cancel);
            session = new PreviewSession(host, loop, watcher, dueTimer, state, broadcaster, first);
            return session;
        }
        catch
        {
            watcher?.Dispose();
            dueTimer.Dispose();
            if (host is not null)
            {
                await host.DisposeAsync();
            }

            await loop.DisposeAsync();
            throw;
        }
    }

    /// <summary>Rebuilds after the given site paths changed, as the watcher does; the task ends once the result is served.</summary>
    public Task<RebuildReport> RebuildAsync(IReadOnlyCollection<string> changedPaths) => _loop.RebuildAsync(changedPaths);

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        _dueTimer.Dispose();
        await _host.DisposeAsync();
        await _loop.DisposeAsync();
    }
}
