using SiteGen.Benchmarks.Measuring;
using SiteGen.Benchmarks.Tools;

namespace SiteGen.Benchmarks.Reporting;

/// <summary>Everything measured at one corpus size.</summary>
/// <param name="Count">Dispatches in the corpus.</param>
/// <param name="Tools">The cold builds of each contestant, SiteGen first.</param>
/// <param name="NothingChanged">SiteGen run again straight after each of its cold builds, output and cache kept.</param>
/// <param name="NothingChangedDetected">Whether every one of those runs reported the output current.</param>
/// <param name="Stages">The stage times of each SiteGen cold build.</param>
public sealed record CountResult(
    int Count,
    IReadOnlyList<ToolResult> Tools,
    IReadOnlyList<Measurement> NothingChanged,
    bool NothingChangedDetected,
    IReadOnlyList<IReadOnlyList<KeyValuePair<string, double>>> Stages)
{
    public ToolResult Sitegen => Tools.First(t => t.Kind == ToolKind.Sitegen);

    public ToolResult? Hugo(string variant) =>
        Tools.FirstOrDefault(t => t.Kind == ToolKind.Hugo && t.Name.EndsWith($"({variant})", StringComparison.Ordinal));

    public ToolResult? WithoutActors => Tools.FirstOrDefault(t => t.Kind == ToolKind.SitegenWithoutActors);

    /// <summary>The median of a stage over the cold builds, in milliseconds (0 for a stage never printed).</summary>
    public double StageMedian(string stage) =>
        new Sample(Stages.Select(run => run.FirstOrDefault(s => s.Key == stage).Value)).Median;

    /// <summary>The stages in the order the build printed them.</summary>
    public IReadOnlyList<string> StageNames => Stages.SelectMany(run => run.Select(s => s.Key)).Distinct(StringComparer.Ordinal).ToList();
}
