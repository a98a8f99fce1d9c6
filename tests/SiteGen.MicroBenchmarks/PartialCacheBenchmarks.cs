using BenchmarkDotNet.Attributes;
using Scriban.Runtime;
using SiteGen.Rendering;

namespace SiteGen.MicroBenchmarks;

/// <summary>
/// <c>include_cached</c> lookups as the default theme makes them: each of 10,000 pages asks for the cards of five
/// dispatches near it in time, keyed by the card model, the heading level and compactness.
/// </summary>
[MemoryDiagnoser]
public class PartialCacheBenchmarks
{
    private const int Pages = 10_000;

    private readonly object[] _cards = [.. Enumerable.Range(0, Pages).Select(_ => new object())];
    private PartialCache _cache = new();
    private ScriptArray[] _calls = [];

    [GlobalSetup]
    public void Setup()
    {
        _cache = new PartialCache();
        var random = new Random(20220224);
        _calls = new ScriptArray[Pages * 5];
        for (var page = 0; page < Pages; page++)
        {
            for (var k = 0; k < 5; k++)
            {
                var near = Math.Clamp(page + random.Next(-20, 21), 0, Pages - 1);
                var call = new ScriptArray { "related-card.sbn", _cards[near], 3, k == 0 };
                _calls[(page * 5) + k] = call;
                _cache.Add(call, new PartialCache.Output("<article>card</article>", false));
            }
        }
    }

    [Benchmark]
    public int LookUpOneThread()
    {
        var found = 0;
        foreach (var call in _calls)
        {
            found += _cache.TryGet(call, out _) ? 1 : 0;
        }

        return found;
    }

    [Benchmark]
    public int LookUpTwoThreads()
    {
        var found = 0;
        Parallel.For(0, 2, half =>
        {
            var mine = 0;
            for (var i = half * (_calls.Length / 2); i < (half + 1) * (_calls.Length / 2); i++)
            {
                mine += _cache.TryGet(_calls[i], out _) ? 1 : 0;
            }

            Interlocked.Add(ref found, mine);
        });
        return found;
    }
}
