using SiteGen.Benchmarks.Places;

namespace SiteGen.Benchmarks.Tests;

public class BenchCommandTests
{
    [Fact]
    public void CountsAreWholeNumbersSeparatedByCommasEachOnce()
    {
        Assert.Equal([1, 1_000, 10_000], BenchCommand.ParseCounts("1, 1_000,10000,1000"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1000,ten")]
    [InlineData("1.5")]
    public void CountsThatAreNotPositiveWholeNumbersAreRefused(string text)
    {
        Assert.Null(BenchCommand.ParseCounts(text));
    }

    [Theory]
    [InlineData("disk,memory", new[] { PlaceKind.Disk, PlaceKind.Memory })]
    [InlineData("Memory", new[] { PlaceKind.Memory })]
    [InlineData("memory, disk, memory", new[] { PlaceKind.Memory, PlaceKind.Disk })]
    public void PlacesAreDiskOrMemoryInTheOrderGiven(string text, PlaceKind[] expected)
    {
        Assert.Equal(expected, BenchCommand.ParsePlaces(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("tape")]
    [InlineData("disk,ssd")]
    public void UnknownPlacesAreRefused(string text)
    {
        Assert.Null(BenchCommand.ParsePlaces(text));
    }

    [Fact]
    public void ByDefaultTheBenchRunsTheSmallSizesBothOnDiskAndInMemory()
    {
        BenchSettings? settings = null;

        var exit = BenchCommand.Create(s => { settings = s; return 0; }).Parse([]).Invoke();

        Assert.Equal(0, exit);
        Assert.NotNull(settings);
        Assert.Equal([1, 1_000, 10_000], settings.Counts);
        Assert.Equal([PlaceKind.Disk, PlaceKind.Memory], settings.Places);
        Assert.Equal("/var/tmp/sitegen-bench", settings.DiskDirectory);
        Assert.Equal("/dev/shm/sitegen-bench", settings.MemoryDirectory);
        Assert.False(settings.Jit);
        Assert.Null(settings.Sitegen);
    }

    [Fact]
    public void JitAndAGivenSitegenTogetherAreAUsageError()
    {
        var ran = false;

        var exit = BenchCommand.Create(_ => { ran = true; return 0; }).Parse(["--jit", "--sitegen", "artifacts/aot/sitegen"]).Invoke();

        Assert.Equal(2, exit);
        Assert.False(ran);
    }
}
