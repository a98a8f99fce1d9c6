using System.Globalization;
using System.Text;
using SiteGen.Tests.Support;
using SiteGen.Text;

namespace SiteGen.Tests.Robustness.Support;

/// <summary>A site in a temporary folder on disk, for the tests that need real files, real processes and real failures.</summary>
public sealed class DiskSite : IDisposable
{
    private readonly TemporaryFolder _folder;

    private DiskSite(TemporaryFolder folder) => _folder = folder;

    public string Root => _folder.Path;

    public string Output => Path.Combine(Root, "_site");

    public string Staging => Output + ".staging";

    public static DiskSite Create() => new(TemporaryFolder.Create("sitegen-robust-"));

    public void Write(string path, string text) => _folder.Write(path, text);

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

    /// <summary>Starts <c>sitegen build</c> on this site as a child process, with extra environment variables if given.</summary>
    public RunningProcess StartCliBuild(IReadOnlyDictionary<string, string>? environment = null) =>
        SitegenProcess.Start(Root, ["build", "--source", Root], environment);

    /// <summary>Runs <c>sitegen build</c> to the end: its exit code and what it printed.</summary>
    public (int ExitCode, string Output) RunCliBuild(TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var run = SitegenProcess.Run(Root, ["build", "--source", Root], timeout, environment);
        return (run.ExitCode, run.Output);
    }

    public void Dispose() => _folder.Dispose();
}
