using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.IO;

/// <summary>Turns a file's bytes into text: strict UTF-8 (a BOM is accepted), line ends normalised to '\n'.</summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Whether the bytes are text that needs no decoding to be split: valid UTF-8 with no BOM, NUL or carriage return,
    /// starting with an ASCII character.
    /// </summary>
    public static bool IsPlainUtf8(ReadOnlySpan<byte> bytes) =>
        bytes.Length > 0 && bytes[0] < 0x80 && bytes.IndexOfAny((byte)0, (byte)'\r') < 0 && System.Text.Unicode.Utf8.IsValid(bytes);

    /// <summary>Returns null, after reporting why, when the bytes are not UTF-8 text.</summary>
    public static string? Decode(byte[] bytes, string path, DiagnosticBag diagnostics)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var nul = Array.IndexOf(bytes, (byte)0, start);
        if (nul >= 0)
        {
            diagnostics.Error(DiagnosticCodes.BinaryFile, new SourceLocation(path),
                $"this is a binary file (a NUL byte at offset {nul}), not Markdown text; move it to static/ if it is an asset");
            return null;
        }

        string text;
        try
        {
            text = Strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = start + Math.Max(ex.Index, 0);
            var (line, column) = LineColumnAt(bytes, start, offset);
            diagnostics.Error(DiagnosticCodes.NotUtf8, new SourceLocation(path, line, column),
                $"the file is not UTF-8: invalid byte 0x{bytes[offset]:X2} at byte offset {offset}; " +
                "re-save it as UTF-8 (it may be Windows-1251 or another legacy encoding)");
            return null;
        }

        return text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
    }

    private static (int Line, int Column) LineColumnAt(byte[] bytes, int start, int offset)
    {
        var line = 1;
        var lineStart = start;
        for (var i = start; i < offset; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        var column = 1;
        for (var i = lineStart; i < offset; i++)
        {
            if ((bytes[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }
}
