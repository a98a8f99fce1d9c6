using SiteGen.Diagnostics;

namespace SiteGen.Import.Wxr;

/// <summary>
/// Takes the C0 control characters XML forbids out of an export's bytes before it is parsed (a form feed pasted into
/// a post would otherwise lose the whole file), each reported at its line and column; a form feed or vertical tab
/// becomes a space. UTF-8 never uses these bytes inside a multi-byte character, so the bytes can be read one by one.
/// </summary>
internal static class ControlBytes
{
    private const int Reported = 20;

    /// <summary>The stream to parse: <paramref name="stream"/> itself when it holds none, else a cleaned copy.</summary>
    public static Stream Clean(Stream stream, string sourcePath, DiagnosticBag diagnostics)
    {
        if (!stream.CanSeek)
        {
            return stream;
        }

        var bytes = SeekableBytes.Of(stream).Span;
        if (bytes.IndexOfAnyInRange((byte)0x00, (byte)0x08) < 0 && bytes.IndexOfAny((byte)0x0B, (byte)0x0C) < 0 && bytes.IndexOfAnyInRange((byte)0x0E, (byte)0x1F) < 0)
        {
            return stream;
        }

        var cleaned = new MemoryStream(bytes.Length);
        int line = 1, column = 1, found = 0;
        foreach (var b in bytes)
        {
            if (b is < 0x20 and not (0x09 or 0x0A or 0x0D))
            {
                if (++found <= Reported)
                {
                    diagnostics.Warning(DiagnosticCodes.ImportCharacterTakenOut, new SourceLocation(sourcePath, line, column),
                        $"the control character U+{b:X4}, which no XML file, page or feed can carry: {(b is 0x0B or 0x0C ? "read as a space" : "left out")}; the rest of the file is imported");
                }

                if (b is 0x0B or 0x0C)
                {
                    cleaned.WriteByte((byte)' ');
                    column++;
                }

                continue;
            }

            cleaned.WriteByte(b);
            if (b == '\n')
            {
                (line, column) = (line + 1, 1);
            }
            else if ((b & 0xC0) != 0x80)
            {
                column++;
            }
        }

        if (found > Reported)
        {
            diagnostics.Warning(DiagnosticCodes.ImportCharacterTakenOut, new SourceLocation(sourcePath),
                $"{found - Reported} more control character(s) left out (the first {Reported} are reported above)");
        }

        cleaned.Position = 0;
        return cleaned;
    }
}
