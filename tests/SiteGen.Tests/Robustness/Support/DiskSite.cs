using System.Diagnostics;
using System.Globalization;
using System.Text;
using SiteGen.Text;

namespace SiteGen.Tests.Robustness.Support;

/// <summary>A site in a temporary folder on disk, for the tests that need real files, real processes and real failures.</summary>
public sealed class DiskSite : IDisposable
{
    private DiskSite(string root) => Root = root;

    public string Root { get; }

    public string Output => Path.Combine(Root, "_site");

    public string Staging => Output + ".staging";

    public static DiskSite Create() => new(Directory.CreateTempSubdirectory("sitegen-robust-").FullName);

    public void Write(string path, string text)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    /// <summary>A plain valid site of <paramref name="count"/> dispatches, a few hundred words each, sharing a handful of actors.</summary>
    public void WriteDispatches(int count)
    {
        Write("site.yml", "title: Robustness\nbase_url: https://example.org/\n");
        string[] actors = ["Belarus", "Ukraine", "Russia", "NATO", "Wagner Group"];
        foreach (var actor in actors)
        {
            Write($"content/actors/{Slugifier.Slugify(actor)}.md", $"---\nname: {actor}\nkind: organisation\n---\n");
        }

        var start = new DateTime(2022, 2, 24, 6, 0, 0, DateTimeKind.Utc);
        var paragraph = string.Join(' ', Enumerable.Repeat("Forces held the line along the river while supply columns moved at night.", 12));
        for (var i = 0; i < count; i++)
        {
            var date = start.AddHours(7 * i);
            var tagged = $"[{actors[i % actors.Length]}, {actors[(i + 2) % actors.Length]}]";
            var body = new StringBuilder()
                .Append(CultureInfo.InvariantCulture, $"Report {i} from the front. {actors[i % actors.Length]} said little.\n\n")
                .Append(paragraph).Append("\n\n## Details\n\n").Append(paragraph).Append('\n');
            Write($"content/dispatches/{date:yyyy}/report-{i}.md",
                $"---\ntitle: \"Report {i}\"\ndate: {date:yyyy-MM-ddTHH:mm}Z\nactors: {tagged}\ntags: [front]\nsummary: Report {i}.\n---\n{body}");
        }
    }

    /// <summary>Every file below <paramref name="folder"/> with its bytes, by path relative to it.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(folder, file)] = File.ReadAllBytes(file);
        }

        return files;
    }

    /// <summary>Asserts two snapshots hold the same files with the same bytes, naming the first difference.</summary>
    public static void AssertSame(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        var missing = expected.Keys.Except(actual.Keys).Take(5).ToList();
        var extra = actual.Keys.Except(expected.Keys).Take(5).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0, $"files differ: missing [{string.Join(", ", missing)}], extra [{string.Join(", ", extra)}]");
        var changed = expected.Where(e => !e.Value.AsSpan().SequenceEqual(actual[e.Key])).Select(e => e.Key).Take(5).ToList();
        Assert.True(changed.Count == 0, $"files changed: {string.Join(", ", changed)}");
    }

    /// <summary>Starts <c>sitegen build</c> on this site as a child process, with extra environment variables if given.</summary>
    public Process StartCliBuild(IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = Tests.Support.SitegenExecutable.Start(["build", "--source", Root]);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    /// <summary>Runs <c>sitegen build</c> to the end: its exit code and what it printed.</summary>
    public (int ExitCode, string Output) RunCliBuild(TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var process = StartCliBuild(environment);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"sitegen build did not finish within {timeout}");
        }

        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder; the OS cleans it up in the end.
        }
    }
}
