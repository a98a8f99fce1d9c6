using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.IO;

namespace SiteGen.Output;

/// <summary>
/// The record of the last successful build of a site: what it read, what it wrote, and what it reported. A build
/// that finds the same SiteGen, the same options, the same answers from the site's files and the same files in the
/// output has nothing to do: it would write what is there.
/// </summary>
/// <param name="Tool">The SiteGen that built it (<see cref="BuildKey.Tool"/>).</param>
/// <param name="Options">The build's options (<see cref="BuildKey.Of"/>).</param>
/// <param name="OutputFolder">The output folder, relative to the site folder.</param>
/// <param name="BaseUrl">The base URL the pages were built for.</param>
/// <param name="Inputs">Every question the build asked of the site, and the answers.</param>
/// <param name="Output">Every file of the output folder, as the build left it.</param>
/// <param name="NextDue">When the first dispatch left out for its future date falls due.</param>
/// <param name="Dispatches">How many dispatches it built.</param>
/// <param name="LeftOut">The dispatches it left out.</param>
/// <param name="Diagnostics">What it reported.</param>
public sealed record LastBuild(
    string Tool,
    string Options,
    string OutputFolder,
    string BaseUrl,
    BuildInputs Inputs,
    IReadOnlyList<OutputFile> Output,
    DateTimeOffset? NextDue,
    int Dispatches,
    IReadOnlyList<Content.LeftOutDispatch> LeftOut,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The URLs it published for readers to keep, for the next build to warn of those it loses (SG0508).</summary>
    public PublishedUrls Published { get; init; } = PublishedUrls.Empty;

    /// <summary>Why a build of <paramref name="source"/> would not write what the output holds now, or null when it would.</summary>
    /// <param name="source">The site.</param>
    /// <param name="outputFolder">The output folder, whose files are listed (<see cref="OutputManifest.Take"/>) while the inputs are compared.</param>
    /// <param name="options">The build's options.</param>
    /// <param name="timings">Where the comparisons' times go.</param>
    public string? ReasonToBuild(IFileSource source, string outputFolder, BuildOptions options, StageTimings? timings = null)
    {
        if (Tool != BuildKey.Tool)
        {
            return "SiteGen changed";
        }

        if (Options != BuildKey.Of(options))
        {
            return "the build options changed";
        }

        if (NextDue is { } due && due <= options.Now && !options.IncludeFuture)
        {
            return $"a dispatch fell due at {due:yyyy-MM-dd HH:mm zzz}";
        }

        timings ??= new StageTimings();
        using var stop = new CancellationTokenSource();
        var listing = Task.Run(() => OutputManifest.Take(outputFolder, stop.Token));
        var reason = timings.Measure("compare inputs", () => Inputs.FirstDifference(source));
        if (reason is not null)
        {
            stop.Cancel();
            return reason;
        }

        return timings.Measure("compare output", () => OutputManifest.FirstDifference(listing.GetAwaiter().GetResult(), Output));
    }
}
