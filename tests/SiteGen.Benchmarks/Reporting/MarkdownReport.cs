using System.Text;
using SiteGen.Benchmarks.Tools;

namespace SiteGen.Benchmarks.Reporting;

/// <summary>
/// The session as Markdown: printed at the end of every session and, with <c>--markdown</c>, written to a file.
/// A file holding <see cref="Begin"/> and <see cref="End"/> keeps everything outside them, so
/// docs/benchmarks.md regenerates in place.
/// </summary>
public static class MarkdownReport
{
    public const string Begin = "<!-- bench-results:begin -->";
    public const string End = "<!-- bench-results:end -->";

    public static string Render(SessionResult session)
    {
        var md = new StringBuilder();
        Machine(md, session);
        foreach (var count in session.Counts)
        {
            Count(md, count);
        }

        Startup(md, session);
        md.AppendLine("### Targets").AppendLine();
        md.AppendLine("| target | measured | verdict |").AppendLine("|---|---|---|");
        foreach (var target in TargetChecker.Check(session))
        {
            md.AppendLine($"| {target.Goal} | {target.Measured} | {target.Verdict} |");
        }

        return md.ToString();
    }

    /// <summary>Writes <paramref name="markdown"/> to <paramref name="path"/>, between the markers if the file has them.</summary>
    public static void WriteTo(string path, string markdown)
    {
        if (File.Exists(path))
        {
            var text = File.ReadAllText(path);
            var begin = text.IndexOf(Begin, StringComparison.Ordinal);
            var end = text.IndexOf(End, StringComparison.Ordinal);
            if (begin >= 0 && end > begin)
            {
                var head = text[..(begin + Begin.Length)];
                File.WriteAllText(path, head + "\n\n" + markdown + "\n" + text[end..]);
                return;
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, markdown);
    }

    private static void Machine(StringBuilder md, SessionResult session)
    {
        var m = session.Machine;
        md.AppendLine($"### Machine and method ({m.Started:yyyy-MM-dd HH:mm} UTC)").AppendLine();
        md.AppendLine("| | |").AppendLine("|---|---|");
        md.AppendLine($"| CPU | {m.Cpu}, {m.Cores} logical cores |");
        md.AppendLine($"| memory | {m.Memory} |");
        md.AppendLine($"| OS | {m.Os} |");
        md.AppendLine($"| .NET SDK | {m.DotnetSdk} |");
        md.AppendLine($"| sitegen | {m.Sitegen} |");
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

    private static void Count(StringBuilder md, CountResult count)
    {
        md.AppendLine($"### {Units.Number(count.Count)} dispatches").AppendLine();
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

    private static void Startup(StringBuilder md, SessionResult session)
    {
        if (session.Startup.Count == 0)
        {
            return;
        }

        md.AppendLine("### Start-up").AppendLine();
        md.AppendLine("| command | runs | median | min–max |").AppendLine("|---|---:|---:|---:|");
        foreach (var startup in session.Startup)
        {
            var ms = startup.Milliseconds;
            md.AppendLine($"| `{startup.Command}` | {ms.Count} | {Units.Milliseconds(ms.Median)} | {Units.Milliseconds(ms.Min)}–{Units.Milliseconds(ms.Max)} |");
        }

        md.AppendLine();
    }
}
