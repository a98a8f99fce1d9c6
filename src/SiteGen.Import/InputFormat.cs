namespace SiteGen.Import;

/// <summary>The kinds of input the importer reads, told apart by content rather than by file name.</summary>
internal enum InputFormat
{
    ScrapedText,
    SavedPage,
    Wxr,

    /// <summary>Markdown or text under a web clipper's header (front matter or key: value lines).</summary>
    Clipping,
}
