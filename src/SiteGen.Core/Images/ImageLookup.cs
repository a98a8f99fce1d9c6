namespace SiteGen.Images;

/// <summary>What the image stage made of a reference: the processed image, or why it could not (a diagnostic's code and message), or nothing when it is not a local image.</summary>
internal sealed record ImageLookup(ProcessedImage? Image, string? Code = null, string? Problem = null)
{
    public static ImageLookup NotLocal { get; } = new(Image: null);
}
