using System.Text;

namespace SiteGen.Import.Media;

/// <summary>
/// Whether a download from the blog's own host is the upload its name says, as WordPress checks an upload's bytes
/// against its extension (<c>wp_check_filetype_and_ext</c>): WordPress.com answers for a removed file with its HTML page
/// and status 200, which must not become <c>photo.jpg</c>. A name whose kind has a signature (an image, a PDF, an
/// Office or OpenDocument file and the other ZIP packages, an archive, Ogg, WAV, FLAC, WebM) must carry it; any other
/// (a text, a CSV, an SVG, an MP3 or a video, whose first bytes vary) is refused only when it is a web page, which no
/// upload of that name is.
/// </summary>
internal static class UploadCheck
{
    /// <summary>How many of a download's first bytes <see cref="Problem"/> looks at.</summary>
    public const int HeadLength = 1024;

    private static readonly (string Kind, string[] Extensions, Func<byte[], bool> Carries)[] Kinds =
    [
        ("image", ["jpg", "jpeg", "jpe", "png", "gif", "webp", "bmp", "tif", "tiff", "ico", "avif", "heic", "heif"], IsImage),
        ("PDF", ["pdf"], h => Find(h, "%PDF-"u8) >= 0),
        ("ZIP package", ["zip", "docx", "docm", "dotx", "xlsx", "xlsm", "pptx", "ppsx", "potx", "odt", "ods", "odp", "odg", "epub", "key", "numbers", "pages"],
            h => h is [(byte)'P', (byte)'K', 3, 4, ..] or [(byte)'P', (byte)'K', 5, 6, ..] or [(byte)'P', (byte)'K', 7, 8, ..]),
        ("gzip archive", ["gz", "gzip", "tgz"], h => h is [0x1F, 0x8B, ..]),
        ("RAR archive", ["rar"], h => h is [(byte)'R', (byte)'a', (byte)'r', (byte)'!', 0x1A, 0x07, ..]),
        ("7-Zip archive", ["7z"], h => h is [(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C, ..]),
        ("Ogg file", ["ogg", "oga", "ogv", "opus"], h => h is [(byte)'O', (byte)'g', (byte)'g', (byte)'S', ..]),
        ("WAV file", ["wav"], h => h is [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'A', (byte)'V', (byte)'E', ..]),
        ("FLAC file", ["flac"], h => h is [(byte)'f', (byte)'L', (byte)'a', (byte)'C', ..] or [(byte)'I', (byte)'D', (byte)'3', ..]),
        ("WebM file", ["webm", "mkv"], h => h is [0x1A, 0x45, 0xDF, 0xA3, ..]),
    ];

    /// <summary>
    /// What came back instead of a file named <paramref name="name"/> (<c>an HTML page (text/html)</c>), from its first
    /// bytes <paramref name="head"/> and the server's <paramref name="contentType"/>; null when it may be that file.
    /// </summary>
    public static string? Problem(string name, byte[] head, string? contentType)
    {
        var extension = Path.GetExtension(name).TrimStart('.').ToLowerInvariant();
        var served = contentType is { Length: > 0 } type ? type : "no Content-Type";
        if (extension is not ("htm" or "html") && IsPage(head, contentType))
        {
            return $"an HTML page ({served})";
        }

        foreach (var (kind, extensions, carries) in Kinds)
        {
            if (extensions.Contains(extension))
            {
                return carries(head) ? null : head.Length == 0 ? $"an empty file ({served})" : $"{served} bytes that are no {kind}";
            }
        }

        return null;
    }

    private static bool IsImage(byte[] h) =>
        MediaType.Of(h, null) is { Mime: var mime } && mime.StartsWith("image/", StringComparison.Ordinal)
        || h is [_, _, _, _, (byte)'f', (byte)'t', (byte)'y', (byte)'p', ..] or [0, 0, 2, 0, ..];

    /// <summary>Whether the bytes are a web page: markup that opens as HTML does, or any markup the server calls HTML.</summary>
    private static bool IsPage(byte[] head, string? contentType)
    {
        var text = head.AsSpan();
        if (text.StartsWith("\uFEFF"u8))
        {
            text = text[3..];
        }

        text = text.TrimStart(" \t\r\n\f"u8);
        if (text is not [(byte)'<', ..])
        {
            return false;
        }

        var opening = Encoding.ASCII.GetString(text[..Math.Min(text.Length, 16)]).ToLowerInvariant();
        return opening.StartsWith("<!doctype html", StringComparison.Ordinal) || opening.StartsWith("<html", StringComparison.Ordinal)
            || opening.StartsWith("<head", StringComparison.Ordinal) || opening.StartsWith("<body", StringComparison.Ordinal)
            || contentType?.Split(';')[0].Trim().Equals("text/html", StringComparison.OrdinalIgnoreCase) == true;
    }

    private static int Find(byte[] head, ReadOnlySpan<byte> value) => head.AsSpan().IndexOf(value);
}
