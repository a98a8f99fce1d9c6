using System.Globalization;
using SiteGen.Benchmarks.Corpus;
using SiteGen.Benchmarks.Measuring;
using SiteGen.Benchmarks.Reporting;
using SiteGen.Benchmarks.Tools;

namespace SiteGen.Benchmarks;

/// <summary>
/// One benchmark session: build the CLI, time its start-up, then for each size make the corpora and time cold
/// builds of every contestant in rounds (each round runs each contestant once, the order rotating from round
/// to round so that drift on a shared machine falls on all of them), with SiteGen's no-change rebuild right
/// after each of its cold builds.
/// </summary>
public sealed class BenchmarkSession(BenchSettings settings)
{

    private readonly ChildProcess _runner = new(Path.Combine(settings.WorkDirectory, ".scratch"));
    private readonly CorpusBuilder _corpus = new(settings);
    private readonly List<string> _notes = [];

    public SessionResult Run()
    {
        Directory.CreateDirectory(settings.WorkDirectory);
        OutputFolder.EmptyTrash(settings.WorkDirectory);
        if (!File.Exists(Path.Combine(settings.BenchDirectory, "gen_corpus.py")))
        {
            throw new BenchmarkException($"no gen_corpus.py in {settings.BenchDirectory} (pass --bench-dir)");
        }

        var cli = SitegenCli.Prepare(settings);
        var version = cli.Version(settings.WorkDirectory);
        var hugo = settings.SkipHugo ? null : HugoSites.Find(settings.Hugo);
        if (settings.SkipHugo)
        {
            _notes.Add("Hugo skipped (--no-hugo).");
        }
        else if (hugo is null)
        {
            _notes.Add($"Hugo skipped: '{settings.Hugo}' is not installed (Debian: apt-get install hugo).");
        }

        var withoutActors = settings.FeaturesOff;
        if (_runner.Method != PeakMemoryMethod.GnuTime)
        {
            _notes.Add($"{ChildProcess.GnuTimePath} is missing (Debian: apt-get install time): {_runner.MethodDescription}.");
        }

        var machine = MachineFacts.Collect(settings, version, hugo?.Banner ?? "not used");
        Console.WriteLine($"sitegen {version} ({cli.Description}); hugo: {hugo?.Banner ?? "not used"}; load average {machine.LoadAtStart}");

        var startup = MeasureStartup(cli);
        var counts = new List<CountResult>();
        var fixups = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var count in settings.Counts)
        {
            var (result, fixup) = MeasureCount(count, cli, hugo, withoutActors);
            counts.Add(result);
            fixups.Add(fixup);
        }

