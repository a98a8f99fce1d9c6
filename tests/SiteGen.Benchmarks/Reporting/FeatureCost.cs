using SiteGen.Benchmarks.Tools;

namespace SiteGen.Benchmarks.Reporting;

/// <summary>
/// What linking, related dispatches and actor pages add to a cold build (issue 3: at most 20%), measured
/// against builds of the corpus with its actors taken out (<c>--features-off</c>), otherwise from the stage times
/// of the full builds.
/// </summary>
/// <param name="Added">The full build's time over the build without those features, minus one.</param>
/// <param name="FromSwitch">Whether builds without the features were timed, rather than estimated from stage times.</param>
/// <param name="Explanation">How it was measured, with the figures, for the report.</param>
public sealed record FeatureCost(double Added, bool FromSwitch, string Explanation)
{
    public static FeatureCost Of(CountResult result)
    {
        var full = result.Sitegen.Seconds.Median;
        if (result.WithoutActors is { } without)
        {
            var bare = without.Seconds.Median;
            return new FeatureCost(full / bare - 1, true,
                $"cold build {Units.Seconds(full)} with them, {Units.Seconds(bare)} on the corpus without actors (medians)");
        }

        var stages = StageTimings.ActorFeatureStages.Where(s => result.StageNames.Contains(s)).ToList();
        var featureMs = stages.Sum(result.StageMedian);
        var totalMs = full * 1000;
        var parts = string.Join(" + ", stages.Select(s => $"{s} {Units.Milliseconds(result.StageMedian(s))}"));
        return new FeatureCost(featureMs / (totalMs - featureMs), false,
            $"from the stage times of `--timings`: {parts} = {Units.Milliseconds(featureMs)}, " +
            $"{Units.Percent(featureMs / totalMs)} of the {Units.Seconds(full)} cold build; " +
            "a lower bound, since mentions are linked inside 'render dispatches' and per-actor feeds inside 'feeds', which are not timed apart");
    }
}
