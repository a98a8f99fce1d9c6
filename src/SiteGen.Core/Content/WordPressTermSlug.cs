using SiteGen.Configuration;
using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// A tag's, category's or author's slug on the WordPress blog a dispatch was imported from, where it is not the one
/// SiteGen makes of the name (<c>russia-2</c>, a Cyrillic slug, an author's login): front matter's <c>wordpress_slugs</c>.
/// </summary>
/// <param name="Kind">Tags, categories or authors.</param>
/// <param name="Name">The term's name as the dispatch writes it.</param>
/// <param name="Slug">The old slug, percent-decoded (<c>россия</c>, not <c>%d1%80...</c>).</param>
/// <param name="Location">Where it was written.</param>
public sealed record WordPressTermSlug(TaxonomyKind Kind, string Name, string Slug, SourceLocation Location)
{
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

    /// <summary>Why a decoded slug cannot name one URL folder, or null when it can.</summary>
    public static string? Problem(string slug) =>
        slug.Length == 0 ? "is empty"
        : slug is "." or ".." ? "may not be '.' or '..'"
        : slug.IndexOfAny(['/', '\\', '?', '#']) >= 0 ? "may not hold '/', '\\', '?' or '#'"
        : slug.Any(char.IsControl) || slug.Any(char.IsWhiteSpace) ? "may not hold spaces or control characters"
        : null;
}
