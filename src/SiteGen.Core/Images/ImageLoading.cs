namespace SiteGen.Images;

/// <summary>How soon the browser should fetch an image.</summary>
internal enum ImageLoading
{
    /// <summary>Below the fold: fetched as the reader scrolls near it.</summary>
    Lazy,

    /// <summary>Possibly on the first screen: fetched at once.</summary>
    Eager,

    /// <summary>The page's lead image: fetched at once, before other images.</summary>
    Priority,
}
