namespace SiteGen.Configuration;

/// <summary>The ways dispatches are grouped besides actors and dates, each with pages of its own.</summary>
public enum TaxonomyKind
{
    Tags,
    Categories,
    Series,
    Authors,
}

/// <summary>The names a kind of taxonomy goes by: in site.yml, on pages, and on a WordPress blog.</summary>
public static class TaxonomyKinds
{
    public static readonly IReadOnlyList<TaxonomyKind> All = [TaxonomyKind.Tags, TaxonomyKind.Categories, TaxonomyKind.Series, TaxonomyKind.Authors];

    /// <summary>"tags": the site.yml key, the default URL folder and the template's <c>page.taxonomy.kind</c>.</summary>
    public static string Key(TaxonomyKind kind) => kind switch
    {
        TaxonomyKind.Tags => "tags",
        TaxonomyKind.Categories => "categories",
        TaxonomyKind.Series => "series",
        _ => "authors",
    };

    public static string Singular(TaxonomyKind kind) => kind switch
    {
        TaxonomyKind.Tags => "Tag",
        TaxonomyKind.Categories => "Category",
        TaxonomyKind.Series => "Series",
        _ => "Author",
    };

    public static string Plural(TaxonomyKind kind) => kind switch
    {
        TaxonomyKind.Tags => "Tags",
        TaxonomyKind.Categories => "Categories",
        TaxonomyKind.Series => "Series",
        _ => "Authors",
    };

    /// <summary>The folder a WordPress blog keeps the kind's archives in (<c>/tag/kyiv/</c>); null when it has none.</summary>
    public static string? WordPressFolder(TaxonomyKind kind) => kind switch
    {
        TaxonomyKind.Tags => "tag",
        TaxonomyKind.Categories => "category",
        TaxonomyKind.Authors => "author",
        _ => null,
    };
}
