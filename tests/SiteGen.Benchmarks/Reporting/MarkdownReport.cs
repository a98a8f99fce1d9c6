using System.Text;
using SiteGen.Benchmarks.Tools;

namespace SiteGen.Benchmarks.Reporting;

/// <summary>
/// The session as Markdown: printed at the end of every session and, with <c>--markdown</c>, written to a file.
/// A file holding <see cref="Begin"/> and <see cref="End"/> keeps everything outside them, so
/// docs/benchmarks.md regenerates in place; between <see cref="RunsBegin"/> and <see cref="RunsEnd"/> each session
/// adds one row per place, so every run stays on record.
/// </summary>
public static class MarkdownReport
{
    public const string Begin = "<!-- bench-results:begin -->";
    public const string End = "<!-- bench-results:end -->";
    public const string RunsBegin = "<!-- bench-runs:begin -->";
    public const string RunsEnd = "<!-- bench-runs:end -->";

    private const string RunsHeader =
        "| date (UTC) | sitegen | runtime | place | SiteGen / Hugo: 1, 1,000, 10,000, 100,000 | nothing changed at 10,000 | `--version` | load average at start, end |\n" +
        "|---|---|---|---|---|---|---:|---|";

    public static string Render(SessionResult session)
    {
        var md = new StringBuilder();
        Machine(md, session);
        foreach (var place in session.Places)
        {
            Place(md, place);
        }

        md.AppendLine("### Start-up").AppendLine();
        TableHeader(md, "");
        TableRow(md, TargetChecker.StartupRow(session.Startup));
        md.AppendLine();
        if (session.Places.FirstOrDefault(p => p.Counts.Count > 0) is { } first)
        {
            md.AppendLine($"### Other targets (from the builds {first.Place.Name})").AppendLine();
            md.AppendLine("| target | measured | verdict |").AppendLine("|---|---|---|");
            foreach (var target in TargetChecker.Others(first.Counts))
            {
                md.AppendLine($"| {target.Goal} | {target.Measured} | {target.Verdict} |");
            }

            md.AppendLine();
        }

        foreach (var place in session.Places)
        {
            foreach (var count in place.Counts)
            {
                Count(md, count, place);
            }
        }

        return md.ToString();
    }

    /// <summary>One row per place for the runs log: when, what, and each targeted figure with its verdict.</summary>
    public static IReadOnlyList<string> RunRows(SessionResult session)
    {
        var m = session.Machine;
        var startup = TargetChecker.StartupRow(session.Startup);
        return session.Places.Select(place =>
        {
            var ratios = IssueTargets.RatioCounts.Select(n => place.Counts.FirstOrDefault(c => c.Count == n) is { } count
                ? Brief(TargetChecker.ColdRow(count, place.Place.Kind))
                : "—");
            var again = place.Counts.FirstOrDefault(c => c.Count == IssueTargets.NothingChangedCount) is { } ten
                ? Brief(TargetChecker.NothingChangedRow(ten))
                : "—";
            return $"| {m.Started:yyyy-MM-dd HH:mm} | {ShortVersion(m.Sitegen)} | {m.SitegenKind} | {place.Place.Name} | {string.Join(", ", ratios)} | {again} " +
                $"| {startup.Measured} {startup.VerdictText} | {m.LoadAtStart}; {m.LoadAtEnd} |";
        }).ToList();
    }

