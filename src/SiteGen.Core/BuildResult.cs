using SiteGen.Diagnostics;

namespace SiteGen;

/// <summary>What a build did: its diagnostics, what it wrote and what it left out.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    bool Succeeded,
    int Dispatches,
    int Files,
    long Bytes,
    IReadOnlyList<Content.LeftOutDispatch> LeftOut,
    TimeSpan Elapsed)
{
    /// <summary>Local images read and resized by this build (0 when the image cache held them all).</summary>
    public int ImagesMade { get; init; }

    /// <summary>Local images whose resized copies came from the image cache.</summary>
    public int ImagesReused { get; init; }

    public int DraftsLeftOut => LeftOut.Count(d => d.IsDraft);

    public int FutureLeftOut => LeftOut.Count(d => !d.IsDraft);

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
}
