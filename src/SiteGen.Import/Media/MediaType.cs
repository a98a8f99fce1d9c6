namespace SiteGen.Import.Media;

/// <summary>
/// What a downloaded file is, as WordPress's importer checks it before keeping a file (<c>wp_check_filetype_and_ext</c>):
/// an image, audio, video or PDF by its first bytes or, for a type without a signature here, by the type the server
/// named; anything else (a page, a script's text, a server's secrets) is not the blog's media.
/// </summary>
internal sealed record MediaType(string Mime, string Extension, string[] Extensions)
{
    private static readonly MediaType[] Known =
    [
        new("image/jpeg", "jpg", ["jpg", "jpeg", "jpe"]),
        new("image/png", "png", ["png"]),
        new("image/gif", "gif", ["gif"]),
        new("image/webp", "webp", ["webp"]),
        new("image/avif", "avif", ["avif"]),
        new("image/heic", "heic", ["heic", "heif", "hif"]),
        new("image/heif", "heif", ["heif", "heic", "hif"]),
        new("image/bmp", "bmp", ["bmp"]),
        new("image/tiff", "tif", ["tif", "tiff"]),
        new("image/x-icon", "ico", ["ico"]),
        new("application/pdf", "pdf", ["pdf"]),
        new("audio/mpeg", "mp3", ["mp3", "m4a"]),
        new("audio/ogg", "ogg", ["ogg", "oga", "ogv"]),
        new("audio/wav", "wav", ["wav"]),
        new("audio/flac", "flac", ["flac"]),
        new("video/mp4", "mp4", ["mp4", "m4v", "m4a", "mov"]),
        new("video/quicktime", "mov", ["mov"]),
        new("video/webm", "webm", ["webm"]),
        new("video/ogg", "ogv", ["ogv"]),
    ];

    /// <summary>Whether a file named <paramref name="extension"/> may be this type.</summary>
    public bool Fits(string extension) => Extensions.Contains(extension.TrimStart('.').ToLowerInvariant());

    /// <summary>How many first bytes <see cref="Of"/> reads: an ISO file's <c>ftyp</c> box with its compatible brands.</summary>
    public const int HeadLength = 64;

    /// <summary>The media type of a download from its first bytes and the server's Content-Type; null when it is not media.</summary>
    public static MediaType? Of(ReadOnlySpan<byte> head, string? contentType)
    {
        var named = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (Sniff(head) is { } sniffed)
        {
            // A generic ISO file (isom, mif1) is what the server says it is among the images and videos of that family.
            return Known.First(k => k.Mime == (sniffed is "video/mp4" or "image/heif" && named is "image/avif" or "image/heic" or "image/heif" ? named : sniffed));
        }

        // A type without a signature above is taken from the server, but never a page or text that no bytes confirm.
        return named is "audio/mpeg" or "audio/wav" or "audio/flac" or "image/x-icon" or "image/heic" or "image/heif" or "image/avif"
            ? Known.First(k => k.Mime == named)
            : null;
    }

    /// <summary>
    /// The type an ISO base media file (<c>ftyp</c> box) declares by its major and compatible brands: AVIF (<c>avif</c>,
    /// <c>avis</c>), HEIC (<c>heic</c>, <c>heix</c>, <c>heim</c>, <c>heis</c>, <c>hevc</c>, <c>hevx</c>, <c>hevm</c>,
    /// <c>hevs</c>), HEIF of another codec (<c>mif1</c>, <c>msf1</c>), QuickTime (<c>qt</c>), else MP4.
    /// </summary>
    private static string IsoType(ReadOnlySpan<byte> b)
    {
        // Box size (4), "ftyp", major brand (4), minor version (4), compatible brands (4 each) to the box's end.
        var size = (int)Math.Min(System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(b), (uint)b.Length);
        var brands = new List<string> { System.Text.Encoding.ASCII.GetString(b.Slice(8, 4)) };
        for (var at = 16; at + 4 <= size; at += 4)
        {
            brands.Add(System.Text.Encoding.ASCII.GetString(b.Slice(at, 4)));
        }

        return brands.Any(x => x is "avif" or "avis") ? "image/avif"
            : brands.Any(x => x is "heic" or "heix" or "heim" or "heis" or "hevc" or "hevx" or "hevm" or "hevs") ? "image/heic"
            : brands.Any(x => x is "mif1" or "msf1") ? "image/heif"
            : brands[0] == "qt  " ? "video/quicktime"
            : "video/mp4";
    }

    private static string? Sniff(ReadOnlySpan<byte> b) => b switch
    {
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => "image/png",
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', ..] => "image/gif",
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => "image/webp",
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'A', (byte)'V', (byte)'E', ..] => "audio/wav",
        [_, _, _, _, (byte)'f', (byte)'t', (byte)'y', (byte)'p', _, _, _, _, ..] => IsoType(b),
        [(byte)'B', (byte)'M', ..] => "image/bmp",
        [(byte)'I', (byte)'I', 42, 0, ..] or [(byte)'M', (byte)'M', 0, 42, ..] => "image/tiff",
        [0, 0, 1, 0, ..] => "image/x-icon",
        [(byte)'%', (byte)'P', (byte)'D', (byte)'F', (byte)'-', ..] => "application/pdf",
        [(byte)'I', (byte)'D', (byte)'3', ..] or [0xFF, >= 0xE0, ..] => "audio/mpeg",
        [(byte)'O', (byte)'g', (byte)'g', (byte)'S', ..] => "audio/ogg",
        [(byte)'f', (byte)'L', (byte)'a', (byte)'C', ..] => "audio/flac",
        [0x1A, 0x45, 0xDF, 0xA3, ..] => "video/webm",
        _ => null,
    };
}
