using SiteGen.Configuration;

namespace SiteGen.Taxonomies;

/// <summary>One tag, category, series or author and the dispatches that carry it.</summary>
/// <param name="Kind">Tag, category, series or author.</param>
/// <param name="Name">The name as first written (the newest dispatch's spelling); names that give one slug are one term.</param>
/// <param name="Slug">The name made a URL segment.</param>
/// <param name="Path">The site path of its first page, e.g. <c>/tags/kyiv/</c>.</param>
/// <param name="Dispatches">Positions in the site's dispatches, newest first.</param>
internal sealed record TaxonomyTerm(TaxonomyKind Kind, string Name, string Slug, string Path, IReadOnlyList<int> Dispatches)
{
    /// <summary>Series read from the first part on; every other kind lists the newest first.</summary>
    public IReadOnlyList<int> InReadingOrder => Kind == TaxonomyKind.Series ? Dispatches.Reverse().ToList() : Dispatches;
}
