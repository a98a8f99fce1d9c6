using NetVips;

namespace SiteGen.Images;

/// <summary>The libvips calls of the image stage: read an image's facts, make its resized copies.</summary>
internal static class ImageEncoder
{
    static ImageEncoder()
    {
        ImageLibrary.EnsureStarted();

        // Each image is read once per build: libvips' operation cache would only hold decoded pixels in memory.
        Cache.Max = 0;
    }

    /// <summary>Reads the header only (libvips decodes no pixels for this).</summary>
    public static ImageFacts Probe(byte[] bytes, string claimedFormat)
    {
        using var image = Image.NewFromBuffer(bytes, access: Enums.Access.Sequential);
        var format = ImageFormats.FromLoader((string)image.Get("vips-loader"));
        if (format == "heif")
        {
            format = claimedFormat == "avif" ? "avif" : "heif";
        }

        var pages = image.Contains("n-pages") ? (int)image.Get("n-pages") : 1;
        var height = pages > 1 && image.Contains("page-height") ? (int)image.Get("page-height") : image.Height;

        // Orientations 5 to 8 turn the picture a quarter: browsers apply it, so the shown size is the other way round.
        var turned = image.Contains("orientation") && (int)image.Get("orientation") is >= 5 and <= 8;
        return new ImageFacts(turned ? height : image.Width, turned ? image.Width : height, image.HasAlpha(), format, pages);
    }

    /// <summary>The resized copies: for each planned width, one per format asked for it.</summary>
    public static List<(string Format, int Width, int Height, byte[] Bytes)> Resize(byte[] bytes, IReadOnlyList<(int Width, IReadOnlyList<string> Formats)> plan, int quality)
    {
        var result = new List<(string, int, int, byte[])>();
        var widest = plan.Max(p => p.Width);

        // Decoded once at the widest size (JPEG and WebP shrink while decoding); narrower copies come from that.
        using var largest = Image.ThumbnailBuffer(bytes, widest, height: 100_000, size: Enums.Size.Down).CopyMemory();
        foreach (var (width, formats) in plan.OrderByDescending(p => p.Width))
        {
            using var resized = width >= largest.Width ? largest.Copy() : largest.ThumbnailImage(width, height: 100_000, size: Enums.Size.Down);
            foreach (var format in formats)
            {
                result.Add((format, resized.Width, resized.Height, Encode(resized, format, quality)));
            }
        }

        return result;
    }

    public static byte[] Encode(Image image, string format, int quality) => format switch
    {
        "jpeg" => image.JpegsaveBuffer(q: quality, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.Icc),
        "png" => image.PngsaveBuffer(compression: 7, keep: Enums.ForeignKeep.Icc),
        "webp" => image.WebpsaveBuffer(q: quality, effort: 4, keep: Enums.ForeignKeep.Icc),
        // AVIF's scale runs lower for the same look: sharp's defaults are 80 for JPEG and 50 for AVIF.
        "avif" => image.HeifsaveBuffer(q: Math.Max(1, quality * 5 / 8), compression: Enums.ForeignHeifCompression.Av1, effort: 2, keep: Enums.ForeignKeep.Icc),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a format the image stage writes"),
    };
}
