using System.CommandLine;
using System.Globalization;
using SiteGen.Benchmarks.Places;

namespace SiteGen.Benchmarks;

/// <summary>The harness's command line: options in, <see cref="BenchSettings"/> out.</summary>
public static class BenchCommand
{
    /// <summary>/var/tmp rather than /tmp: some systems mount /tmp on tmpfs, /var/tmp stays on disk.</summary>
    public const string DefaultDiskDirectory = "/var/tmp/sitegen-bench";

    public const string DefaultMemoryDirectory = "/dev/shm/sitegen-bench";

    public static RootCommand Create(Func<BenchSettings, int> run)
    {
        var counts = new Option<string>("--counts")
        {
            Description = "Corpus sizes in dispatches, comma-separated",
            DefaultValueFactory = _ => "1,1000,10000",
        };
        var runs = new Option<int>("--runs") { Description = "Timed cold builds per tool and size", DefaultValueFactory = _ => 5 };
        var warmups = new Option<int>("--warmups") { Description = "Untimed builds per tool and size before the timed ones", DefaultValueFactory = _ => 1 };
        var startupRuns = new Option<int>("--startup-runs") { Description = "Runs of 'sitegen --version' for the start-up time", DefaultValueFactory = _ => 20 };
        var places = new Option<string>("--places")
        {
            Description = "Where to build: disk, memory, or both (alternated round by round)",
            DefaultValueFactory = _ => "disk,memory",
        };
        var disk = new Option<string>("--disk") { Description = "The work folder on disk (corpora and outputs, kept between sessions)", DefaultValueFactory = _ => DefaultDiskDirectory };
        var memory = new Option<string>("--memory") { Description = "The work folder on tmpfs", DefaultValueFactory = _ => DefaultMemoryDirectory };
        var jit = new Option<bool>("--jit") { Description = "Measure src/SiteGen.Cli built in Release on the JIT instead of publishing the Native AOT sitegen" };
        var variant = new Option<string>("--hugo-variant")
        {
            Description = "The Hugo site to compare with: hugo-site (the target's yardstick), hugo-site-full or both",
            DefaultValueFactory = _ => "hugo-site",
        };
        variant.AcceptOnlyFromAmong("hugo-site", "hugo-site-full", "both");
        var noHugo = new Option<bool>("--no-hugo") { Description = "Measure SiteGen only" };
        var featuresOff = new Option<bool>("--features-off") { Description = "Also build the corpus with its actors taken out (no linking, related dispatches or actor pages), to time what they cost" };
        var seed = new Option<int>("--seed") { Description = "gen_corpus.py's seed", DefaultValueFactory = _ => 20220224 };
        var benchDir = new Option<string?>("--bench-dir") { Description = "The folder with gen_corpus.py and the Hugo sites (default: ../shared/bench beside the repository)" };
        var sitegen = new Option<string?>("--sitegen") { Description = "Measure this sitegen executable or sitegen.dll instead of publishing src/SiteGen.Cli (e.g. artifacts/aot/sitegen)" };
        var hugo = new Option<string>("--hugo") { Description = "The hugo executable", DefaultValueFactory = _ => "hugo" };
        var python = new Option<string>("--python") { Description = "The Python 3 interpreter for gen_corpus.py", DefaultValueFactory = _ => "python3" };
        var markdown = new Option<string?>("--markdown")
        {
            Description = "Also write the results as Markdown here; a file with <!-- bench-results --> markers has only the part between them replaced",
        };

        var root = new RootCommand("SiteGen's benchmark: cold and unchanged rebuilds against Hugo on gen_corpus.py's archive (docs/benchmarks.md).")
        {
            counts, runs, warmups, startupRuns, places, disk, memory, jit, variant, noHugo, featuresOff, seed, benchDir, sitegen, hugo, python, markdown,
        };
        root.SetAction(parse =>
        {
            var parsedCounts = ParseCounts(parse.GetValue(counts)!);
            if (parsedCounts is null)
            {
                Console.Error.WriteLine("sitegen-bench: --counts takes positive whole numbers separated by commas, e.g. 1000,10000");
                return 2;
            }

            var parsedPlaces = ParsePlaces(parse.GetValue(places)!);
            if (parsedPlaces is null)
            {
                Console.Error.WriteLine("sitegen-bench: --places takes disk, memory or disk,memory");
                return 2;
            }

            if (parse.GetValue(jit) && parse.GetValue(sitegen) is not null)
            {
                Console.Error.WriteLine("sitegen-bench: --jit and --sitegen both choose the sitegen to measure: give one");
                return 2;
            }

            if (parse.GetValue(runs) < 1 || parse.GetValue(warmups) < 0 || parse.GetValue(startupRuns) < 0)
            {
                Console.Error.WriteLine("sitegen-bench: --runs must be at least 1, --warmups and --startup-runs at least 0");
                return 2;
            }

            var repo = RepositoryPaths.TryRoot;
            if (repo is null)
            {
                Console.Error.WriteLine("sitegen-bench: cannot find SiteGen.sln above the current folder or the program; run from the repository");
                return 2;
            }

            var chosen = parse.GetValue(variant)!;
            return run(new BenchSettings
            {
                Counts = parsedCounts,
                Runs = parse.GetValue(runs),
                Warmups = parse.GetValue(warmups),
                StartupRuns = parse.GetValue(startupRuns),
                Places = parsedPlaces,
                DiskDirectory = Path.GetFullPath(parse.GetValue(disk)!),
                MemoryDirectory = Path.GetFullPath(parse.GetValue(memory)!),
                Jit = parse.GetValue(jit),
                BenchDirectory = Path.GetFullPath(parse.GetValue(benchDir) ?? Path.Combine(repo, "..", "shared", "bench")),
                RepositoryRoot = repo,
                HugoVariants = chosen == "both" ? ["hugo-site", "hugo-site-full"] : [chosen],
                SkipHugo = parse.GetValue(noHugo),
                FeaturesOff = parse.GetValue(featuresOff),
                Seed = parse.GetValue(seed),
                Sitegen = parse.GetValue(sitegen) is { } path ? Path.GetFullPath(path) : null,
                Hugo = parse.GetValue(hugo)!,
                Python = parse.GetValue(python)!,
                MarkdownPath = parse.GetValue(markdown) is { } md ? Path.GetFullPath(md) : null,
            });
        });
        return root;
    }

    /// <summary>"1,1000,10_000" as sizes, each once; null unless every part is a whole number of at least 1.</summary>
    public static IReadOnlyList<int>? ParseCounts(string text)
    {
        var list = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part.Replace("_", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
            {
                return null;
            }

            if (!list.Contains(n))
            {
                list.Add(n);
            }
        }

        return list.Count == 0 ? null : list;
    }

    /// <summary>"disk,memory" as places, each once, in the order given; null for an unknown or empty list.</summary>
    public static IReadOnlyList<PlaceKind>? ParsePlaces(string text)
    {
        var list = new List<PlaceKind>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            PlaceKind? kind = string.Equals(part, "disk", StringComparison.OrdinalIgnoreCase) ? PlaceKind.Disk
                : string.Equals(part, "memory", StringComparison.OrdinalIgnoreCase) ? PlaceKind.Memory
                : null;
            if (kind is null)
            {
                return null;
            }

            if (!list.Contains(kind.Value))
            {
                list.Add(kind.Value);
            }
        }

        return list.Count == 0 ? null : list;
    }
}
