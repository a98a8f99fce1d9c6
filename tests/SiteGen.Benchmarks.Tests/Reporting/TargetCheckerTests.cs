using SiteGen.Benchmarks.Places;
using SiteGen.Benchmarks.Reporting;

namespace SiteGen.Benchmarks.Tests.Reporting;

public class TargetCheckerTests
{
    [Theory]
    [InlineData(1, PlaceKind.Disk, 0.5)]
    [InlineData(1, PlaceKind.Memory, 0.5)]
    [InlineData(1_000, PlaceKind.Disk, 0.5)]
    [InlineData(10_000, PlaceKind.Memory, 0.5)]
    [InlineData(10_000, PlaceKind.Disk, 0.6)]
    [InlineData(100_000, PlaceKind.Memory, 0.45)]
    [InlineData(100_000, PlaceKind.Disk, 0.45)]
    public void SpeedTargetsAreTheIssuesRatiosToHugo(int count, PlaceKind place, double limit)
    {
        Assert.Equal(limit, IssueTargets.HugoRatio(count, place));
    }

    [Fact]
    public void SizeTheIssueNamesNoTargetForIsShownWithoutVerdict()
    {
        var row = TargetChecker.ColdRow(Results.Count(5_000, [3.0], [4.0]), PlaceKind.Disk);

        Assert.Equal(Verdict.None, row.Verdict);
        Assert.Equal("—", row.Goal);
        Assert.Equal("0.75 × Hugo", row.Measured);
    }

    [Theory]
    [InlineData(PlaceKind.Disk, 6.0, Verdict.Pass)]
    [InlineData(PlaceKind.Disk, 6.1, Verdict.Miss)]
    [InlineData(PlaceKind.Memory, 5.0, Verdict.Pass)]
    [InlineData(PlaceKind.Memory, 6.0, Verdict.Miss)]
    public void TenThousandOnDiskMayTakeLongerThanInMemory(PlaceKind place, double sitegen, Verdict expected)
    {
        var row = TargetChecker.ColdRow(Results.Count(10_000, [sitegen], [10.0]), place);

        Assert.Equal(expected, row.Verdict);
    }

    [Fact]
    public void RatioIsOfTheMediansSoOneSlowRunDoesNotDecideIt()
    {
        var row = TargetChecker.ColdRow(Results.Count(1_000, [1.0, 2.0, 9.0], [4.0, 4.0, 100.0]), PlaceKind.Memory);

        Assert.Equal("0.50 × Hugo", row.Measured);
        Assert.Equal(Verdict.Pass, row.Verdict);
        Assert.Equal("2.00 s (1.00–9.00 s)", row.Sitegen);
    }

    [Fact]
    public void WithoutHugoTheSpeedTargetIsNotMeasured()
    {
        var row = TargetChecker.ColdRow(Results.Count(1_000, [1.0], hugo: null), PlaceKind.Disk);

        Assert.Equal(Verdict.NotMeasured, row.Verdict);
        Assert.Equal("not measured", row.VerdictText);
    }

    [Theory]
    [InlineData(0.5, true, Verdict.Pass)]
    [InlineData(0.6, true, Verdict.Miss)]
    [InlineData(0.1, false, Verdict.Miss)]
    public void NothingChangedAtTenThousandIsAtMostATenthOfColdAndMustBeDetected(double again, bool detected, Verdict expected)
    {
        var row = TargetChecker.NothingChangedRow(Results.Count(10_000, [5.0], [10.0], [again], detected));

        Assert.Equal(expected, row.Verdict);
    }

    [Fact]
    public void NothingChangedAtOtherSizesHasNoTarget()
    {
        var row = TargetChecker.NothingChangedRow(Results.Count(1_000, [1.0], [2.0], [0.5]));

        Assert.Equal(Verdict.None, row.Verdict);
        Assert.Equal("50% of cold", row.Measured);
    }

    [Theory]
    [InlineData(2_400_000_000L, Verdict.Pass)]
    [InlineData(2_500_000_000L, Verdict.Miss)]
    public void PeakMemoryAtOneHundredThousandStaysUnderTwoAndAHalfGigabytes(long peak, Verdict expected)
    {
        var row = TargetChecker.PeakRow(Results.Count(100_000, [40.0], [100.0], sitegenPeak: peak));

        Assert.Equal(expected, row.Verdict);
    }

    [Fact]
    public void PeakMemoryThatCouldNotBeReadIsNotMeasured()
    {
        var row = TargetChecker.PeakRow(Results.Count(100_000, [40.0], [100.0], sitegenPeak: null));

        Assert.Equal(Verdict.NotMeasured, row.Verdict);
    }

    [Theory]
    [InlineData(19.0, Verdict.Pass)]
    [InlineData(20.0, Verdict.Miss)]
    public void VersionStartsInUnderTwentyMilliseconds(double ms, Verdict expected)
    {
        var row = TargetChecker.StartupRow([new StartupResult("sitegen --version", new Sample([ms, ms, 500]))]);

        Assert.Equal(expected, row.Verdict);
    }

    [Fact]
    public void TargetedSizesNotRunAreListedAsNotMeasured()
    {
        var rows = TargetChecker.PlaceRows(new PlaceResult(Results.Disk, [Results.Count(1, [0.2], [0.1]), Results.Count(1_000, [0.5], [1.0])]));

        var missing = rows.Where(r => r.Verdict == Verdict.NotMeasured).Select(r => r.Figure).ToList();
        Assert.Equal(
            ["10,000 dispatches, cold build", "10,000, nothing changed", "100,000 dispatches, cold build", "100,000, SiteGen's peak memory"],
            missing);
        Assert.Equal([Verdict.Miss, Verdict.None, Verdict.Pass, Verdict.None], rows.Take(4).Select(r => r.Verdict));
    }
}
