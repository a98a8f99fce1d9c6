using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.IO;
using SiteGen.Loading;

namespace SiteGen.Output;

/// <summary>Publishing into a sink as it is written (memory for the preview and <c>check</c>, a test's sink): nothing to take, nothing to swap.</summary>
public sealed class SinkPublishing(IOutputSink sink) : IPublishing
{
    public PublishStart Begin(IFileSource source, BuildOptions options, DiagnosticBag diagnostics) => new(source);

    public IOutputSink Open(LoadedSite site, DiagnosticBag diagnostics) => sink;

    public void Commit(LoadedSite site, DiagnosticBag diagnostics)
    {
        // The files are where they were written.
    }

    public bool ReportFailure(Exception exception, LoadedSite site, DiagnosticBag diagnostics) => false;

    public void Dispose()
    {
        // Nothing taken.
    }
}
