using System.Diagnostics;
using System.Threading.Channels;
using SiteGen.IO;
using SiteGen.Server.Hosting;
using SiteGen.Server.LiveReload;

namespace SiteGen.Server.Rebuilding;

/// <summary>
/// Runs rebuilds one at a time, folding every change that arrives during a rebuild into the next one, and applies
/// each outcome: a good build is swapped in and pages reload; a failed one keeps the last good site and shows why.
/// </summary>
internal sealed class RebuildLoop : IAsyncDisposable
{
    private const int ReadAttempts = 4;
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(100);
    private static readonly BuildResult FailedRead = new([], false, 0, 0, 0, [], TimeSpan.Zero);

    private readonly ISiteRebuilder _rebuilder;
    private readonly PreviewState _state;
    private readonly ReloadBroadcaster _broadcaster;
    private readonly IFileSource _source;
    private readonly Channel<Request> _requests = Channel.CreateUnbounded<Request>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _worker;

    public RebuildLoop(ISiteRebuilder rebuilder, PreviewState state, ReloadBroadcaster broadcaster, IFileSource source)
    {
        _rebuilder = rebuilder;
        _state = state;
        _broadcaster = broadcaster;
        _source = source;
        _worker = Task.Run(RunAsync);
    }

    /// <summary>Raised after each rebuild, before its site or error is shown (off the caller's thread).</summary>
    public event Action<RebuildOutcome>? Built;

    /// <summary>Raised after each rebuild has been applied (off the caller's thread).</summary>
    public event Action<RebuildReport, RebuildOutcome>? Rebuilt;

    /// <summary>Queues a rebuild for these changed paths; the task ends once a rebuild that saw them has been applied.</summary>
    public Task<RebuildReport> RebuildAsync(IReadOnlyCollection<string> changedPaths)
    {
        if (changedPaths.Count > 0)
        {
            // The last build's output on disk was current when the preview started; after a change it may not be.
            _state.WithdrawOnDisk();
        }

        var request = new Request(changedPaths, new TaskCompletionSource<RebuildReport>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_requests.Writer.TryWrite(request))
        {
            request.Done.SetException(new ObjectDisposedException(nameof(RebuildLoop)));
        }

        return request.Done.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _requests.Writer.TryComplete();
        await _worker.ConfigureAwait(false);

        // The loop is the rebuilder's only user; once it stops, what the rebuilder keeps live can go.
        (_rebuilder as IDisposable)?.Dispose();
    }

    private async Task RunAsync()
    {
        while (await _requests.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            var batch = new List<Request>();
            while (_requests.Reader.TryRead(out var request))
            {
                batch.Add(request);
            }

            // One empty set (unknown) makes the whole batch unknown.
            IReadOnlyCollection<string> paths = batch.Exists(r => r.Paths.Count == 0)
                ? []
                : batch.SelectMany(r => r.Paths).ToHashSet(StringComparer.Ordinal);
            try
            {
                var report = RebuildOnce(paths);
                batch.ForEach(r => r.Done.TrySetResult(report));
            }
            catch (Exception ex)
            {
                batch.ForEach(r => r.Done.TrySetException(ex));
            }
        }
    }

    private RebuildReport RebuildOnce(IReadOnlyCollection<string> paths)
    {
        var clock = Stopwatch.StartNew();
        var previous = _state.Snapshot;
        var wasBroken = previous is null || previous.OnDisk || _state.ErrorText is not null;
        var settled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        long firstServedAt = 0;
        void PublishEarly(SiteSnapshot early)
        {
            _state.Publish(early with { Settled = settled.Task });
            firstServedAt = Stopwatch.GetTimestamp();
            _broadcaster.Broadcast(ServerEvent.Reload);
        }

        try
        {
            var outcome = TryRebuild(paths, PublishEarly);
            if (outcome is null)
            {
                RestoreAfterEarly(previous, firstServedAt);
                return new RebuildReport(paths, FailedRead, false, clock.Elapsed);
            }

            // What watches the site learns what this build read before anyone sees its result and saves again.
            Built?.Invoke(outcome);
            RebuildReport report;
            if (outcome.Succeeded)
            {
                _state.Publish(outcome.Snapshot!);
                var servedAt = Stopwatch.GetTimestamp();
                var servable = clock.Elapsed;
                var changedFiles = outcome.Snapshot!.CountChangedFiles(previous);
                report = new RebuildReport(paths, outcome.Result, true, servable)
                {
                    ChangedFiles = changedFiles,
                    ServedTimestamp = servedAt,
                    FirstServedTimestamp = firstServedAt == 0 ? servedAt : firstServedAt,
                    Partial = outcome.Partial,
                };

                // Pages asked for since the early snapshot were either final in it or waited for this one.
                if ((changedFiles > 0 || wasBroken) && (firstServedAt == 0 || !outcome.Partial))
                {
                    _broadcaster.Broadcast(ServerEvent.Reload);
                }
            }
            else
            {
                RestoreAfterEarly(previous, firstServedAt);
                var text = ErrorOverlay.Text(outcome.Result.Diagnostics, _source);
                _state.Fail(text);
                report = new RebuildReport(paths, outcome.Result, false, clock.Elapsed);
                _broadcaster.Broadcast(ServerEvent.Overlay(text));
            }

            Rebuilt?.Invoke(report, outcome);
            return report;
        }
        finally
        {
            settled.TrySetResult();
        }
    }

    /// <summary>After a failed rebuild, shows the last good site again rather than the part it handed out early.</summary>
    private void RestoreAfterEarly(SiteSnapshot? previous, long firstServedAt)
    {
        if (firstServedAt != 0 && previous is not null)
        {
            _state.Publish(previous);
        }
    }

    /// <summary>
    /// Runs the rebuilder; a file that vanished or was locked mid-read (an editor saving through a temporary file)
    /// is retried a moment later instead of being shown as an error.
    /// </summary>
    private RebuildOutcome? TryRebuild(IReadOnlyCollection<string> paths, Action<SiteSnapshot> publishEarly)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return _rebuilder.Rebuild(paths, publishEarly);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException && attempt < ReadAttempts)
            {
                Thread.Sleep(RetryDelay);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                var text = $"Reading the site failed: {ex.Message}\nThe page shows the last good build; save the file again to retry.";
                _state.Fail(text);
                _broadcaster.Broadcast(ServerEvent.Overlay(text));
                return null;
            }
        }
    }

    private sealed record Request(IReadOnlyCollection<string> Paths, TaskCompletionSource<RebuildReport> Done);
}