        var method = $"{settings.Runs} timed cold builds per build and size after {settings.Warmups} untimed; each a fresh process; " +
            "order rotated each round; output (and SiteGen's .sitegen/ cache) moved aside before a cold build, untimed; " +
            $"wall time by Stopwatch around the child; {_runner.MethodDescription}";
        var corpusNote = $"gen_corpus.py {_corpus.GeneratorHash()} seed {settings.Seed.ToString(CultureInfo.InvariantCulture)}; alias fix-up: {string.Join("; ", fixups)}";
        return new SessionResult(machine with { LoadAtEnd = MachineFacts.LoadAverage() }, settings, method, corpusNote, _notes, startup, counts);
    }

    private List<StartupResult> MeasureStartup(SitegenCli cli)
    {
        if (settings.StartupRuns == 0)
        {
            return [];
        }

        Console.WriteLine($"start-up: {settings.StartupRuns} runs of '{cli.Description} --version'...");
        for (var i = 0; i < 3; i++)
        {
            cli.RunPlain(["--version"], settings.WorkDirectory);
        }

        var times = Enumerable.Range(0, settings.StartupRuns)
            .Select(_ => cli.RunPlain(["--version"], settings.WorkDirectory).Wall.TotalMilliseconds)
            .ToList();
        return [new StartupResult($"{Path.GetFileName(cli.Description)} --version", new Sample(times))];
    }

    private (CountResult Result, string Fixup) MeasureCount(int count, SitegenCli cli, (string Path, string Version, string Banner)? hugo, bool withoutActors)
    {
        Console.WriteLine($"== {count.ToString("#,0", CultureInfo.InvariantCulture)} dispatches");
        var (site, fixup) = _corpus.SitegenSite(count);
        Console.WriteLine($"  alias fix-up: {fixup}");
        var tools = new List<IBuildTool> { new SitegenBuild(cli, site, ToolKind.Sitegen) };
        if (hugo is { } h)
        {
            var content = _corpus.HugoContent(count);
            tools.AddRange(settings.HugoVariants.Select(v => new HugoBuild(h.Path, h.Version, v, HugoSites.Prepare(settings, v, content, count))));
        }

        if (withoutActors)
        {
            var bare = new SitegenBuild(cli, _corpus.SitegenSiteWithoutActors(count), ToolKind.SitegenWithoutActors);
            if (Probe(bare) is { } failure)
            {
                _notes.Add($"{Units.Number(count)}: the corpus without actors fails to build, so the stage times stand in for it: {failure}");
            }
            else
            {
                tools.Add(bare);
            }
        }

        for (var i = 0; i < settings.Warmups; i++)
        {
            foreach (var tool in tools)
            {
                Console.WriteLine($"  warm-up {i + 1}/{settings.Warmups}: {tool.Name}");
                ColdBuild(tool);
            }
        }

        var runs = tools.ToDictionary(t => t, _ => new List<Measurement>());
        var sizes = new Dictionary<IBuildTool, (int Files, long Bytes)>();
        var again = new List<Measurement>();
        var stages = new List<IReadOnlyList<KeyValuePair<string, double>>>();
        var detected = true;
        for (var round = 0; round < settings.Runs; round++)
        {
            foreach (var tool in tools.Skip(round % tools.Count).Concat(tools.Take(round % tools.Count)))
            {
                var cold = ColdBuild(tool);
                if (tool.Kind != ToolKind.Hugo && SitegenBuild.FoundNothingChanged(cold))
                {
                    throw new BenchmarkException($"{tool.Name} found its output current after the output and .sitegen/ were moved aside: the cold build was not cold");
                }

                runs[tool].Add(cold);
                Console.WriteLine($"  [{round + 1}/{settings.Runs}] {tool.Name}: {Units.Seconds(cold.Wall.TotalSeconds)}, peak {Units.Bytes(cold.PeakRssBytes)}");

                // Both SiteGen builds write _site: measure each one's output before the other replaces it.
                sizes[tool] = OutputFolder.Size(tool.OutputDirectory);
                if (tool.Kind != ToolKind.Sitegen)
                {
                    continue;
                }

                stages.Add(StageTimings.Parse(cold.Stdout));
                var rebuild = Checked(tool, tool.Build(_runner));
                again.Add(rebuild);
                detected &= SitegenBuild.FoundNothingChanged(rebuild);
                Console.WriteLine($"  [{round + 1}/{settings.Runs}] sitegen, nothing changed: {Units.Seconds(rebuild.Wall.TotalSeconds)}{(SitegenBuild.FoundNothingChanged(rebuild) ? "" : " (rebuilt: not detected as unchanged)")}");
            }
        }

        var results = tools.Select(t => new ToolResult(t.Name, t.Kind, runs[t], sizes[t].Files, sizes[t].Bytes)).ToList();
        return (new CountResult(count, results, again, detected, stages), fixup);
    }

    private Measurement ColdBuild(IBuildTool tool)
    {
        tool.ClearForColdBuild(settings.WorkDirectory);
        var run = Checked(tool, tool.Build(_runner));
        OutputFolder.EmptyTrash(settings.WorkDirectory);
        return run;
    }

    /// <summary>One untimed cold build; the first lines of its errors if it fails.</summary>
    private string? Probe(IBuildTool tool)
    {
        Console.WriteLine($"  trying {tool.Name}");
        tool.ClearForColdBuild(settings.WorkDirectory);
        var run = tool.Build(_runner);
        OutputFolder.EmptyTrash(settings.WorkDirectory);
        if (run.Succeeded)
        {
            return null;
        }

        var errors = run.Stderr.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList();
        var summary = run.Stdout.Split('\n').FirstOrDefault(l => l.StartsWith("Build failed", StringComparison.Ordinal)) ?? $"exit {run.ExitCode}";
        return errors.Count == 0 ? summary : $"{summary} First: `{errors[0].Trim()}`";
    }

    private static Measurement Checked(IBuildTool tool, Measurement run)
    {
        if (!run.Succeeded)
        {
            // SiteGen prints every warning too: show the errors first, since they are why it failed.
            var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var errors = lines.Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList();
            var shown = errors.Count > 0 ? errors.Take(20).Append(errors.Count > 20 ? $"... and {errors.Count - 20} more errors" : "") : lines.TakeLast(40);
            throw new BenchmarkException($"{tool.Name} failed (exit {run.ExitCode}):\n{string.Join('\n', shown).TrimEnd()}\n{run.Stdout}");
        }

        return run;
    }
}
