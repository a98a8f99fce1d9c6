namespace SiteGen.Import.Model;

/// <summary>The kind of input a post was read from, which the import manifest records for the file it wrote.</summary>
internal enum ImportedSource
{
    /// <summary>The blog's WordPress export: the post whole, with its id, terms, author, status and comments.</summary>
    Export,

    /// <summary>A saved web page of the post (its own page, or a listing page showing it).</summary>
    SavedPage,

    /// <summary>A web clipper's Markdown or text.</summary>
    Clipping,

    /// <summary>Text scraped from the blog, under a title and a date line.</summary>
    Text,
}
