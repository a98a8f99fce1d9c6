using SiteGen.Diagnostics;

namespace SiteGen.Output;

/// <summary>Warns as the output nears GitHub Pages' published-site limit of 1 GB.</summary>
internal static class OutputSizeCheck
{
    public const long GitHubPagesLimit = 1_000_000_000;

    public static void Report(long bytes, DiagnosticBag diagnostics)
    {
        if (bytes >= GitHubPagesLimit * 8 / 10)
        {
            diagnostics.Warning(DiagnosticCodes.OutputSize, SourceLocation.None,
                $"the output is {bytes / 1e6:0} MB, {100.0 * bytes / GitHubPagesLimit:0}% of GitHub Pages' 1 GB limit for a published site");
        }
    }
}
