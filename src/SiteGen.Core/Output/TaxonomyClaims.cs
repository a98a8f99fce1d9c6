using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Taxonomies;

namespace SiteGen.Output;

/// <summary>The URLs of tag, category, series and author pages, claimed like every other URL of the site.</summary>
internal static class TaxonomyClaims
{
    /// <summary>Each kind's index and each term's first page: a page or alias there is an error naming both.</summary>
    public static void Claim(UrlClaims claims, TaxonomyIndex taxonomies, SiteConfig config, SourceLocation builtIn)
    {
        foreach (var kind in TaxonomyKinds.All)
        {
            if (taxonomies.TermsOf(kind).Count == 0)
            {
                continue;
            }

            claims.Claim(TaxonomyIndex.IndexPath(kind, config), $"SiteGen's index of {TaxonomyKinds.Plural(kind).ToLowerInvariant()}", builtIn);
            foreach (var term in taxonomies.TermsOf(kind))
            {
                claims.Claim(term.Path, $"SiteGen's page of the {TaxonomyKinds.Singular(kind).ToLowerInvariant()} '{term.Name}'", builtIn);
            }
        }
    }

    /// <summary>
    /// WordPress's old term URLs, claimed last: they only lead to the new pages, so anything else of the site that
    /// lives there keeps its URL and the redirect is left out.
    /// </summary>
    public static void ClaimWordPressPaths(UrlClaims claims, TaxonomyIndex taxonomies, IReadOnlyList<Dispatch> dispatches, SiteConfig config, SourceLocation builtIn)
    {
        foreach (var (path, term) in taxonomies.WordPressPaths(dispatches, config))
        {
            if (!claims.IsClaimed(path))
            {
                claims.Claim(path, $"SiteGen's redirect to {term.Path}", builtIn);
            }
        }
    }
}
