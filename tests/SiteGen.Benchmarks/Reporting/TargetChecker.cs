using SiteGen.Benchmarks.Places;

namespace SiteGen.Benchmarks.Reporting;

/// <summary>Holds a session's figures against issue 21's targets (<see cref="IssueTargets"/>), place by place.</summary>
public static class TargetChecker
{
    /// <summary>The Hugo site the speed targets are measured against.</summary>
    public const string Yardstick = "hugo-site";

    private const double FeatureBudget = 0.20;
    private const long ArchiveLimit = 1_000_000_000;

    /// <summary>
    /// A place's rows: each size's cold build against Hugo and its nothing-changed rebuild, 100,000's peak memory,
    /// then a "not measured" row for each targeted size the session did not run.
    /// </summary>
    public static IReadOnlyList<TargetRow> PlaceRows(PlaceResult place)
    {
        var rows = new List<TargetRow>();
        var kind = place.Place.Kind;
        foreach (var count in place.Counts)
        {
            rows.Add(ColdRow(count, kind));
            rows.Add(NothingChangedRow(count));
            if (count.Count == IssueTargets.PeakCount)
            {
                rows.Add(PeakRow(count));
            }
        }

        foreach (var missing in IssueTargets.RatioCounts.Where(n => place.Counts.All(c => c.Count != n)))
        {
            var why = $"not run (--counts without {missing})";
            rows.Add(new TargetRow(ColdFigure(missing), why, "", "", RatioGoal(IssueTargets.HugoRatio(missing, kind)), Verdict.NotMeasured));
            if (missing == IssueTargets.NothingChangedCount)
            {
                rows.Add(new TargetRow(NothingChangedFigure(missing), why, "", "", NothingChangedGoal(missing), Verdict.NotMeasured));
            }

            if (missing == IssueTargets.PeakCount)
            {
                rows.Add(new TargetRow(PeakFigure(missing), why, "", "", PeakGoal, Verdict.NotMeasured));
            }
        }

        return rows;
    }

    public static TargetRow ColdRow(CountResult count, PlaceKind place)
    {
        var limit = IssueTargets.HugoRatio(count.Count, place);
        var sitegen = count.Sitegen.Seconds;
        if (count.Hugo(Yardstick) is not { } hugo)
        {
            return new TargetRow(ColdFigure(count.Count), MedianAndRange(sitegen), "not run", "", RatioGoal(limit),
                limit is null ? Verdict.None : Verdict.NotMeasured);
        }

        var ratio = sitegen.Median / hugo.Seconds.Median;
        var verdict = limit is not { } max ? Verdict.None : ratio <= max ? Verdict.Pass : Verdict.Miss;
        return new TargetRow(ColdFigure(count.Count), MedianAndRange(sitegen), MedianAndRange(hugo.Seconds),
            $"{Units.Ratio(ratio)} × Hugo", RatioGoal(limit), verdict);
    }

    public static TargetRow NothingChangedRow(CountResult count)
    {
        var again = new Sample(count.NothingChanged.Select(r => r.Wall.TotalSeconds));
        var share = NothingChangedRatio(count);
        var targeted = count.Count == IssueTargets.NothingChangedCount;
        var measured = $"{Units.Percent(share)} of cold" + (count.NothingChangedDetected ? "" : ", but SiteGen rebuilt: it did not report 'Nothing changed'");
        var verdict = !targeted ? Verdict.None
            : again.IsEmpty ? Verdict.NotMeasured
            : count.NothingChangedDetected && share <= IssueTargets.NothingChangedShare ? Verdict.Pass
            : Verdict.Miss;
        return new TargetRow(NothingChangedFigure(count.Count), MedianAndRange(again), "", measured, NothingChangedGoal(count.Count), verdict);
    }

    public static TargetRow PeakRow(CountResult count)
    {
        var peak = count.Sitegen.PeakRssBytes;
        var verdict = peak is null ? Verdict.NotMeasured : peak < IssueTargets.PeakBytes ? Verdict.Pass : Verdict.Miss;
        return new TargetRow(PeakFigure(count.Count), Units.Bytes(peak), Units.Bytes(count.Hugo(Yardstick)?.PeakRssBytes), Units.Bytes(peak), PeakGoal, verdict);
    }

