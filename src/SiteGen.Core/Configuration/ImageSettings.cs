namespace SiteGen.Configuration;

/// <summary>The <c>images:</c> section of site.yml: how the image stage sizes, resizes and caches local images.</summary>
public sealed record ImageSettings
{
    /// <summary>Whether local images are measured, resized and cached at all; off, they are copied and shown as written.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>The widths (pixels) of the resized copies; a copy is made only where the original is wider.</summary>
    public IReadOnlyList<int> Widths { get; init; } = [480, 800, 1280];

    /// <summary>Modern formats offered before the original's own ("avif", "webp"), best first.</summary>
    public IReadOnlyList<string> Formats { get; init; } = ["webp"];

    /// <summary>Encoder quality, 1 to 100, for JPEG, WebP and AVIF.</summary>
    public int Quality { get; init; } = 78;

    /// <summary>The <c>sizes</c> attribute: how wide the image is shown at each viewport width (the default theme's column).</summary>
    public string Sizes { get; init; } = "(min-width: 42.5rem) 40rem, calc(100vw - 2.5rem)";

    /// <summary>Whether a dispatch without a raster lead image gets a rendered social card for og:image.</summary>
    public bool Cards { get; init; } = true;
}
