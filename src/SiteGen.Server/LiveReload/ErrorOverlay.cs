using System.Text;
using SiteGen.Diagnostics;
using SiteGen.IO;

namespace SiteGen.Server.LiveReload;

/// <summary>The text shown over the page when a rebuild fails: each error at file(line,col) with the source around it.</summary>
internal static class ErrorOverlay
{
    public const int MaxShown = 10;
    private const int ContextLines = 2;

    /// <summary>Source lines are cut here: a minified partial or a pasted paragraph would bury the error.</summary>
    private const int MaxLineLength = 200;

    public static string Text(IReadOnlyList<Diagnostic> diagnostics, IFileSource source)
    {
        var errors = diagnostics.Where(d => d.IsError).ToList();
        var text = new StringBuilder();
        text.Append("Build failed: ").Append(errors.Count).Append(errors.Count == 1 ? " error" : " errors")
            .Append(". The page shows the last good build; fix the file and it reloads.\n");
        foreach (var error in errors.Take(MaxShown))
        {
            text.Append('\n').Append(error).Append('\n');
            AppendSource(text, error.Location, source);
            foreach (var related in error.Related ?? [])
            {
                text.Append("    see also ").Append(related).Append('\n');
            }
        }

        if (errors.Count > MaxShown)
        {
            text.Append("\n... and ").Append(errors.Count - MaxShown).Append(" more (sitegen build lists them all)\n");
        }

        return text.ToString();
    }

    /// <summary>A few lines of the file around the error, with a caret under the column.</summary>
    private static void AppendSource(StringBuilder text, SourceLocation location, IFileSource source)
    {
        var lines = ReadLines(location.Path, source);
        if (lines is null || location.Line < 1 || location.Line > lines.Length)
        {
            return;
        }

        var first = Math.Max(1, location.Line - ContextLines);
        var last = Math.Min(lines.Length, location.Line + ContextLines);
        var width = last.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        for (var number = first; number <= last; number++)
        {
            var marker = number == location.Line ? "> " : "  ";
            text.Append(marker).Append(number.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width)).Append(" | ")
                .Append(Cut(lines[number - 1])).Append('\n');
            if (number == location.Line && location.Column > 0 && location.Column <= MaxLineLength)
            {
                text.Append(' ', 2 + width).Append(" | ").Append(' ', location.Column - 1).Append("^\n");
            }
        }
    }

    private static string Cut(string line) => line.Length <= MaxLineLength ? line : line[..MaxLineLength] + " ...";

    private static string[]? ReadLines(string path, IFileSource source)
    {
        try
        {
            if (string.IsNullOrEmpty(path) || !source.FileExists(path))
            {
                return null;
            }

            var bytes = source.ReadAllBytes(path);
            return Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
