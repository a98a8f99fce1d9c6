using SiteGen.Diagnostics;

namespace SiteGen.Import.Wxr;

/// <summary>
/// Finds the replacement characters (U+FFFD, shown as �) an export holds: text damaged before it was exported, as
/// when a blog's database read its UTF-8 as another encoding and "ä" became "��". Nothing can put the letters back,
/// so the text is imported as it is, and each item holding some is reported at the first, naming it.
/// </summary>
internal static class ReplacementCharacters
{
    private const int Reported = 20;

    /// <summary>The line and column of each U+FFFD in the stream's UTF-8 bytes, in file order; the stream is rewound.</summary>
    public static IReadOnlyList<(int Line, int Column)> Find(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return [];
        }

        var bytes = SeekableBytes.Of(stream).Span;
        ReadOnlySpan<byte> replacement = [0xEF, 0xBF, 0xBD];
        if (bytes.IndexOf(replacement) < 0)
        {
            return [];
        }

        var found = new List<(int, int)>();
        int line = 1, column = 1;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b == 0xEF && bytes[i..].StartsWith(replacement))
            {
                found.Add((line, column));
            }

            if (b == '\n')
            {
                (line, column) = (line + 1, 1);
            }
            else if ((b & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return found;
    }

    /// <summary>One warning per item holding some (the first <see cref="Reported"/> items), at its first, naming the item.</summary>
    public static void Report(IReadOnlyList<(int Line, int Column)> found, IReadOnlyList<WxrItem> items, string sourcePath, DiagnosticBag diagnostics)
    {
        // Items are in file order: each character belongs to the last item starting before it.
        var byItem = found
            .GroupBy(p => ItemAt(items, p.Line, p.Column))
            .ToList();
        foreach (var group in byItem.Take(Reported))
        {
            var (line, column) = group.First();
            var count = group.Count();
            var where = group.Key is { } item
                ? $"the {Kind(item)} '{(item.Title.Length > 0 ? item.Title : item.Slug)}'{(item.Id > 0 ? $" (id {item.Id})" : string.Empty)}"
                : "the export's channel (the blog's title, description or terms)";
            diagnostics.Warning(DiagnosticCodes.ImportDamagedText, new SourceLocation(sourcePath, line, column),
                $"{where} holds {count} replacement character(s) (U+FFFD, shown as '\uFFFD'; the first here): its text was damaged before the export, "
                + "as when the blog's database read UTF-8 in another encoding ('ä' became two), and is imported as it is; "
                + "put the right letters back in the imported file by hand, or export again from a copy of the blog whose text is whole");
        }

        if (byItem.Count > Reported)
        {
            diagnostics.Warning(DiagnosticCodes.ImportDamagedText, new SourceLocation(sourcePath),
                $"{byItem.Count - Reported} more item(s) hold replacement characters (the first {Reported} are reported above)");
        }
    }

    private static WxrItem? ItemAt(IReadOnlyList<WxrItem> items, int line, int column)
    {
        int low = 0, high = items.Count - 1, at = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var item = items[middle];
            if (item.Line < line || (item.Line == line && item.Column <= column))
            {
                (at, low) = (middle, middle + 1);
            }
            else
            {
                high = middle - 1;
            }
        }

        return at < 0 ? null : items[at];
    }

    private static string Kind(WxrItem item) => item.Type switch
    {
        "" or "post" => "post",
        "page" => "page",
        "attachment" => "attachment",
        var other => $"{other} item",
    };
}
