using System.Collections.Concurrent;
using System.Diagnostics;

namespace SiteGen.Diagnostics;

/// <summary>Wall time per build stage, for <c>sitegen build --timings</c> and the benchmarks.</summary>
public sealed class StageTimings
{
    private readonly ConcurrentQueue<(string Stage, TimeSpan Elapsed)> _entries = new();

    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Entries => _entries.ToList();

    public T Measure<T>(string stage, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        _entries.Enqueue((stage, clock.Elapsed));
        return result;
    }

    public void Measure(string stage, Action work)
    {
        var clock = Stopwatch.StartNew();
        work();
        _entries.Enqueue((stage, clock.Elapsed));
    }
}
