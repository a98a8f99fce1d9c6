using BenchmarkDotNet.Attributes;
using SiteGen.Diagnostics;
using SiteGen.Yaml;

namespace SiteGen.MicroBenchmarks;

/// <summary>The front matter of 1,000 dispatches read into YAML nodes, as the content loader reads them.</summary>
[MemoryDiagnoser]
public class FrontMatterBenchmarks
{
    private string[] _frontMatters = [];

    [GlobalSetup]
    public void Setup() => _frontMatters = [.. BenchSite.Dispatches(1000).Select(file => BenchSite.Split(file).FrontMatter)];

    [Benchmark]
    public int ParseMapping()
    {
        var entries = 0;
        var diagnostics = new DiagnosticBag();
        foreach (var yaml in _frontMatters)
        {
            var reader = new YamlReader("content/a.md", 1, diagnostics, DiagnosticCodes.InvalidField);
            entries += reader.ParseMapping(yaml, DiagnosticCodes.FrontMatterSyntax)?.Children.Count ?? 0;
        }

        return entries;
    }
}
