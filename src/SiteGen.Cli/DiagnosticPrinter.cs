using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>
/// Prints diagnostics as <c>path(line,col): error SG0201: message</c>, capped with a count of the rest. Paths are
/// written relative to the current folder (the site may be above it, or named by --source), so that an editor or a
/// terminal opens them as printed.
/// </summary>
internal static class DiagnosticPrinter
{
    public const int MaxShown = 50;

    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer, bool showInfo = true, string? siteRoot = null)
    {
        var color = writer == Console.Error ? !Console.IsErrorRedirected : writer == Console.Out && !Console.IsOutputRedirected;
        color &= Environment.GetEnvironmentVariable("NO_COLOR") is null;
        var shown = diagnostics.Where(d => showInfo || d.Severity != DiagnosticSeverity.Info).ToList();
        foreach (var diagnostic in shown.Take(MaxShown))
        {
            var text = Format(diagnostic, siteRoot);
            if (color)
            {
                var code = diagnostic.Severity switch { DiagnosticSeverity.Error => "31", DiagnosticSeverity.Warning => "33", _ => "36" };
                text = $"\u001b[{code}m{text}\u001b[0m";
            }

            writer.WriteLine(text);
            foreach (var related in diagnostic.Related ?? [])
            {
                writer.WriteLine($"    see also {Relative(related, siteRoot)}");
            }
        }

        if (shown.Count > MaxShown)
        {
            var rest = shown.Skip(MaxShown).ToList();
            writer.WriteLine($"... and {rest.Count} more ({rest.Count(d => d.IsError)} errors, {rest.Count(d => d.Severity == DiagnosticSeverity.Warning)} warnings)");
        }
    }

    /// <summary>The diagnostic's line with its path relative to the current folder.</summary>
    public static string Format(Diagnostic diagnostic, string? siteRoot) =>
        (diagnostic with { Location = Relative(diagnostic.Location, siteRoot) }).ToString();

    /// <summary>
    /// A site-relative location made relative to the current folder. Only paths of files in the site are moved: a
    /// location in the built-in theme, or a URL, is printed as it is.
    /// </summary>
    public static SourceLocation Relative(SourceLocation location, string? siteRoot)
    {
        if (siteRoot is null || string.IsNullOrEmpty(location.Path) || Path.IsPathRooted(location.Path))
        {
            return location;
        }

        var full = Path.GetFullPath(Path.Combine(siteRoot, location.Path));
        if (!File.Exists(full) && !Directory.Exists(full) && location.Path != Configuration.ConfigLoader.FileName)
        {
            return location;
        }

        return location with { Path = Path.GetRelativePath(Environment.CurrentDirectory, full) };
    }
}
