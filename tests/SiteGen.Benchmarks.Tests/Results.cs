using SiteGen.Benchmarks.Measuring;
using SiteGen.Benchmarks.Places;
using SiteGen.Benchmarks.Reporting;
using SiteGen.Benchmarks.Tools;

namespace SiteGen.Benchmarks.Tests;

/// <summary>Measured results made up for the tests: runs of given wall times, as the session would record them.</summary>
internal static class Results
{
    public static readonly BenchPlace Disk = new(PlaceKind.Disk, "/var/tmp/sitegen-bench", new MountPoint("/dev/vda", "/", "ext4"));

    public static readonly BenchPlace Memory = new(PlaceKind.Memory, "/dev/shm/sitegen-bench", new MountPoint("tmpfs", "/dev/shm", "tmpfs"));

    public static CountResult Count(
        int count,
        double[] sitegen,
        double[]? hugo,
        double[]? nothingChanged = null,
        bool detected = true,
        long? sitegenPeak = 100_000_000,
        long outputBytes = 1_000_000)
    {
        var tools = new List<ToolResult> { new("sitegen", ToolKind.Sitegen, Runs(sitegen, sitegenPeak), 10, outputBytes) };
        if (hugo is not null)
        {
            tools.Add(new ToolResult("hugo 0.111.3 (hugo-site)", ToolKind.Hugo, Runs(hugo, 900_000_000), 10, outputBytes / 2));
        }

        var again = Runs(nothingChanged ?? sitegen.Select(s => s / 20).ToArray(), 50_000_000)
            .Select(r => detected ? r with { Stdout = "Nothing changed since the last build." } : r)
            .ToList();
        return new CountResult(count, tools, again, detected, []);
    }

    public static SessionResult Session(IReadOnlyList<PlaceResult> places, double[] startupMs) => new(
        new MachineFacts
        {
            Started = new DateTimeOffset(2026, 12, 5, 23, 0, 0, TimeSpan.Zero),
            Cpu = "AMD EPYC",
            Cores = 2,
            Memory = "23.5 GiB",
            Os = "Debian GNU/Linux 12 (bookworm), kernel 6.1.0",
            DotnetSdk = "10.0.100",
            Sitegen = "0.1.0+03123f39821418bcc9b7d680c7b70c9addba3977",
            SitegenKind = "Native AOT",
            SitegenRuntime = "Native AOT (published by the harness): `artifacts/aot/sitegen`",
            Hugo = "hugo v0.111.3",
            Python = "Python 3.11.2",
            Places = places.Select(p => $"{p.Place.Name}: {p.Place.Description}").ToList(),
            LoadAtStart = "0.10 0.20 0.30",
            LoadAtEnd = "1.10 1.20 1.30",
        },
        new BenchSettings
        {
            Counts = places.SelectMany(p => p.Counts.Select(c => c.Count)).Distinct().ToList(),
            DiskDirectory = Disk.Directory,
            MemoryDirectory = Memory.Directory,
            BenchDirectory = "/work/shared/bench",
            RepositoryRoot = "/work/main",
        },
        "5 timed cold builds",
        "gen_corpus.py 836b77ab4942 seed 20220224",
        [],
        startupMs.Length == 0 ? [] : [new StartupResult("sitegen --version", new Sample(startupMs))],
        places);

    private static List<Measurement> Runs(double[] seconds, long? peak) =>
        seconds.Select(s => new Measurement(TimeSpan.FromSeconds(s), peak, 0, "", "")).ToList();
}
