
namespace SiteGen.Configuration;

/// <summary>The <c>taxonomies:</c> section of site.yml: where tag, category, series and author pages live.</summary>
public sealed record TaxonomySettings
{
    /// <summary>The URL folder of each kind's pages ("tags" gives <c>/tags/kyiv/</c>), by kind.</summary>
    public IReadOnlyDictionary<TaxonomyKind, string> Folders { get; init; } = TaxonomyKinds.All.ToDictionary(k => k, TaxonomyKinds.Key);

    /// <summary>Dispatches per term page; null means the site's <c>per_page</c>.</summary>
    public int? PerPage { get; init; }

    /// <summary>
    /// Whether WordPress's <c>/tag/x/</c>, <c>/category/x/</c> and <c>/author/x/</c> redirect to the term pages; null
    /// means when the site was imported from one (a dispatch has aliases).
    /// </summary>
    public bool? WordPressRedirects { get; init; }

    /// <summary>
    /// Posts a page of the old blog's archives showed (its Settings → Reading), which bounds the old paged term URLs
    /// kept; WordPress's default.
    /// </summary>
    public int WordPressPerPage { get; init; } = 10;

    /// <summary>The kinds whose index the default theme's header links to, in order (<c>taxonomies.menu</c>).</summary>
    public IReadOnlyList<TaxonomyKind> Menu { get; init; } = [TaxonomyKind.Tags];

    public string Folder(TaxonomyKind kind) => Folders[kind];
}
