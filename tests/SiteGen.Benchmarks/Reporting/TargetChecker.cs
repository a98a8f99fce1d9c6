namespace SiteGen.Benchmarks.Reporting;

/// <summary>Holds a session's figures against issue 8's targets and issue 3's feature budget.</summary>
public static class TargetChecker
{
    private const double HugoRatio = 0.7;
    private const double NothingChangedShare = 0.25;
    private const double ScaleFactor = 11;
    private const long PeakLimit = 3_000_000_000;
    private const long ArchiveLimit = 1_000_000_000;
    private const double StartupLimitMs = 150;
    private const double FeatureBudget = 0.20;

    public static IReadOnlyList<Target> Check(SessionResult session)
    {
        var byCount = session.Counts.ToDictionary(c => c.Count);
        var targets = new List<Target>();

        const string hugoGoal = "10,000 dispatches: SiteGen cold ≤ 0.7 × Hugo (hugo-site)";
        if (byCount.TryGetValue(10_000, out var ten) && ten.Hugo("hugo-site") is { } hugo10)
        {
            var ratio = ten.Sitegen.Seconds.Median / hugo10.Seconds.Median;
            targets.Add(Target.Check(hugoGoal, $"{Units.Ratio(ratio)} ({Units.Seconds(ten.Sitegen.Seconds.Median)} / {Units.Seconds(hugo10.Seconds.Median)})", ratio <= HugoRatio));
        }
        else
        {
            var other = session.Counts.Where(c => c.Hugo("hugo-site") is not null)
                .Select(c => $"{Units.Number(c.Count)}: {Units.Ratio(c.Sitegen.Seconds.Median / c.Hugo("hugo-site")!.Seconds.Median)}");
            targets.Add(Target.Missing(hugoGoal, "no 10,000 run with hugo-site" + (other.Any() ? $" (ratio at {string.Join(", ", other)})" : "")));
        }

        foreach (var count in session.Counts)
        {
            var goal = $"{Units.Number(count.Count)}: rebuild with nothing changed < 25% of cold";
            var share = NothingChangedRatio(count);
            targets.Add(count.NothingChangedDetected
                ? Target.Check(goal, Units.Percent(share), share < NothingChangedShare)
                : new Target(goal, $"{Units.Percent(share)}, but SiteGen did not report 'Nothing changed'", "not met"));
        }

        const string scaleGoal = "100,000 ≤ 11 × the 10,000 time";
        if (byCount.TryGetValue(10_000, out var small) && byCount.TryGetValue(100_000, out var large))
        {
            var factor = large.Sitegen.Seconds.Median / small.Sitegen.Seconds.Median;
            targets.Add(Target.Check(scaleGoal, $"{Units.Ratio(factor)} ×", factor <= ScaleFactor));
        }
        else
        {
            targets.Add(Target.Missing(scaleGoal, "needs --counts with 10000 and 100000"));
        }

        const string peakGoal = "100,000: peak memory < 3 GB";
        if (byCount.TryGetValue(100_000, out var hundred) && hundred.Sitegen.PeakRssBytes is { } peak)
        {
            targets.Add(Target.Check(peakGoal, Units.Bytes(peak), peak < PeakLimit));
        }
        else
        {
            var largest = session.Counts.MaxBy(c => c.Count);
            targets.Add(Target.Missing(peakGoal, largest is null ? "no runs" : $"largest size run: {Units.Number(largest.Count)}, peak {Units.Bytes(largest.Sitegen.PeakRssBytes)}"));
        }

        targets.Add(ArchiveSize(session, byCount));

        const string startupGoal = "`sitegen --version` start-up < 150 ms";
        if (session.Startup.Count > 0 && session.Startup[0] is { Milliseconds.IsEmpty: false } startup)
        {
            targets.Add(Target.Check(startupGoal, $"{Units.Milliseconds(startup.Milliseconds.Median)} ({startup.Command})", startup.Milliseconds.Median < StartupLimitMs));
        }
        else
        {
            targets.Add(Target.Missing(startupGoal, "--startup-runs 0"));
        }

        var featureCount = byCount.GetValueOrDefault(10_000) ?? session.Counts.MaxBy(c => c.Count);
        const string featureGoal = "linking, related dispatches and actor pages add ≤ 20% (issue 3)";
        if (featureCount is not null)
        {
            var cost = FeatureCost.Of(featureCount);
            targets.Add(new Target(featureGoal, $"{Units.Percent(cost.Added)} at {Units.Number(featureCount.Count)}" + (cost.FromSwitch ? "" : " (from stage times, lower bound)"),
                cost.Added <= FeatureBudget ? (cost.FromSwitch ? "met" : "met (lower bound)") : "not met"));
        }

        return targets;
    }

    public static double NothingChangedRatio(CountResult count) =>
        new Sample(count.NothingChanged.Select(r => r.Wall.TotalSeconds)).Median / count.Sitegen.Seconds.Median;

    private static Target ArchiveSize(SessionResult session, Dictionary<int, CountResult> byCount)
    {
        const string goal = "50,000-dispatch archive: output < 1 GB";
        if (byCount.TryGetValue(50_000, out var fifty))
        {
            return Target.Check(goal, $"{Units.Bytes(fifty.Sitegen.OutputBytes)} ({Units.Number(fifty.Sitegen.OutputBytes / 50_000.0)} bytes per dispatch)", fifty.Sitegen.OutputBytes < ArchiveLimit);
        }

        // Each size has fixed output (actor pages, feeds, assets) besides its pages: with two sizes, project along
        // the line through the two largest rather than in proportion to one.
        var measured = session.Counts.Where(c => c.Sitegen.OutputBytes > 0).OrderByDescending(c => c.Count).Take(2).ToList();
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
        return new Target(goal,
            $"projected {Units.Bytes(projected)} from {basis}",
            projected < ArchiveLimit ? "met (projected)" : "not met (projected)");
    }
}
