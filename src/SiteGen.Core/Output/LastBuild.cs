using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.IO;

namespace SiteGen.Output;

/// <summary>
/// The record of the last successful build of a site: what it read, what it wrote, and what it reported. A build
/// that finds the same SiteGen, the same options, the same answers from the site's files and the same files in the
/// output has nothing to do: it would write what is there.
/// </summary>
public sealed record LastBuild(
    string Tool,
    string Options,
    BuildInputs Inputs,
    IReadOnlyList<OutputFile> Output,
    DateTimeOffset? NextDue,
    int Dispatches,
    IReadOnlyList<Content.LeftOutDispatch> LeftOut,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Why a build of <paramref name="source"/> would not write what the output holds now, or null when it would.</summary>
    /// <param name="source">The site.</param>
    /// <param name="output">The files in the output folder now (<see cref="OutputManifest.Take"/>).</param>
    /// <param name="options">The build's options.</param>
    /// <param name="timings">Where the comparisons' times go.</param>
    public string? ReasonToBuild(IFileSource source, Func<IReadOnlyList<OutputFile>> output, BuildOptions options, StageTimings? timings = null)
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
        return timings.Measure("compare inputs", () => Inputs.FirstDifference(source))
            ?? timings.Measure("compare output", () => OutputManifest.FirstDifference(output(), Output));
    }
}
