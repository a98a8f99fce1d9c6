using BenchmarkDotNet.Attributes;
using SiteGen.Text;
using SiteGen.Verification;

namespace SiteGen.MicroBenchmarks;

/// <summary>The link check's scan of 200 dispatch pages into one string pool, on one thread and on two.</summary>
[MemoryDiagnoser]
public class LinkScanBenchmarks
{
    private string[] _pages = [];

    [GlobalSetup]
    public void Setup() => _pages = BenchSite.Pages(200);

    [Benchmark]
    public int ScanOneThread()
    {
        var pool = new StringPool();
        var links = 0;
        foreach (var page in _pages)
        {
            links += HtmlLinkScanner.Scan(page, pool).Links.Count;
        }

        return links;
    }

    [Benchmark]
    public int ScanTwoThreads()
    {
        var pool = new StringPool();
        var links = 0;
        Parallel.For(0, _pages.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
            Interlocked.Add(ref links, HtmlLinkScanner.Scan(_pages[i], pool).Links.Count));
        return links;
    }
}
