using SiteGen.Benchmarks.Tools;

namespace SiteGen.Benchmarks.Tests.Tools;

public class StageTimingsTests
{
    [Fact]
    public void StageLinesAreReadInOrderAndAStagePrintedTwiceIsSummed()
    {
        const string stdout = "Built 3 pages in 0.4 s\n  load content   120 ms\n  relate   12.5 ms\r\n  load content   30 ms\nnot a stage 5 ms\n";

        var stages = StageTimings.Parse(stdout);

        Assert.Equal([new KeyValuePair<string, double>("load content", 150.0), new KeyValuePair<string, double>("relate", 12.5)], stages);
    }
}
