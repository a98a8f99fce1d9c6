using SiteGen.Benchmarks.Places;
using SiteGen.Benchmarks.Reporting;

namespace SiteGen.Benchmarks.Tests.Reporting;

public sealed class MarkdownReportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitegen-bench-report-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void EachPlaceHasItsOwnTableWithRatioTargetAndVerdict()
    {
        var markdown = MarkdownReport.Render(TwoPlaces());

        var disk = markdown.IndexOf("### On disk: /var/tmp/sitegen-bench (ext4 on /dev/vda, mounted at /)", StringComparison.Ordinal);
        var memory = markdown.IndexOf("### In memory: /dev/shm/sitegen-bench (tmpfs, mounted at /dev/shm)", StringComparison.Ordinal);
        Assert.True(disk >= 0 && memory > disk, markdown);
        Assert.Contains("| figure | SiteGen | Hugo (hugo-site) | measured | target | verdict |", markdown, StringComparison.Ordinal);
        var diskTable = markdown[disk..memory];
        Assert.Contains("| 10,000 dispatches, cold build | 5.50 s (5.50–5.50 s) | 10.0 s (10.0–10.0 s) | 0.55 × Hugo | ≤ 0.60 × Hugo | PASS |", diskTable, StringComparison.Ordinal);
        Assert.Contains("| 10,000 dispatches, cold build | 5.50 s (5.50–5.50 s) | 10.0 s (10.0–10.0 s) | 0.55 × Hugo | ≤ 0.50 × Hugo | MISS |", markdown[memory..], StringComparison.Ordinal);
        Assert.Contains("| `sitegen --version` | 12 ms (11 ms–13 ms) |  | 12 ms | < 20 ms | PASS |", markdown, StringComparison.Ordinal);
        Assert.Contains("| work folder | on disk: /var/tmp/sitegen-bench (ext4 on /dev/vda, mounted at /) |", markdown, StringComparison.Ordinal);
        Assert.Contains("| load average (1, 5, 15 min) | 0.10 0.20 0.30 at the start, 1.10 1.20 1.30 at the end |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void WritingKeepsTheFileOutsideTheMarkersAndAddsEachRunToTheLog()
    {
        var path = Path.Combine(_folder, "benchmarks.md");
        File.WriteAllText(path,
            $"# Benchmarks\n\nintro\n\n{MarkdownReport.RunsBegin}\n{MarkdownReport.RunsEnd}\n\n{MarkdownReport.Begin}\nold results\n{MarkdownReport.End}\n\ntail\n");
        var session = TwoPlaces();

        MarkdownReport.WriteTo(path, "new results\n", MarkdownReport.RunRows(session));
        MarkdownReport.WriteTo(path, "newer results\n", MarkdownReport.RunRows(session));

        var text = File.ReadAllText(path);
        Assert.StartsWith("# Benchmarks\n\nintro\n\n", text, StringComparison.Ordinal);
        Assert.EndsWith($"{MarkdownReport.Begin}\n\nnewer results\n\n{MarkdownReport.End}\n\ntail\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("old results", text, StringComparison.Ordinal);
        var log = text.Split('\n').Where(l => l.StartsWith("| 2026-12-05 23:00 | 0.1.0+03123f3 | Native AOT |", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, log.Count);
        Assert.Single(text.Split('\n'), l => l.StartsWith("| date (UTC) |", StringComparison.Ordinal));
        Assert.Contains("| on disk | 2.00 MISS, 0.40 PASS, 0.55 PASS, — | 5% of cold PASS | 12 ms PASS |", log[0], StringComparison.Ordinal);
    }

    [Fact]
    public void AnExistingFileWithoutMarkersIsNotOverwritten()
    {
        var path = Path.Combine(_folder, "notes.md");
        File.WriteAllText(path, "my notes\n");

        Assert.Throws<BenchmarkException>(() => MarkdownReport.WriteTo(path, "results\n", []));
        Assert.Equal("my notes\n", File.ReadAllText(path));
    }

    private static SessionResult TwoPlaces()
    {
        PlaceResult Place(BenchPlace place) => new(place,
        [
            Results.Count(1, [0.2], [0.1]),
            Results.Count(1_000, [0.4], [1.0]),
            Results.Count(10_000, [5.5], [10.0]),
        ]);
        return Results.Session([Place(Results.Disk), Place(Results.Memory)], [11, 12, 13]);
    }
}
