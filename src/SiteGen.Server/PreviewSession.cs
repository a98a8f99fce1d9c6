using SiteGen.IO;
using SiteGen.Server.Hosting;
using SiteGen.Server.LiveReload;
using SiteGen.Server.Rebuilding;
using SiteGen.Server.Watching;

namespace SiteGen.Server;

/// <summary>
/// A running preview: build, serve from memory, watch, rebuild, reload. Starting it returns once the server is
/// listening and has a site to answer with: the first build's (good or not), or, while that build loads, the output of
/// the last <c>sitegen build</c> when its record says it is current (<see cref="LastBuildSnapshot"/>).
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    private readonly PreviewHost _host;
    private readonly RebuildLoop _loop;
    private readonly SiteWatcher? _watcher;
    private readonly DueDateTimer _dueTimer;
    private readonly WatchFilter _filter;

    private PreviewSession(PreviewHost host, RebuildLoop loop, SiteWatcher? watcher, WatchFilter filter, DueDateTimer dueTimer, PreviewState state, ReloadBroadcaster broadcaster, Task<RebuildReport> loaded, bool startedOnDisk)
    {
        _host = host;
        _loop = loop;
        _watcher = watcher;
        _filter = filter;
        _dueTimer = dueTimer;
        State = state;
        Broadcaster = broadcaster;
        Loaded = loaded;
        StartedOnDisk = startedOnDisk;
    }

    public PreviewState State { get; }

    public ReloadBroadcaster Broadcaster { get; }

    /// <summary>The first build, once it is applied (served, or its errors shown).</summary>
    public Task<RebuildReport> Loaded { get; }

    /// <summary>The first build; the session has it at start unless it started on the last build's output (<see cref="StartedOnDisk"/>).</summary>
    public RebuildReport FirstBuild => Loaded.IsCompleted
        ? Loaded.GetAwaiter().GetResult()
        : throw new InvalidOperationException("the first build is still loading: await Loaded");

    /// <summary>Whether the session started by serving the last build's output from disk while its own build loads.</summary>
    public bool StartedOnDisk { get; }

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
        KeepThreadsForRequests();
        var state = new PreviewState();
        var broadcaster = new ReloadBroadcaster();
        var filter = new WatchFilter(settings.BuildOptions.OutputDirectory ?? "_site");
        var loop = new RebuildLoop(rebuilder, state, broadcaster, new PhysicalFileSource(settings.SiteDirectory));
        PreviewSession? session = null;
        var dueTimer = new DueDateTimer(settings.Clock, () => _ = loop.RebuildAsync([]));
        loop.Built += outcome =>
        {
            filter.OutputFolder = outcome.OutputFolder;
            filter.Inputs = outcome.Inputs;
        };
        loop.Rebuilt += (report, outcome) =>
        {
            if (outcome.Succeeded)
            {
                dueTimer.Set(outcome.NextDue);
            }

            // The first build is reported through Loaded, which completes once this has run.
            if (session is { Loaded.IsCompleted: true })
            {
                session.Rebuilt?.Invoke(report);
            }
        };

        // Watch before the first build, so that an edit made while it runs is not missed.
        SiteWatcher? watcher = null;
        Task<PreviewHost>? listening = null;
        try
        {
            if (settings.Watch)
            {
                watcher = new SiteWatcher(settings.SiteDirectory, filter, settings.Debounce, paths => _ = loop.RebuildAsync(paths));
            }

            // The server starts while the last build's record is compared with the site: each takes a moment.
            listening = Task.Run(() => PreviewHost.StartAsync(settings.Address, settings.Port, state, broadcaster, cancel), cancel);
            var onDisk = settings.ServeLastBuild
                ? await Task.Run(() => LastBuildSnapshot.TryOpen(settings.SiteDirectory, settings.BuildOptions with { Now = settings.Clock.GetUtcNow() }), cancel)
                : null;
            Task<RebuildReport> loaded;
            if (onDisk is not null)
            {
                // Answer from disk at once; the first build replaces it when it is done and reloads the pages.
                state.Publish(onDisk);
                await listening;
                loaded = loop.RebuildAsync([]);
            }
            else
            {
                loaded = loop.RebuildAsync([]);
                await listening;
                await loaded.WaitAsync(cancel);
            }

            session = new PreviewSession(await listening, loop, watcher, filter, dueTimer, state, broadcaster, loaded, onDisk is not null);
            return session;
        }
        catch
        {
            watcher?.Dispose();
            dueTimer.Dispose();
            if (listening is not null)
            {
                await StopAsync(listening);
            }

            await loop.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops a server that was starting when the session failed to start, whether it started or not.</summary>
    private static async Task StopAsync(Task<PreviewHost> starting)
    {
        PreviewHost host;
        try
        {
            host = await starting;
        }
        catch
        {
            return;
        }

        await host.DisposeAsync();
    }

    /// <summary>
    /// Whether a change to <paramref name="sitePath"/> starts a rebuild: the last build read it or would read it. After
    /// a failed build, a file it never reached does not (the build that follows the fix reads it).
    /// </summary>
    internal bool Watches(string sitePath) => _filter.Matters(sitePath);

    /// <summary>Rebuilds after the given site paths changed, as the watcher does; the task ends once the result is served.</summary>
    public Task<RebuildReport> RebuildAsync(IReadOnlyCollection<string> changedPaths) => _loop.RebuildAsync(changedPaths);

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        _dueTimer.Dispose();
        await _host.DisposeAsync();
        await _loop.DisposeAsync();
    }

    /// <summary>
    /// Lets the thread pool start a thread at once for a request while a rebuild renders on every core: the new page is
    /// served before the rest renders, and a request queued behind the render's work waited for the pool to grow,
    /// about 50 ms at 10,000 dispatches.
    /// </summary>
    private static void KeepThreadsForRequests()
    {
        ThreadPool.GetMinThreads(out var workers, out var completions);
        ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount + 4), completions);
    }
}
