using SiteGen.Server.Hosting;

namespace SiteGen.Server.Rebuilding;

/// <summary>What a rebuild produced: the build's result, and the snapshot to serve when it succeeded.</summary>
public sealed record RebuildOutcome(BuildResult Result, SiteSnapshot? Snapshot, string OutputFolder)
{
    public bool Succeeded => Result.Succeeded && Snapshot is not null;

    /// <summary>Whether only what the edit touched was rendered again (false: the whole site was built).</summary>
    public bool Partial { get; init; }
}
