using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.IO;

/// <summary>Turns a file's bytes into text: strict UTF-8 (a BOM is accepted), line ends normalised to '\n'.</summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // The bytes that start a forbidden control character in UTF-8 (Text.ControlCharacters): the C0 controls and DEL
    // are bytes of their own, and 0xC2 leads U+0080 to U+00BF, of which U+0080 to U+009F are the C1 controls.
    private static readonly System.Buffers.SearchValues<byte> ControlBytes = System.Buffers.SearchValues.Create(
        [.. Text.ControlCharacters.C0.Select(c => (byte)c), (byte)0x7F, (byte)0xC2]);

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
            var (line, column) = LineColumnAt(bytes.AsSpan(start), offset - start);
            diagnostics.Error(DiagnosticCodes.NotUtf8, new SourceLocation(path, line, column),
                $"the file is not UTF-8: invalid byte 0x{bytes[offset]:X2} at byte offset {offset}; " +
                "re-save it as UTF-8 (it may be Windows-1251 or another legacy encoding)");
            return null;
        }

        return text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
    }

    /// <summary>
    /// The offset of the first control character in UTF-8 text that no page or feed can carry (see
    /// <see cref="Text.ControlCharacters"/>), or -1; <paramref name="codePoint"/> is the character.
    /// </summary>
    public static int FindControlCharacter(ReadOnlySpan<byte> utf8, out int codePoint)
    {
        codePoint = 0;
        var from = 0;
        while (from < utf8.Length && utf8[from..].IndexOfAny(ControlBytes) is var found and >= 0)
        {
            var at = from + found;

            if (utf8[at] != 0xC2)
            {
                codePoint = utf8[at];
                return at;
            }

            if (at + 1 < utf8.Length && utf8[at + 1] <= 0x9F)
            {
                codePoint = utf8[at + 1];
                return at;
            }

            from = at + 1;
        }

        return -1;
    }

    /// <summary>The 1-based line and column (in characters) of a byte offset in UTF-8 text.</summary>
    public static (int Line, int Column) LineColumnAt(ReadOnlySpan<byte> utf8, int offset)
    {
        var lineStart = utf8[..offset].LastIndexOf((byte)'\n') + 1;
        var line = 1 + utf8[..lineStart].Count((byte)'\n');
        var column = 1;
        for (var i = lineStart; i < offset; i++)
        {
            if ((utf8[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }
}
