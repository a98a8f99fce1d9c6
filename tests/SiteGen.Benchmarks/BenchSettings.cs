using SiteGen.Benchmarks.Places;

namespace SiteGen.Benchmarks;

/// <summary>What one benchmark session measures, and where it finds its tools and corpora.</summary>
public sealed record BenchSettings
{
    public required IReadOnlyList<int> Counts { get; init; }

    /// <summary>Timed cold builds per tool and count.</summary>
    public int Runs { get; init; } = 5;

    /// <summary>Untimed builds per tool and count before the timed ones (they also prove the build succeeds).</summary>
    public int Warmups { get; init; } = 1;

    public int StartupRuns { get; init; } = 20;

    /// <summary>Where to build, in the order measured: on disk, in memory, or both (alternated within each round).</summary>
    public IReadOnlyList<PlaceKind> Places { get; init; } = [PlaceKind.Disk, PlaceKind.Memory];

    /// <summary>The work folder on disk: corpora and outputs, kept between sessions.</summary>
    public required string DiskDirectory { get; init; }

    /// <summary>The work folder on a memory-backed file system (tmpfs).</summary>
    public required string MemoryDirectory { get; init; }

    /// <summary>The folder holding gen_corpus.py, hugo-site/ and hugo-site-full/.</summary>
    public required string BenchDirectory { get; init; }

    public required string RepositoryRoot { get; init; }

    public IReadOnlyList<string> HugoVariants { get; init; } = ["hugo-site"];

    public bool SkipHugo { get; init; }

    /// <summary>Also time builds without linking, related dispatches and actor pages, when the CLI can.</summary>
    public bool FeaturesOff { get; init; }

    public int Seed { get; init; } = 20220224;

    /// <summary>A sitegen executable or .dll to measure instead of the one the harness publishes or builds.</summary>
    public string? Sitegen { get; init; }

    /// <summary>Measure src/SiteGen.Cli built in Release on the JIT instead of publishing the Native AOT program.</summary>
    public bool Jit { get; init; }

    public string Hugo { get; init; } = "hugo";

    public string Python { get; init; } = "python3";

    public string? MarkdownPath { get; init; }
}
