namespace SiteGen.Server.Rebuilding;

/// <summary>
/// Asks for a rebuild when the next dispatch left out for its future date falls due, so that the preview shows it
/// then without a save. Each rebuild tells it the next due time again.
/// </summary>
internal sealed class DueDateTimer(TimeProvider clock, Action rebuild) : IDisposable
{
    // A timer takes at most about 49 days; a later date is looked at again after this long.
    private static readonly TimeSpan Longest = TimeSpan.FromDays(7);

    private readonly Lock _lock = new();
    private ITimer? _timer;
    private DateTimeOffset? _due;
    private bool _disposed;

    /// <summary>When the next rebuild is due (null: none is).</summary>
    public DateTimeOffset? Due
    {
        get
        {
            lock (_lock)
            {
                return _due;
            }
        }
    }

    /// <summary>Sets the time of the next rebuild (null: none), replacing the one set before.</summary>
    public void Set(DateTimeOffset? due)
    {
        lock (_lock)
        {
            if (_disposed || (due == _due && _timer is not null))
            {
                return;
            }

            _timer?.Dispose();
            _timer = null;
            _due = due;
            if (due is not null)
            {
                Arm(due.Value);
            }
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _timer?.Dispose();
            _timer = null;
        }
    }

    private void Arm(DateTimeOffset due)
    {
        var wait = due - clock.GetUtcNow();
        wait = wait < TimeSpan.Zero ? TimeSpan.Zero : wait > Longest ? Longest : wait;
        _timer = clock.CreateTimer(_ => Fire(due), null, wait, Timeout.InfiniteTimeSpan);
    }

    private void Fire(DateTimeOffset due)
    {
        lock (_lock)
        {
            if (_disposed || _due != due)
            {
                return;
            }

            _timer?.Dispose();
            _timer = null;
            if (clock.GetUtcNow() < due)
            {
                Arm(due);
                return;
            }
        }

        // The rebuild this starts reports the next due time, which sets the timer again.
        rebuild();
    }
}
