using SiteGen.Incremental;
using SiteGen.Server.Hosting;

namespace SiteGen.Server.Rebuilding;

/// <summary>What a rebuild produced: the build's result, and the snapshot to serve when it succeeded.</summary>
public sealed record RebuildOutcome(BuildResult Result, SiteSnapshot? Snapshot, string OutputFolder)
{
    public bool Succeeded => Result.Succeeded && Snapshot is not null;

    /// <summary>Whether only what the edit touched was rendered again (false: the whole site was built).</summary>
    public bool Partial { get; init; }

    /// <summary>What the build read, so the watcher can let everything else go; null when unknown (any change may matter).</summary>
    public SiteInputs? Inputs { get; init; }

    /// <summary>When a dispatch left out for its future date is due, so the preview builds again then; null when none is.</summary>
    public DateTimeOffset? NextDue { get; init; }
}
