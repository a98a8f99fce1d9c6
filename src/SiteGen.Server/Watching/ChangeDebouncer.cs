namespace SiteGen.Server.Watching;

/// <summary>
/// Gathers a burst of file events into one batch: it flushes once no event came for <c>quiet</c>, or once the
/// oldest waiting event is <c>maxDelay</c> old, so a never-ending stream of events still rebuilds now and then.
/// </summary>
/// <remarks>
/// Watchers fire several events for one save (truncate, write, attribute change; or write a temp file and rename
/// it), so rebuilding on each would rebuild three times for one edit, and mid-save. A batch holding a path that is
/// between the two halves of a save (moved aside or deleted, not yet written again) waits for it, up to
/// <c>maxDelay</c>: built then, it would be a deletion and a new file, two full builds instead of one edit.
/// </remarks>
internal sealed class ChangeDebouncer : IDisposable
{
    private readonly TimeSpan _quiet;
    private readonly TimeSpan _maxDelay;
    private readonly Action<IReadOnlyCollection<string>> _flush;
    private readonly Func<string, bool>? _midSave;
    private readonly TimeProvider _clock;
    private readonly ITimer _timer;
    private readonly Lock _lock = new();
    private HashSet<string> _pending = new(StringComparer.Ordinal);
    private bool _everything;
    private DateTimeOffset _oldest;

    /// <param name="quiet">How long no event must come before a batch is flushed.</param>
    /// <param name="maxDelay">How old the oldest waiting event may grow before the batch is flushed anyway.</param>
    /// <param name="flush">Receives each batch (empty: anything may have changed).</param>
    /// <param name="midSave">Whether a path looks half-saved (a source that is missing right now); null: never.</param>
    /// <param name="clock">Times the waits (default: the system's clock).</param>
    public ChangeDebouncer(TimeSpan quiet, TimeSpan maxDelay, Action<IReadOnlyCollection<string>> flush, Func<string, bool>? midSave = null, TimeProvider? clock = null)
    {
        _quiet = quiet;
        _maxDelay = maxDelay;
        _flush = flush;
        _midSave = midSave;
        _clock = clock ?? TimeProvider.System;
        _timer = _clock.CreateTimer(_ => Flush(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public void Add(string path)
    {
        lock (_lock)
        {
            if (_pending.Count == 0 && !_everything)
            {
                _oldest = _clock.GetUtcNow();
            }

            _pending.Add(path);
            Schedule();
        }
    }

    /// <summary>Records that events were lost (the watcher's buffer overflowed): the batch then says "anything may have changed".</summary>
    public void AddEverything()
    {
        lock (_lock)
        {
            if (_pending.Count == 0 && !_everything)
            {
                _oldest = _clock.GetUtcNow();
            }

            _everything = true;
            Schedule();
        }
    }

    public void Dispose() => _timer.Dispose();

    private void Schedule()
    {
        var left = _maxDelay - (_clock.GetUtcNow() - _oldest);
        var wait = left < _quiet ? left : _quiet;
        _timer.Change(wait < TimeSpan.Zero ? TimeSpan.Zero : wait, Timeout.InfiniteTimeSpan);
    }

    private void Flush()
    {
        IReadOnlyCollection<string> batch;
        lock (_lock)
        {
            if (_pending.Count == 0 && !_everything)
            {
                return;
            }

            if (!_everything && _midSave is not null && _clock.GetUtcNow() - _oldest < _maxDelay && _pending.Any(_midSave))
            {
                Schedule();
                return;
            }

            // An empty batch is the rebuilder's "unknown: assume anything changed".
            batch = _everything ? [] : _pending;
            _pending = new HashSet<string>(StringComparer.Ordinal);
            _everything = false;
        }

        _flush(batch);
    }
}
