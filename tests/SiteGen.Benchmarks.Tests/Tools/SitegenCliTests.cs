using SiteGen.Benchmarks.Tools;

namespace SiteGen.Benchmarks.Tests.Tools;

public sealed class SitegenCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitegen-bench-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ProgramWithoutItsDllBesideItIsTheNativeOne()
    {
        var program = Path.Combine(_folder, "sitegen");
        File.WriteAllText(program, "");

        Assert.Equal("Native AOT", SitegenCli.KindOf(program));
    }

    [Fact]
    public void ApphostWithItsDllBesideItRunsOnTheJit()
    {
        var program = Path.Combine(_folder, "sitegen");
        File.WriteAllText(program, "");
        File.WriteAllText(program + ".dll", "");

        Assert.Equal("JIT", SitegenCli.KindOf(program));
    }
}
