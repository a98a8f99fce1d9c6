using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Import.Model;
using SiteGen.IO;
using SiteGen.Text;

namespace SiteGen.Import.Writing;

/// <summary>
/// The last check before a file is written: it must read back as the build will read it. Control characters no page
/// can carry (a pasted form feed) are taken out and reported where they were; a file the build would still refuse
/// is not written, and the build's own messages say why.
/// </summary>
internal static class DocumentGate
{
    /// <summary>The text to write, or null after reporting why the build would refuse it.</summary>
    public static string? Pass(string text, string target, string shownTarget, string source, ImportedKind kind, SiteConfig config, DiagnosticBag diagnostics)
    {
        text = WithoutControlCharacters(text, shownTarget, source, diagnostics);

        var files = new MemoryFileSource();
        files.Set(target, text);
        var found = new DiagnosticBag();
        var file = SourceFileReader.Read(files, target, found, DiagnosticCodes.InvalidField);
        if (file is not null)
        {
            _ = kind == ImportedKind.Page ? PageReader.Read(file, config) is null : DispatchReader.Read(file, config) is null;
        }

        if (!found.HasErrors)
        {
            return text;
        }

        foreach (var problem in found.ToSortedList().Where(d => d.IsError))
        {
            diagnostics.Error(DiagnosticCodes.ImportItemRefused, new SourceLocation(source),
                $"not written: {shownTarget} would break the build ({problem.Code} at line {problem.Location.Line}: {problem.Message}); the rest of the import went on");
        }

        return null;
    }

    private static string WithoutControlCharacters(string text, string shownTarget, string source, DiagnosticBag diagnostics)
    {
        if (text.AsSpan().IndexOfAny(ControlCharacters.Forbidden) < 0)
        {
            return text;
        }

        var cleaned = new System.Text.StringBuilder(text.Length);
        var line = 1;
        var column = 1;
        foreach (var ch in text)
        {
            if (ControlCharacters.Forbidden.Contains(ch))
            {
                diagnostics.Warning(DiagnosticCodes.ImportCharacterTakenOut, new SourceLocation(shownTarget, line, column),
                    $"the input ({source}) held the control character U+{(int)ch:X4} here, which no page or feed can carry: {(ch is '\f' or '\v' ? "made a space" : "removed")}");
                if (ch is '\f' or '\v')
                {
                    cleaned.Append(' ');
                    column++;
                }

                continue;
            }

            cleaned.Append(ch);
            (line, column) = ch == '\n' ? (line + 1, 1) : (line, column + 1);
        }

        return cleaned.ToString();
    }
}
