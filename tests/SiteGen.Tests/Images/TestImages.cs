using NetVips;

namespace SiteGen.Tests.Images;

/// <summary>Small real images made with libvips, for sites that show them.</summary>
internal static class TestImages
{
    /// <summary>An opaque JPEG of the given size, a gradient so that each size encodes differently.</summary>
    public static byte[] Jpeg(int width, int height)
    {
        using var image = Gradient(width, height);
        return image.JpegsaveBuffer(q: 80);
    }

    /// <summary>A PNG with an alpha channel, transparent on its left half.</summary>
    public static byte[] TransparentPng(int width, int height)
    {
        using var colour = Gradient(width, height);
        using var alpha = (Image.Xyz(width, height)[0] > width / 2).Cast(Enums.BandFormat.Uchar);
        using var withAlpha = colour.Bandjoin(alpha);
        return withAlpha.PngsaveBuffer();
    }

    private static Image Gradient(int width, int height)
    {
        using var xyz = Image.Xyz(width, height);
        using var x = xyz[0] * (255.0 / width);
        using var y = xyz[1] * (255.0 / height);
        return x.Bandjoin(y, (x + y) / 2).Cast(Enums.BandFormat.Uchar);
    }
}
