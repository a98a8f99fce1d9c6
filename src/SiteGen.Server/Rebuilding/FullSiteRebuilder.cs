using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.IO;
using SiteGen.Server.Hosting;

namespace SiteGen.Server.Rebuilding;

/// <summary>Rebuilds the whole site from disk on every change: exact by construction, as slow as a full build.</summary>
public sealed class FullSiteRebuilder(string siteDirectory, BuildOptions options, TimeProvider clock) : ISiteRebuilder
{
    public FullSiteRebuilder(string siteDirectory, BuildOptions options)
        : this(siteDirectory, options, TimeProvider.System)
    {
    }

    public RebuildOutcome Rebuild(IReadOnlyCollection<string> changedPaths)
    {
        var source = new PhysicalFileSource(siteDirectory);
        var output = new MemoryOutput();
        var result = Site.Build(source, output, options with { LiveReload = true, Now = clock.GetUtcNow() });

        // Site.Build does not hand back its config; site.yml is one small file, so read it again for the base path.
        var config = ConfigLoader.Load(source, new DiagnosticBag());
        var baseUrl = options.BaseUrl ?? config.BaseUrl;
        var snapshot = result.Succeeded ? new SiteSnapshot(output.Files, baseUrl.AbsolutePath) : null;
        return new RebuildOutcome(result, snapshot, options.OutputDirectory ?? config.Output);
    }
}
