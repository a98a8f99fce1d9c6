using System.Globalization;
using SiteGen.Benchmarks.Corpus;
using SiteGen.Benchmarks.Measuring;
using SiteGen.Benchmarks.Places;
using SiteGen.Benchmarks.Reporting;
using SiteGen.Benchmarks.Tools;

namespace SiteGen.Benchmarks;

/// <summary>
/// One benchmark session: publish (or build) the CLI, time its start-up, then for each size make the corpora in
/// every place (a folder on disk, a folder on tmpfs) and time cold builds of every contestant there in rounds:
/// each round runs each contestant in each place once, the order rotating from round to round so that drift on a
/// shared machine falls on all of them, with SiteGen's no-change rebuild right after each of its cold builds.
/// </summary>
public sealed class BenchmarkSession(BenchSettings settings)
{
    private readonly List<string> _notes = [];
    private readonly IReadOnlyList<BenchPlace> _places = OpenPlaces(settings);
    private readonly ChildProcess _runner = new(Path.Combine(DirectoryOf(settings, settings.Places[0]), ".scratch"));
    private readonly Dictionary<BenchPlace, CorpusBuilder> _corpora = [];

    public SessionResult Run()
    {
        if (!File.Exists(Path.Combine(settings.BenchDirectory, "gen_corpus.py")))
        {
            throw new BenchmarkException($"no gen_corpus.py in {settings.BenchDirectory} (pass --bench-dir)");
        }

        foreach (var place in _places)
        {
            OutputFolder.EmptyTrash(place.Directory);
            _corpora[place] = new CorpusBuilder(settings, place.Directory, _places.Where(p => p != place).Select(p => p.Directory).ToList());
        }

        var cli = SitegenCli.Prepare(settings);
        var scratch = _places[0].Directory;
        var version = cli.Version(scratch);
        var hugo = settings.SkipHugo ? null : HugoSites.Find(settings.Hugo);
        if (settings.SkipHugo)
        {
            _notes.Add("Hugo skipped (--no-hugo).");
        }
        else if (hugo is null)
        {
            _notes.Add($"Hugo skipped: '{settings.Hugo}' is not installed (Debian: apt-get install hugo).");
        }

        if (_runner.Method != PeakMemoryMethod.GnuTime)
        {
            _notes.Add($"{ChildProcess.GnuTimePath} is missing (Debian: apt-get install time): {_runner.MethodDescription}.");
        }

        var machine = MachineFacts.Collect(settings, version, cli.Kind, $"{cli.Runtime}: `{cli.Description}`", hugo?.Banner ?? "not used", _places);
        Console.WriteLine($"sitegen {version} ({cli.Runtime}: {cli.Description}); hugo: {hugo?.Banner ?? "not used"}; load average {machine.LoadAtStart}");
        foreach (var place in _places)
        {
            Console.WriteLine($"{place.Name}: {place.Description}");
        }

        var startup = MeasureStartup(cli, scratch);
        var byPlace = _places.ToDictionary(p => p, _ => new List<CountResult>());
        var fixups = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var count in settings.Counts)
        {
            foreach (var (place, result, fixup) in MeasureCount(count, cli, hugo))
            {
                byPlace[place].Add(result);
                fixups.Add(fixup);
            }
        }

