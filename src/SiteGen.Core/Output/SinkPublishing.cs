using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.IO;
using SiteGen.Loading;

namespace SiteGen.Output;

/// <summary>Publishing into a sink as it is written (memory for the preview and <c>check</c>, a test's sink): nothing to take, nothing to swap.</summary>
/// <param name="sink">Where the files go.</param>
/// <param name="previous">The URLs the build before published (the preview's last good build), for this one to warn of those it loses.</param>
public sealed class SinkPublishing(IOutputSink sink, PublishedUrls? previous = null) : IPublishing
{
    public PublishStart Begin(IFileSource source, BuildOptions options, DiagnosticBag diagnostics) => new(source) { Previous = previous };

    public IOutputSink Open(LoadedSite site, DiagnosticBag diagnostics) => sink;

    public void Commit(LoadedSite site, PublishedUrls published, DiagnosticBag diagnostics)
    {
        // The files are where they were written.
    }

    public bool ReportFailure(Exception exception, LoadedSite site, DiagnosticBag diagnostics) => false;

    public void Dispose()
    {
        // Nothing taken.
    }
}
