using System.Diagnostics;

namespace SiteGen.Testing;

/// <summary>Waits for a condition that another thread or process makes true, looking again every few milliseconds.</summary>
/// <remarks>For what has no event to wait on (a file another process writes, a count on a server); the timeout only bounds a failure.</remarks>
public static class Waiting
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(25);

    public static Task UntilAsync(Func<bool> condition, TimeSpan timeout, string what) =>
        UntilAsync(() => Task.FromResult(condition()), timeout, what);

    /// <summary>Returns once <paramref name="condition"/> holds; fails the test saying <paramref name="what"/> did not happen in time.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < timeout, $"{what} did not happen within {timeout.TotalSeconds} s");
            await Task.Delay(Interval);
        }
    }
}
