using SiteGen.Benchmarks.Measuring;
using SiteGen.Benchmarks.Tools;

namespace SiteGen.Benchmarks.Reporting;

/// <summary>The timed runs of one contestant at one size, and the output its last run left.</summary>
public sealed record ToolResult(string Name, ToolKind Kind, IReadOnlyList<Measurement> Runs, int OutputFiles, long OutputBytes)
{
    public Sample Seconds => new(Runs.Select(r => r.Wall.TotalSeconds));

    /// <summary>The highest peak of any run, null when peaks cannot be read here.</summary>
    public long? PeakRssBytes => Runs.Any(r => r.PeakRssBytes is null) ? null : Runs.Max(r => r.PeakRssBytes);
}
