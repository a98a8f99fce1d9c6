using SiteGen.Diagnostics;
using SiteGen.IO;
using SiteGen.Loading;
using SiteGen.Output;
using SiteGen.Verification;

namespace SiteGen;

/// <summary>
/// One build as <see cref="Site.Run"/> left it: its result, and, when the site loaded, what rendered it (the
/// renderer, the counting sink, the link check), kept for the preview to render again after an edit and for
/// <c>check</c> to list every link.
/// </summary>
public sealed class SiteRun(
    DiagnosticBag diagnostics,
    BuildResult result,
    LoadedSite? site = null,
    IFileSource? source = null,
    SiteRenderer? renderer = null,
    CountingOutput? output = null,
    LinkVerifier? verifier = null) : IDisposable
{
    public BuildResult Result => result;

    /// <summary>Every diagnostic of the build, as collected (the result holds them sorted).</summary>
    public DiagnosticBag Diagnostics => diagnostics;

    /// <summary>The site loaded; null when loading failed or the build did not load it (refused, nothing changed).</summary>
    public LoadedSite? Site => site;

    /// <summary>The source the build read through.</summary>
    public IFileSource? Source => source;

    public SiteRenderer? Renderer => renderer;

    public CountingOutput? Output => output;

    /// <summary>The link check over every page written; null when nothing was rendered.</summary>
    public LinkVerifier? Verifier => verifier;

    /// <summary>Every URL the site claimed and who claimed it; null when the site did not load.</summary>
    internal UrlClaims? Claims { get; init; }

    /// <summary>The URLs the build published for readers to keep; null when it rendered nothing.</summary>
    internal PublishedUrls? Published { get; init; }

    public void Dispose() => renderer?.Dispose();
}
