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
        new("image/heic", "heic", ["heic"]),
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

    /// <summary>The media type of a download from its first bytes and the server's Content-Type; null when it is not media.</summary>
    public static MediaType? Of(ReadOnlySpan<byte> head, string? contentType)
    {
        if (Sniff(head) is { } sniffed)
        {
            return Known.First(k => k.Mime == sniffed);
        }

        // A type without a signature above is taken from the server, but never a page or text that no bytes confirm.
        var named = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        return named is "audio/mpeg" or "audio/wav" or "audio/flac" or "image/x-icon" or "image/heic" or "image/avif"
            ? Known.First(k => k.Mime == named)
            : null;
    }

    private static string? Sniff(ReadOnlySpan<byte> b) => b switch
    {
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => "image/png",
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', ..] => "image/gif",
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => "image/webp",
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'A', (byte)'V', (byte)'E', ..] => "audio/wav",
        [_, _, _, _, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'a', (byte)'v', (byte)'i', (byte)'f', ..] => "image/avif",
        [_, _, _, _, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'h', (byte)'e', (byte)'i', (byte)'c', ..] => "image/heic",
        [_, _, _, _, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'q', (byte)'t', ..] => "video/quicktime",
        [_, _, _, _, (byte)'f', (byte)'t', (byte)'y', (byte)'p', ..] => "video/mp4",
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
