using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>Prints diagnostics as <c>path(line,col): error SG0201: message</c>, capped with a count of the rest.</summary>
public static class DiagnosticPrinter
{
    public const int MaxShown = 50;

    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer, bool showInfo = true)
    {
        var color = writer == Console.Error ? !Console.IsErrorRedirected : writer == Console.Out && !Console.IsOutputRedirected;
        color &= Environment.GetEnvironmentVariable("NO_COLOR") is null;
        var shown = diagnostics.Where(d => showInfo || d.Severity != DiagnosticSeverity.Info).ToList();
        foreach (var diagnostic in shown.Take(MaxShown))
        {
            var text = diagnostic.ToString();
            if (color)
            {
                var code = diagnostic.Severity switch { DiagnosticSeverity.Error => "31", DiagnosticSeverity.Warning => "33", _ => "36" };
                text = $"\u001b[{code}m{text}\u001b[0m";
            }

            writer.WriteLine(text);
            foreach (var related in diagnostic.Related ?? [])
            {
                writer.WriteLine($"    see also {related}");
            }
        }

        if (shown.Count > MaxShown)
        {
            var rest = shown.Skip(MaxShown).ToList();
            writer.WriteLine($"... and {rest.Count} more ({rest.Count(d => d.IsError)} errors, {rest.Count(d => d.Severity == DiagnosticSeverity.Warning)} warnings)");
        }
    }
}