        var method = $"{settings.Runs} timed cold builds per build, size and place after {settings.Warmups} untimed; each a fresh process; " +
            "order rotated each round over every build in every place; output and SiteGen's build record (not its image cache) moved aside before a cold build, untimed; " +
            $"wall time by Stopwatch around the child; {_runner.MethodDescription}";
        var corpusNote = $"gen_corpus.py {_corpora[_places[0]].GeneratorHash()} seed {settings.Seed.ToString(CultureInfo.InvariantCulture)}; alias fix-up: {string.Join("; ", fixups)}";
        var places = _places.Select(p => new PlaceResult(p, byPlace[p])).ToList();
        return new SessionResult(machine with { LoadAtEnd = MachineFacts.LoadAverage() }, settings, method, corpusNote, _notes, startup, places);
    }

    /// <summary>Opens the work folders, refusing one whose file system is not the kind it stands for.</summary>
    private static List<BenchPlace> OpenPlaces(BenchSettings settings)
    {
        var places = settings.Places
            .Select(kind => BenchPlace.Open(kind, DirectoryOf(settings, kind)))
            .ToList();
        if (places.Select(p => p.Mismatch()).FirstOrDefault(m => m is not null) is { } mismatch)
        {
            throw new BenchmarkException(mismatch);
        }

        return places;
    }

    private static string DirectoryOf(BenchSettings settings, PlaceKind kind) =>
        kind == PlaceKind.Disk ? settings.DiskDirectory : settings.MemoryDirectory;

    private List<StartupResult> MeasureStartup(SitegenCli cli, string workingDirectory)
    {
        if (settings.StartupRuns == 0)
        {
            return [];
        }

        Console.WriteLine($"start-up: {settings.StartupRuns} runs of '{cli.Description} --version'...");
        for (var i = 0; i < 3; i++)
        {
            cli.RunPlain(["--version"], workingDirectory);
        }

        var times = Enumerable.Range(0, settings.StartupRuns)
            .Select(_ => cli.RunPlain(["--version"], workingDirectory).Wall.TotalMilliseconds)
            .ToList();
        return [new StartupResult($"{Path.GetFileName(cli.Description)} --version", new Sample(times))];
    }

    private List<(BenchPlace Place, CountResult Result, string Fixup)> MeasureCount(int count, SitegenCli cli, (string Path, string Version, string Banner)? hugo)
    {
        Console.WriteLine($"== {count.ToString("#,0", CultureInfo.InvariantCulture)} dispatches");
        var contestants = new List<(BenchPlace Place, IBuildTool Tool)>();
        var fixups = new Dictionary<BenchPlace, string>();
        foreach (var place in _places)
        {
            var corpus = _corpora[place];
            var (site, fixup) = corpus.SitegenSite(count);
            fixups[place] = fixup;
            Console.WriteLine($"  {place.Name}: alias fix-up: {fixup}");
            contestants.Add((place, new SitegenBuild(cli, site, ToolKind.Sitegen)));
            if (hugo is { } h)
            {
                var content = corpus.HugoContent(count);
                contestants.AddRange(settings.HugoVariants.Select(v => (place, (IBuildTool)new HugoBuild(h.Path, h.Version, v, HugoSites.Prepare(settings, place.Directory, v, content, count)))));
            }

            if (settings.FeaturesOff)
            {
                var bare = new SitegenBuild(cli, corpus.SitegenSiteWithoutActors(count), ToolKind.SitegenWithoutActors);
                if (Probe(place, bare) is { } failure)
                {
                    _notes.Add($"{Units.Number(count)} {place.Name}: the corpus without actors fails to build, so the stage times stand in for it: {failure}");
                }
                else
                {
                    contestants.Add((place, bare));
                }
            }
        }

        for (var i = 0; i < settings.Warmups; i++)
        {
            foreach (var (place, tool) in contestants)
            {
                Console.WriteLine($"  warm-up {i + 1}/{settings.Warmups}: {tool.Name} {place.Name}");
                ColdBuild(place, tool);
            }
        }

        var runs = contestants.ToDictionary(c => c.Tool, _ => new List<Measurement>());
        var sizes = new Dictionary<IBuildTool, (int Files, long Bytes)>();
        var again = _places.ToDictionary(p => p, _ => new List<Measurement>());
        var stages = _places.ToDictionary(p => p, _ => new List<IReadOnlyList<KeyValuePair<string, double>>>());
        var detected = _places.ToDictionary(p => p, _ => true);
        for (var round = 0; round < settings.Runs; round++)
        {
            foreach (var (place, tool) in RoundOrder(contestants, round))
            {
                var cold = ColdBuild(place, tool);
                if (tool.Kind != ToolKind.Hugo && SitegenBuild.FoundNothingChanged(cold))
                {
                    throw new BenchmarkException($"{tool.Name} found its output current after the output and .sitegen/ were moved aside: the cold build was not cold");
                }

                runs[tool].Add(cold);
                Console.WriteLine($"  [{round + 1}/{settings.Runs}] {tool.Name} {place.Name}: {Units.Seconds(cold.Wall.TotalSeconds)}, peak {Units.Bytes(cold.PeakRssBytes)}");

                // Both SiteGen builds write _site: measure each one's output before the other replaces it.
                sizes[tool] = OutputFolder.Size(tool.OutputDirectory);
                if (tool.Kind != ToolKind.Sitegen)
                {
                    continue;
                }

                stages[place].Add(StageTimings.Parse(cold.Stdout));
                var rebuild = Checked(tool, tool.Build(_runner));
                again[place].Add(rebuild);
                detected[place] &= SitegenBuild.FoundNothingChanged(rebuild);
                Console.WriteLine($"  [{round + 1}/{settings.Runs}] sitegen {place.Name}, nothing changed: {Units.Seconds(rebuild.Wall.TotalSeconds)}{(SitegenBuild.FoundNothingChanged(rebuild) ? "" : " (rebuilt: not detected as unchanged)")}");
            }
        }

        return _places.Select(place =>
        {
            var results = contestants.Where(c => c.Place == place)
                .Select(c => new ToolResult(c.Tool.Name, c.Tool.Kind, runs[c.Tool], sizes[c.Tool].Files, sizes[c.Tool].Bytes))
                .ToList();
            return (place, new CountResult(count, results, again[place], detected[place], stages[place]), fixups[place]);
        }).ToList();
    }

    /// <summary>Round <paramref name="round"/>'s order: the contestants rotated by one more each round.</summary>
    public static IEnumerable<T> RoundOrder<T>(IReadOnlyList<T> contestants, int round)
    {
        var start = contestants.Count == 0 ? 0 : round % contestants.Count;
        return contestants.Skip(start).Concat(contestants.Take(start));
    }

    private Measurement ColdBuild(BenchPlace place, IBuildTool tool)
    {
        tool.ClearForColdBuild(place.Directory);
        var run = Checked(tool, tool.Build(_runner));
        OutputFolder.EmptyTrash(place.Directory);
        return run;
    }

    /// <summary>One untimed cold build; the first lines of its errors if it fails.</summary>
    private string? Probe(BenchPlace place, IBuildTool tool)
    {
        Console.WriteLine($"  trying {tool.Name} {place.Name}");
        tool.ClearForColdBuild(place.Directory);
        var run = tool.Build(_runner);
        OutputFolder.EmptyTrash(place.Directory);
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
