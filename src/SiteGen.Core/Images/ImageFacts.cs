namespace SiteGen.Images;

/// <summary>What the image stage read of an image: its size as shown (after EXIF rotation), transparency and format.</summary>
/// <param name="Width">Width in pixels, as shown.</param>
/// <param name="Height">Height in pixels, as shown.</param>
/// <param name="HasAlpha">Whether it has an alpha channel (it may be transparent).</param>
/// <param name="Format">"jpeg", "png", "webp", "gif", "svg", "avif" or "heif".</param>
/// <param name="Pages">Frames: more than one is an animation, which is never resized.</param>
internal sealed record ImageFacts(int Width, int Height, bool HasAlpha, string Format, int Pages)
{
    /// <summary>Whether resized copies can be made without losing anything (no vector, no animation).</summary>
    public bool Resizable => Format is "jpeg" or "png" or "webp" && Pages <= 1;

    /// <summary>Whether X, Facebook and Telegram show it as a link preview.</summary>
    public bool IsSocialRaster => Format is "jpeg" or "png" or "webp" || (Format == "gif" && Pages <= 1);
}