    /// <summary>
    /// Writes <paramref name="markdown"/> to <paramref name="path"/>: between <see cref="Begin"/> and <see cref="End"/>
    /// if the file has them, the whole file if it does not exist; <paramref name="runRows"/> go at the end of the
    /// runs log where the file has one. An existing file without the markers is refused rather than overwritten.
    /// </summary>
    public static void WriteTo(string path, string markdown, IReadOnlyList<string> runRows)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, markdown);
            return;
        }

        var text = File.ReadAllText(path);
        var begin = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            throw new BenchmarkException($"{path} exists and has no {Begin} ... {End} markers to write between: add them, or give --markdown a new file");
        }

        text = text[..(begin + Begin.Length)] + "\n\n" + markdown.TrimEnd('\n') + "\n\n" + text[end..];
        var runsBegin = text.IndexOf(RunsBegin, StringComparison.Ordinal);
        var runsEnd = text.IndexOf(RunsEnd, StringComparison.Ordinal);
        if (runsBegin >= 0 && runsEnd > runsBegin && runRows.Count > 0)
        {
            var log = text[(runsBegin + RunsBegin.Length)..runsEnd].Trim('\n');
            var table = log.Length == 0 ? RunsHeader : log;
            text = text[..(runsBegin + RunsBegin.Length)] + "\n\n" + table + "\n" + string.Join('\n', runRows) + "\n\n" + text[runsEnd..];
        }

        File.WriteAllText(path, text);
    }

    private static string Brief(TargetRow row)
    {
        var figure = row.Measured.Length == 0 ? "n/a" : row.Measured.Replace(" × Hugo", "", StringComparison.Ordinal);
        return row.Verdict is Verdict.Pass or Verdict.Miss ? $"{figure} {row.VerdictText}" : figure;
    }

    /// <summary>"0.1.0+03123f39821418bc..." as "0.1.0+03123f3": the commit is enough to find the code.</summary>
    private static string ShortVersion(string version)
    {
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 && version.Length > plus + 8 ? version[..(plus + 8)] : version;
    }

    private static void Machine(StringBuilder md, SessionResult session)
    {
        var m = session.Machine;
        md.AppendLine($"### Machine and method ({m.Started:yyyy-MM-dd HH:mm} UTC)").AppendLine();
        md.AppendLine("| | |").AppendLine("|---|---|");
        md.AppendLine($"| CPU | {m.Cpu}, {m.Cores} logical cores |");
        md.AppendLine($"| memory | {m.Memory} |");
        md.AppendLine($"| OS | {m.Os} |");
        foreach (var place in m.Places)
        {
            md.AppendLine($"| work folder | {place} |");
        }

        md.AppendLine($"| .NET SDK | {m.DotnetSdk} |");
        md.AppendLine($"| sitegen | {m.Sitegen}, {m.SitegenRuntime} |");
        md.AppendLine($"| hugo | {m.Hugo} |");
        md.AppendLine($"| corpus | {session.CorpusNote} |");
        md.AppendLine($"| method | {session.Method} |");
        md.AppendLine($"| load average (1, 5, 15 min) | {m.LoadAtStart} at the start, {m.LoadAtEnd} at the end |");
        md.AppendLine();
        foreach (var note in session.Notes)
        {
            md.AppendLine($"- {note}");
        }

        if (session.Notes.Count > 0)
        {
            md.AppendLine();
        }
    }

    private static void Place(StringBuilder md, PlaceResult place)
    {
        md.AppendLine($"### {char.ToUpperInvariant(place.Place.Name[0])}{place.Place.Name[1..]}: {place.Place.Description}").AppendLine();
        TableHeader(md, $"Hugo ({TargetChecker.Yardstick})");
        foreach (var row in TargetChecker.PlaceRows(place))
        {
            TableRow(md, row);
        }

        md.AppendLine();
    }

    private static void TableHeader(StringBuilder md, string hugo)
    {
        md.AppendLine($"| figure | SiteGen | {hugo} | measured | target | verdict |");
        md.AppendLine("|---|---:|---:|---:|---|---|");
    }

    private static void TableRow(StringBuilder md, TargetRow row) =>
        md.AppendLine($"| {row.Figure} | {row.Sitegen} | {row.Hugo} | {row.Measured} | {row.Goal} | {row.VerdictText} |");

    private static void Count(StringBuilder md, CountResult count, PlaceResult place)
    {
        md.AppendLine($"### {Units.Number(count.Count)} {(count.Count == 1 ? "dispatch" : "dispatches")} {place.Place.Name}").AppendLine();
        md.AppendLine("| build | runs | median | min–max | peak RSS | output | bytes per dispatch | SiteGen / this |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        var sitegen = count.Sitegen.Seconds.Median;
        foreach (var tool in count.Tools)
        {
            var seconds = tool.Seconds;
            var ratio = tool.Kind == ToolKind.Sitegen ? "" : Units.Ratio(sitegen / seconds.Median);
            md.AppendLine($"| {tool.Name}, cold | {seconds.Count} | {Units.Seconds(seconds.Median)} | {Units.SecondsRange(seconds)} | {Units.Bytes(tool.PeakRssBytes)} " +
                $"| {Units.Bytes(tool.OutputBytes)} in {Units.Number(tool.OutputFiles)} files | {Units.Number((double)tool.OutputBytes / count.Count)} | {ratio} |");
            if (tool.Kind == ToolKind.Sitegen)
            {
                var again = new Sample(count.NothingChanged.Select(r => r.Wall.TotalSeconds));
                long? peak = count.NothingChanged.Any(r => r.PeakRssBytes is null) ? null : count.NothingChanged.Max(r => r.PeakRssBytes);
                var detected = count.NothingChangedDetected ? "" : " (not detected as unchanged!)";
                md.AppendLine($"| sitegen, nothing changed{detected} | {again.Count} | {Units.Seconds(again.Median)} | {Units.SecondsRange(again)} | {Units.Bytes(peak)} " +
                    $"| {Units.Percent(TargetChecker.NothingChangedRatio(count))} of cold | | |");
            }
        }

        md.AppendLine();
        var stages = count.StageNames;
        if (stages.Count > 0)
        {
            var wallMs = sitegen * 1000;
            md.AppendLine("SiteGen's stages (`sitegen build --timings`, median of the cold builds; the rest of the wall time is start-up, config, theme and URL claims):").AppendLine();
            md.AppendLine("| stage | median | share of the cold build |").AppendLine("|---|---:|---:|");
            foreach (var stage in stages)
            {
                var ms = count.StageMedian(stage);
                var mark = StageTimings.ActorFeatureStages.Contains(stage) ? " †" : "";
                md.AppendLine($"| {stage}{mark} | {Units.Milliseconds(ms)} | {Units.Percent(ms / wallMs)} |");
            }

            md.AppendLine();
        }

        var cost = FeatureCost.Of(count);
        md.AppendLine($"† Linking, related dispatches and actor pages add {Units.Percent(cost.Added)} to the build without them: {cost.Explanation}.").AppendLine();
    }
}
