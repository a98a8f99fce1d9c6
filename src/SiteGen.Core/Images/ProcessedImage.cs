namespace SiteGen.Images;

/// <summary>A local image as the image stage left it: where the original is, what it is, and its resized copies.</summary>
/// <param name="SitePath">The original's path on the site ("/images/map.png").</param>
/// <param name="Facts">What it is.</param>
/// <param name="Variants">Its resized copies.</param>
/// <param name="ShownWidth">The width it is shown at: its own, or the widest configured when it is wider.</param>
internal sealed record ProcessedImage(string SitePath, ImageFacts Facts, IReadOnlyList<ImageVariant> Variants, int ShownWidth)
{
    /// <summary>The copy an <c>&lt;img src&gt;</c> names: the widest one in the original's format, or the original itself.</summary>
    public (string SitePath, int Width, int Height) Fallback
    {
        get
        {
            var widest = Variants.FirstOrDefault(v => v.Format == Facts.Format && v.Width == ShownWidth && ShownWidth < Facts.Width);
            return widest is null ? (SitePath, Facts.Width, Facts.Height) : (widest.SitePath, widest.Width, widest.Height);
        }
    }

    /// <summary>The copies in <paramref name="format"/>, narrowest first, with the original where it is one of them.</summary>
    public IReadOnlyList<(string SitePath, int Width)> Candidates(string format)
    {
        var list = Variants.Where(v => v.Format == format).Select(v => (v.SitePath, v.Width)).ToList();
        if (format == Facts.Format && Fallback.SitePath == SitePath)
        {
            list.Add((SitePath, Facts.Width));
        }

        return list.OrderBy(v => v.Width).ToList();
    }

    /// <summary>The modern formats that have copies, best first.</summary>
    public IEnumerable<string> ModernFormats => Variants.Select(v => v.Format).Where(f => f != Facts.Format).Distinct();
}
