using SiteGen.Benchmarks.Places;

namespace SiteGen.Benchmarks.Reporting;

/// <summary>The targets of issue 21 ("Faster than Hugo at every size"), as numbers.</summary>
public static class IssueTargets
{
    /// <summary>The size whose nothing-changed rebuild has a target.</summary>
    public const int NothingChangedCount = 10_000;

    /// <summary>A rebuild with nothing changed at most this share of the cold build.</summary>
    public const double NothingChangedShare = 0.10;

    /// <summary>The size whose peak memory has a target.</summary>
    public const int PeakCount = 100_000;

    /// <summary>SiteGen's peak resident memory below this many bytes (2.5 GB, decimal as the report writes sizes).</summary>
    public const long PeakBytes = 2_500_000_000;

    /// <summary><c>sitegen --version</c> below this many milliseconds.</summary>
    public const double StartupMilliseconds = 20;

    /// <summary>The sizes with a speed target, in the order the report lists them.</summary>
    public static readonly IReadOnlyList<int> RatioCounts = [1, 1_000, 10_000, 100_000];

    /// <summary>SiteGen's cold build over Hugo's (hugo-site) may be at most this at <paramref name="count"/>; null for a size without a target.</summary>
    public static double? HugoRatio(int count, PlaceKind place) => count switch
    {
        1 => 0.5,
        1_000 => 0.5,
        10_000 => place == PlaceKind.Memory ? 0.5 : 0.6,
        100_000 => 0.45,
        _ => null,
    };
}
