using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>The closing lines of a build: what was written, what was left out and why, and the verdict.</summary>
internal static class BuildSummary
{
    private const int ListedLeftOut = 10;

    /// <summary>"1 dispatch", "2 dispatches".</summary>
    public static string Dispatches(int count) => count == 1 ? "1 dispatch" : $"{count} dispatches";

    /// <summary>Prints the summary; with <paramref name="siteRoot"/>, the files listed relative to the current folder, as diagnostics are.</summary>
    public static void Print(BuildResult result, TextWriter writer, string? siteRoot = null)
    {
        var upToDate = result.Diagnostics.Any(d => d.Code == DiagnosticCodes.UpToDate);
        if (!result.Succeeded)
        {
            writer.WriteLine($"Build failed: {result.ErrorCount} error(s), {result.WarningCount} warning(s). The previous output is unchanged.");
            return;
        }

        if (upToDate)
        {
            writer.WriteLine($"Nothing changed: the output is up to date ({Dispatches(result.Dispatches)}, {result.Elapsed.TotalSeconds:0.00} s).");
        }
        else
        {
            writer.WriteLine($"Built {Dispatches(result.Dispatches)} into {result.Files} files ({result.Bytes / 1e6:0.0} MB) in {result.Elapsed.TotalSeconds:0.00} s.");
        }

        if (result.LeftOut.Count > 0)
        {
            writer.WriteLine($"Left out: {result.DraftsLeftOut} draft(s) (use --drafts), {result.FutureLeftOut} dated in the future (use --future):");
            foreach (var dispatch in result.LeftOut.Take(ListedLeftOut))
            {
                var why = dispatch.Due is { } due ? $"scheduled for {due:yyyy-MM-dd HH:mm zzz}" : "draft";
                writer.WriteLine($"  {DiagnosticPrinter.Relative(new SourceLocation(dispatch.SourcePath), siteRoot).Path}: \"{dispatch.Title}\", {why}");
            }

            if (result.LeftOut.Count > ListedLeftOut)
            {
                writer.WriteLine($"  and {result.LeftOut.Count - ListedLeftOut} more.");
            }
        }

        if (result.WarningCount > 0)
        {
            writer.WriteLine($"{result.WarningCount} warning(s).");
        }
    }
}
