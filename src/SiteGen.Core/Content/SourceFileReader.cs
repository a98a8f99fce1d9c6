using System.Text;
using SiteGen.Diagnostics;
using SiteGen.IO;
using SiteGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Content;

/// <summary>A content file decoded and split: its front-matter mapping (with a reader placed in the file) and body.</summary>
public sealed record SourceFile(string Path, YamlMappingNode FrontMatter, YamlReader Reader, ReadOnlyMemory<byte> BodyUtf8, int BodyLine)
{
    public string Body => Encoding.UTF8.GetString(BodyUtf8.Span);
}

/// <summary>Reads a Markdown file with front matter, reporting encoding, size and fence problems.</summary>
public static class SourceFileReader
{
    /// <summary>Files above this size are refused: no dispatch is that long, and one would stall the build.</summary>
    public const long MaxFileSize = 10 * 1024 * 1024;

    public static SourceFile? Read(IFileSource source, string path, DiagnosticBag diagnostics, string invalidFieldCode)
    {
        var bytes = source.ReadAllBytesUpTo(path, MaxFileSize, out var length);
        if (bytes is null)
        {
            diagnostics.Error(DiagnosticCodes.FileTooLarge, new SourceLocation(path),
                $"the file is {length / (1024.0 * 1024.0):0.0} MB; content files over {MaxFileSize / (1024 * 1024)} MB are refused (is it really a dispatch?)");
            return null;
        }

        if (length == 0)
        {
            diagnostics.Error(DiagnosticCodes.EmptyFile, new SourceLocation(path),
                "the file is empty; a dispatch needs front matter with at least a title and a date");
            return null;
        }

        if (TextDecoder.IsPlainUtf8(bytes) && FrontMatterSplitter.Find<byte>(bytes, out _) is { } bounds)
        {
            // The common case: only the front matter is decoded, and the body stays the file's own bytes.
            var yaml = Encoding.UTF8.GetString(bytes.AsSpan(bounds.YamlStart..bounds.YamlEnd));
            return Parse(path, yaml, bytes.AsMemory(Math.Min(bounds.BodyStart, bytes.Length)), bounds.BodyFirstLine, diagnostics, invalidFieldCode);
        }

        var text = TextDecoder.Decode(bytes, path, diagnostics);
        if (text is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(DiagnosticCodes.EmptyFile, new SourceLocation(path),
                "the file is blank; a dispatch needs front matter with at least a title and a date");
            return null;
        }

        var document = FrontMatterSplitter.Split(text, out var unclosed);
        if (unclosed)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterNotClosed, new SourceLocation(path, 1, 1),
                "the front matter opened here with '---' is never closed; add a line '---' after its last field");
            return null;
        }

        if (document is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingFrontMatter, new SourceLocation(path, 1, 1),
                "the file does not start with front matter; begin it with a line '---', the fields (title, date, ...), and '---'");
            return null;
        }

        return Parse(path, document.Yaml, Encoding.UTF8.GetBytes(document.Body), document.BodyFirstLine, diagnostics, invalidFieldCode);
    }

    private static SourceFile? Parse(string path, string yaml, ReadOnlyMemory<byte> body, int bodyLine, DiagnosticBag diagnostics, string invalidFieldCode)
    {
        // The YAML always starts on the file's second line, after the opening fence.
        if (TextDecoder.FindControlCharacter(body.Span, out var codePoint) is var control and >= 0)
        {
            var (line, column) = TextDecoder.LineColumnAt(body.Span, control);
            diagnostics.Error(DiagnosticCodes.ControlCharacter, new SourceLocation(path, bodyLine + line - 1, column),
                "the text " + Text.ControlCharacters.Problem(codePoint));
        }

        var reader = new YamlReader(path, 1, diagnostics, invalidFieldCode);
        var mapping = reader.ParseMapping(yaml, DiagnosticCodes.FrontMatterSyntax);
        return mapping is null ? null : new SourceFile(path, mapping, reader, body, bodyLine);
    }
}
