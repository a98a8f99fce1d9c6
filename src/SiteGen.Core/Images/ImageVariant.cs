namespace SiteGen.Images;

/// <summary>One resized copy of an image, at its site path.</summary>
internal sealed record ImageVariant(string Format, int Width, int Height, string SitePath);
