using SiteGen.Diagnostics;
using SiteGen.Import.Clippings;
using SiteGen.Import.Text;
using SiteGen.IO;

namespace SiteGen.Import;

/// <summary>Tells what an input file is from its bytes: a WXR export, a saved HTML page, a web clipping or a scraped text capture.</summary>
/// <remarks>
/// The text of every format but WXR (whose reader parses the bytes) comes back cleaned of the control characters
/// no page can carry, each reported where it stood (<see cref="ControlCharacterCleaner"/>).
/// </remarks>
internal static class InputDetector
{
    /// <summary>
    /// Whether the bytes are UTF-8 text (no NUL) that opens as XML: an export, which its reader parses from the bytes,
    /// so its text (twice the file's size) is never made. Anything else is decoded, and reported, as before.
    /// </summary>
    private static bool IsUtf8Xml(byte[] bytes)
    {
        var head = bytes.AsSpan();
        while (true)
        {
            if (head.StartsWith("\uFEFF"u8))
            {
                head = head[3..];
            }
            else if (head.Length > 0 && head[0] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
            {
                head = head[1..];
            }
            else
            {
                break;
            }
        }

        return (head.StartsWith("<?xml"u8) || head.StartsWith("<rss"u8))
            && bytes.AsSpan().IndexOf((byte)0) < 0
            && System.Text.Unicode.Utf8.IsValid(bytes);
    }

    /// <summary>The format and the decoded text (empty for an export), or null after reporting why the file cannot be imported.</summary>
    public static (InputFormat Format, string Text)? Detect(byte[] bytes, string path, DiagnosticBag diagnostics)
    {
        var location = new SourceLocation(path);
        if (bytes.Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.ImportUnknownFormat, location, "the file is empty: not a text capture, saved page or WordPress export");
            return null;
        }

        if (IsUtf8Xml(bytes))
        {
            return (InputFormat.Wxr, string.Empty);
        }

        var decoding = new DiagnosticBag();
        var text = TextDecoder.Decode(bytes, path, decoding);
        if (text is null)
        {
            var problems = decoding.ToSortedList();
            var why = problems.Count > 0 ? problems[0].Message : "it is not UTF-8 text";
            diagnostics.Error(DiagnosticCodes.ImportUnknownFormat, location, $"unknown format: {why}");
            return null;
        }

        var head = text.TrimStart('\uFEFF', ' ', '\t', '\n');
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (head.StartsWith("<?xml", StringComparison.Ordinal) || head.StartsWith("<rss", StringComparison.Ordinal))
        {
            return (InputFormat.Wxr, text);
        }

        if (head.StartsWith('<'))
        {
            var sample = head[..Math.Min(head.Length, 4096)];
            if (sample.Contains("<html", StringComparison.OrdinalIgnoreCase) || sample.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase) ||
                sample.Contains("<body", StringComparison.OrdinalIgnoreCase) || sample.Contains("<head", StringComparison.OrdinalIgnoreCase))
            {
                return (InputFormat.SavedPage, ControlCharacterCleaner.Clean(text, path, diagnostics));
            }

            if (extension == ".xml" || sample.StartsWith("<!DOCTYPE", StringComparison.Ordinal) || sample.StartsWith("<!--", StringComparison.Ordinal))
            {
                return (InputFormat.Wxr, text);
            }

            diagnostics.Error(DiagnosticCodes.ImportUnknownFormat, location, "unknown format: markup that is neither a WordPress export (WXR) nor an HTML page");
            return null;
        }

        if (extension == ".xml")
        {
            diagnostics.Error(DiagnosticCodes.ImportUnreadable, new SourceLocation(path, 1, 1), "not XML: the file is named .xml but does not start with '<' (is it a WordPress export at all?)");
            return null;
        }

        var clean = ControlCharacterCleaner.Clean(text, path, diagnostics);
        if (extension is ".md" or ".markdown" || ClippingHeader.Read(clean.Split('\n', 80)) is not null)
        {
            return (InputFormat.Clipping, clean);
        }

        return (InputFormat.ScrapedText, clean);
    }
}
