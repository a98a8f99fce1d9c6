namespace SiteGen.Import.Clippings;

/// <summary>What a clipper's header key stands for, whatever the clipper called it.</summary>
internal enum ClippingFieldKind
{
    Other,
    Title,
    Url,
    Published,
    Created,
    Author,
    Tags,
    Description,
    Image,

    /// <summary>A key that ends the header and opens the body ("Markdown Content:").</summary>
    BodyStart,
}
