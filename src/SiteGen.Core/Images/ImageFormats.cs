namespace SiteGen.Images;

/// <summary>The image formats the stage knows, by file extension and by libvips loader.</summary>
internal static class ImageFormats
{
    /// <summary>The format a file's extension claims, or null when it is not an image the stage reads.</summary>
    public static string? FromPath(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".jpg" or ".jpeg" or ".jpe" => "jpeg",
        ".png" => "png",
        ".webp" => "webp",
        ".gif" => "gif",
        ".svg" => "svg",
        ".avif" => "avif",
        ".heic" or ".heif" => "heif",
        _ => null,
    };

    /// <summary>The format behind a libvips loader name ("jpegload_buffer" is "jpeg").</summary>
    public static string FromLoader(string loader)
    {
        var end = loader.IndexOf("load", StringComparison.Ordinal);
        var name = end > 0 ? loader[..end] : loader;
        return name == "spng" ? "png" : name;
    }

    public static string Extension(string format) => format == "jpeg" ? "jpg" : format;

    public static string MimeType(string format) => format switch
    {
        "svg" => "image/svg+xml",
        _ => "image/" + format,
    };
}
