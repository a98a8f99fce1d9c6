namespace SiteGen.Server.Rebuilding;

/// <summary>What one rebuild did, for the console and for tests.</summary>
/// <param name="ChangedPaths">The site paths that triggered it (empty: unknown, everything was rebuilt).</param>
/// <param name="Result">The build's result and diagnostics.</param>
/// <param name="Served">Whether its snapshot is now served (false: the build failed and the last good one stays).</param>
/// <param name="BuildTime">From the start of the rebuild to its snapshot being servable.</param>
public sealed record RebuildReport(IReadOnlyCollection<string> ChangedPaths, BuildResult Result, bool Served, TimeSpan BuildTime)
{
    /// <summary>How many output files differ from what was served before; -1 when the build failed.</summary>
    public int ChangedFiles { get; init; } = -1;

    /// <summary>Whether only what the edit touched was rendered again (false: the whole site was built).</summary>
    public bool Partial { get; init; }

    /// <summary>The <see cref="System.Diagnostics.Stopwatch"/> timestamp at which the snapshot became servable (0 when the build failed).</summary>
    public long ServedTimestamp { get; init; }

    /// <summary>
    /// The timestamp at which the first pages of it were servable: the added dispatches' pages and the front page,
    /// served while the rest rendered; <see cref="ServedTimestamp"/> when all came at once.
    /// </summary>
    public long FirstServedTimestamp { get; init; }
}
