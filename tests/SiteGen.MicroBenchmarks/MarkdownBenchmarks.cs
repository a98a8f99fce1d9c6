using BenchmarkDotNet.Attributes;
using SiteGen.Markdown;
using SiteGen.Urls;

namespace SiteGen.MicroBenchmarks;

/// <summary>100 dispatch bodies rendered to HTML with their plain text, as the dispatch pass renders them.</summary>
[MemoryDiagnoser]
public class MarkdownBenchmarks
{
    private readonly MarkdownContext _context = new(new UrlBuilder(new Uri("https://example.org/")));
    private string[] _bodies = [];

    [GlobalSetup]
    public void Setup() => _bodies = [.. BenchSite.Dispatches(100).Select(file => BenchSite.Split(file).Body)];

    [Benchmark]
    public int Render()
    {
        var length = 0;
        foreach (var body in _bodies)
        {
            length += MarkdownRenderer.Render(body, _context).Html.Length;
        }

        return length;
    }
}
