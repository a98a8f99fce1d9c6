namespace SiteGen.Server.Rebuilding;

/// <summary>Builds the site as it is on disk now into a snapshot the server can swap in.</summary>
/// <remarks>
/// The one seam between the preview server and the build (<see cref="IncrementalSiteRebuilder"/>, or a test's own).
/// Whatever it does, its snapshot must equal a clean full build of the same files
/// byte for byte; the exactness property test holds every implementation to that.
/// </remarks>
public interface ISiteRebuilder
{
    /// <summary>Rebuilds after the given site-relative paths changed; an empty set means "unknown: assume anything did".</summary>
    RebuildOutcome Rebuild(IReadOnlyCollection<string> changedPaths);
}
