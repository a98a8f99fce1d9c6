using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Text;

namespace SiteGen.Import.Text;

/// <summary>
/// Takes out of an input's text the control characters no page or feed can carry (a form feed or vertical tab
/// copied from a page), each reported where it stood, so that the rest of the input still imports and the
/// Markdown written never holds what the build rejects (SG0217).
/// </summary>
internal static class ControlCharacterCleaner
{
    /// <summary>Past this many, the rest of a file's control characters are counted in one message.</summary>
    public const int ReportedPerFile = 10;

    /// <summary>The text without them: a form feed or vertical tab becomes a line break (it broke the page), any other goes.</summary>
    public static string Clean(string text, string sourcePath, DiagnosticBag diagnostics)
    {
        var first = text.AsSpan().IndexOfAny(ControlCharacters.Forbidden);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        var line = 1 + text.AsSpan(0, first).Count('\n');
        var lineStart = text.LastIndexOf('\n', first) + 1;
        var found = 0;
        for (var i = first; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch == '\n')
            {
                line++;
                lineStart = i + 1;
                builder.Append(ch);
                continue;
            }

            if (!ControlCharacters.Forbidden.Contains(ch))
            {
                builder.Append(ch);
                continue;
            }

            found++;
            if (found <= ReportedPerFile)
            {
                var what = ch is '\f' or '\v' ? "replaced by a line break" : "removed";
                diagnostics.Warning(DiagnosticCodes.ImportControlCharacter, new SourceLocation(sourcePath, line, i - lineStart + 1),
                    $"the control character U+{(int)ch:X4}, which no page or feed can carry, is {what}; the rest imports");
            }

            if (ch is '\f' or '\v')
            {
                builder.Append('\n');
            }
        }

        if (found > ReportedPerFile)
        {
            diagnostics.Warning(DiagnosticCodes.ImportControlCharacter, new SourceLocation(sourcePath),
                $"{found - ReportedPerFile} more control characters removed from this input");
        }

        return builder.ToString();
    }
}
