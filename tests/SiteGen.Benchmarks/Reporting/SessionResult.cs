namespace SiteGen.Benchmarks.Reporting;

/// <summary>A whole session: the machine, how it measured, and the results per place and size.</summary>
public sealed record SessionResult(
    MachineFacts Machine,
    BenchSettings Settings,
    string Method,
    string CorpusNote,
    IReadOnlyList<string> Notes,
    IReadOnlyList<StartupResult> Startup,
    IReadOnlyList<PlaceResult> Places);
