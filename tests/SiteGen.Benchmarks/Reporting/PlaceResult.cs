using SiteGen.Benchmarks.Places;

namespace SiteGen.Benchmarks.Reporting;

/// <summary>Everything measured in one place (on disk or in memory), size by size.</summary>
public sealed record PlaceResult(BenchPlace Place, IReadOnlyList<CountResult> Counts);
