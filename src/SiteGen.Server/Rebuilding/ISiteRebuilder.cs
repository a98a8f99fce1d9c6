using SiteGen.Server.Hosting;

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
    /// <param name="changedPaths">The site-relative paths that changed.</param>
    /// <param name="publishEarly">
    /// May be called, before the rebuild returns, with a snapshot of which only <see cref="SiteSnapshot.Final"/> may be
    /// served yet: those paths are already as the outcome will have them.
    /// </param>
    RebuildOutcome Rebuild(IReadOnlyCollection<string> changedPaths, Action<SiteSnapshot>? publishEarly = null);
}
