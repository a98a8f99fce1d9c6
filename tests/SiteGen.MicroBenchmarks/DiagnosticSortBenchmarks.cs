using BenchmarkDotNet.Attributes;
using SiteGen.Diagnostics;

namespace SiteGen.MicroBenchmarks;

/// <summary>
/// The sort at the end of a build: 21,211 warnings (the untagged mentions of the 10,000-dispatch corpus), about two
/// per file, added in the order two threads would add them.
/// </summary>
[MemoryDiagnoser]
public class DiagnosticSortBenchmarks
{
    private Diagnostic[] _warnings = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20220224);
        _warnings = [.. Enumerable.Range(0, 21_211)
            .Select(i => new Diagnostic(
                DiagnosticSeverity.Warning,
                "SG0304",
                $"'Actor {i % 300}' names the actor 'actor-{i % 300}', which this dispatch does not tag; add it to 'actors:' to link it",
                new SourceLocation($"content/dispatches/{2017 + (i % 10)}/dispatch-{i / 2:D5}.md", random.Next(20, 40), random.Next(1, 400))))
            .OrderBy(_ => random.Next())];
    }

    [Benchmark]
    public int SortedList()
    {
        var bag = new DiagnosticBag();
        bag.AddRange(_warnings);
        return bag.ToSortedList().Count;
    }
}
