namespace SiteGen.Benchmarks.Tests.Tools;

public class RoundOrderTests
{
    [Theory]
    [InlineData(0, "abcd")]
    [InlineData(1, "bcda")]
    [InlineData(3, "dabc")]
    [InlineData(4, "abcd")]
    public void EachRoundStartsOneContestantLaterSoEachRunsFirstInTurn(int round, string expected)
    {
        Assert.Equal(expected, string.Concat(BenchmarkSession.RoundOrder(['a', 'b', 'c', 'd'], round)));
    }
}
