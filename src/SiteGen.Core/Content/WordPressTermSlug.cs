using SiteGen.Configuration;
using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// A tag's, category's or author's slug on the WordPress blog a dispatch was imported from, where it is not the one
/// SiteGen makes of the name (<c>russia-2</c>, a Cyrillic slug, an author's login): front matter's <c>wordpress_slugs</c>.
/// A child category's is the path of its archive below <c>/category/</c>, its parents' slugs first (<c>europe/news</c>).
/// </summary>
/// <param name="Kind">Tags, categories or authors.</param>
/// <param name="Name">The term's name as the dispatch writes it.</param>
/// <param name="Slug">The old slug (or a category's path), percent-decoded (<c>россия</c>, not <c>%d1%80...</c>).</param>
/// <param name="Location">Where it was written.</param>
public sealed record WordPressTermSlug(TaxonomyKind Kind, string Name, string Slug, SourceLocation Location)
{
    /// <summary>
    /// The term's own slug: the last folder of a category's path. WordPress answers <c>/category/news/</c> for a child
    /// category too, so the old blog's links and subscriptions may use either.
    /// </summary>
    public string Leaf => Slug[(Slug.LastIndexOf('/') + 1)..];

    /// <summary>The old slug percent-decoded, as the file of its redirect is named (a web server decodes the request).</summary>
    public static string Decode(string slug)
    {
        try
        {
            return Uri.UnescapeDataString(slug.Trim());
        }
        catch (UriFormatException)
        {
            return slug.Trim();
        }
    }

    /// <summary>
    /// Why a decoded slug cannot name the URL folder of a term of <paramref name="kind"/>, or null when it can: one
    /// folder, or for a category the folders of its parents and its own (only categories nest on WordPress).
    /// </summary>
    public static string? Problem(string slug, TaxonomyKind kind)
    {
        if (kind != TaxonomyKind.Categories || !slug.Contains('/', StringComparison.Ordinal))
        {
            return FolderProblem(slug);
        }

        var folders = slug.Split('/');
        return folders.Select((folder, i) => FolderProblem(folder) is { } problem ? $"has a folder that {problem} (folder {i + 1} of {folders.Length})" : null)
            .FirstOrDefault(p => p is not null);
    }

    private static string? FolderProblem(string slug) =>
        slug.Length == 0 ? "is empty"
        : slug is "." or ".." ? "may not be '.' or '..'"
        : slug.IndexOfAny(['/', '\\', '?', '#']) >= 0 ? "may not hold '/', '\\', '?' or '#'"
        : slug.Any(char.IsControl) || slug.Any(char.IsWhiteSpace) ? "may not hold spaces or control characters"
        : null;
}