    /// <summary>The start-up row: <c>sitegen --version</c>, median of the runs.</summary>
    public static TargetRow StartupRow(IReadOnlyList<StartupResult> startup)
    {
        var goal = $"< {Units.Milliseconds(IssueTargets.StartupMilliseconds)}";
        if (startup.Count == 0 || startup[0].Milliseconds.IsEmpty)
        {
            return new TargetRow("`sitegen --version`", "not run (--startup-runs 0)", "", "", goal, Verdict.NotMeasured);
        }

        var ms = startup[0].Milliseconds;
        return new TargetRow($"`{startup[0].Command}`", $"{Units.Milliseconds(ms.Median)} ({Units.Milliseconds(ms.Min)}–{Units.Milliseconds(ms.Max)})", "",
            Units.Milliseconds(ms.Median), goal, ms.Median < IssueTargets.StartupMilliseconds ? Verdict.Pass : Verdict.Miss);
    }

    /// <summary>The targets that do not depend on the place, read from the first place's sizes: output size and the actor features.</summary>
    public static IReadOnlyList<Target> Others(IReadOnlyList<CountResult> counts)
    {
        var targets = new List<Target> { ArchiveSize(counts) };
        var featureCount = counts.FirstOrDefault(c => c.Count == 10_000) ?? counts.MaxBy(c => c.Count);
        if (featureCount is not null)
        {
            var cost = FeatureCost.Of(featureCount);
            targets.Add(new Target("linking, related dispatches and actor pages add ≤ 20% (issue 3)",
                $"{Units.Percent(cost.Added)} at {Units.Number(featureCount.Count)}" + (cost.FromSwitch ? "" : " (from stage times, lower bound)"),
                cost.Added <= FeatureBudget ? (cost.FromSwitch ? "PASS" : "PASS (lower bound)") : "MISS"));
        }

        return targets;
    }

    public static double NothingChangedRatio(CountResult count) =>
        new Sample(count.NothingChanged.Select(r => r.Wall.TotalSeconds)).Median / count.Sitegen.Seconds.Median;

    private static string ColdFigure(int count) => $"{Units.Number(count)} {(count == 1 ? "dispatch" : "dispatches")}, cold build";

    private static string NothingChangedFigure(int count) => $"{Units.Number(count)}, nothing changed";

    private static string PeakFigure(int count) => $"{Units.Number(count)}, SiteGen's peak memory";

    private static string PeakGoal => $"< {Units.Bytes(IssueTargets.PeakBytes)}";

    private static string RatioGoal(double? limit) => limit is { } max ? $"≤ {Units.Ratio(max)} × Hugo" : "—";

    private static string NothingChangedGoal(int count) =>
        count == IssueTargets.NothingChangedCount ? $"≤ {Units.Percent(IssueTargets.NothingChangedShare)} of cold" : "—";

    private static string MedianAndRange(Sample sample) =>
        sample.IsEmpty ? "n/a" : $"{Units.Seconds(sample.Median)} ({Units.SecondsRange(sample)})";

    private static Target ArchiveSize(IReadOnlyList<CountResult> counts)
    {
        const string goal = "50,000-dispatch archive: output < 1 GB";
        if (counts.FirstOrDefault(c => c.Count == 50_000) is { } fifty)
        {
            return new Target(goal, $"{Units.Bytes(fifty.Sitegen.OutputBytes)} ({Units.Number(fifty.Sitegen.OutputBytes / 50_000.0)} bytes per dispatch)",
                fifty.Sitegen.OutputBytes < ArchiveLimit ? "PASS" : "MISS");
        }

        // Each size has fixed output (actor pages, feeds, assets) besides its pages: with two sizes, project along
        // the line through the two largest rather than in proportion to one.
        var measured = counts.Where(c => c.Sitegen.OutputBytes > 0).OrderByDescending(c => c.Count).Take(2).ToList();
        if (measured.Count == 0)
        {
            return Target.Missing(goal, "no output measured");
        }

        var large = measured[0];
        var perDispatch = measured.Count == 2
            ? (double)(large.Sitegen.OutputBytes - measured[1].Sitegen.OutputBytes) / (large.Count - measured[1].Count)
            : (double)large.Sitegen.OutputBytes / large.Count;
        var projected = (long)(large.Sitegen.OutputBytes + perDispatch * (50_000 - large.Count));
        var basis = measured.Count == 2
            ? $"{Units.Number(perDispatch)} bytes per added dispatch between {Units.Number(measured[1].Count)} and {Units.Number(large.Count)}"
            : $"{Units.Number(perDispatch)} bytes per dispatch at {Units.Number(large.Count)}";
        return new Target(goal, $"projected {Units.Bytes(projected)} from {basis}", projected < ArchiveLimit ? "PASS (projected)" : "MISS (projected)");
    }
}
