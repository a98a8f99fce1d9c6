using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.IO;
using SiteGen.Loading;

namespace SiteGen.Output;

/// <summary>
/// Where a build's output goes and what makes it final, given to the one orchestrator (<c>Site</c>), which calls
/// these in order: <see cref="Begin"/> before loading, <see cref="Open"/> before rendering, <see cref="Commit"/>
/// after a render that succeeded, and <see cref="IDisposable.Dispose"/> last, whatever happened.
/// </summary>
public interface IPublishing : IDisposable
{
    /// <summary>
    /// Takes what the build needs before it reads the site (a lock), and says through which source it reads; the
    /// start may also end the build: refused (the diagnostics say why) or nothing to do.
    /// </summary>
    PublishStart Begin(IFileSource source, BuildOptions options, DiagnosticBag diagnostics);

    /// <summary>The sink the render stage writes the loaded site into.</summary>
    IOutputSink Open(LoadedSite site, DiagnosticBag diagnostics);

    /// <summary>Makes a rendered output final; called only when the build succeeded. <paramref name="published"/> is what the next build must still answer.</summary>
    void Commit(LoadedSite site, PublishedUrls published, DiagnosticBag diagnostics);

    /// <summary>Whether <paramref name="exception"/>, thrown while writing or committing, is the output failing; if so it is reported as a diagnostic.</summary>
    bool ReportFailure(Exception exception, LoadedSite site, DiagnosticBag diagnostics);
}
