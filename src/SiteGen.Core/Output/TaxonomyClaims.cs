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

            claims.Claim(TaxonomyIndex.IndexPath(kind, config), IndexOwner(kind), builtIn);
            foreach (var term in taxonomies.TermsOf(kind))
            {
                claims.Claim(term.Path, TermOwner(term), builtIn, claimant: TermClaimant(term));
            }
        }
    }

    /// <summary>
    /// Claims what <paramref name="after"/> has that <paramref name="before"/> had not: a kind's index and terms'
    /// pages, a page its own term or index holds already being its own. The number of new terms; null on a clash.
    /// </summary>
    public static int? TryClaimNew(UrlClaims claims, TaxonomyIndex before, TaxonomyIndex after, SiteConfig config, SourceLocation builtIn)
    {
        var added = 0;
        foreach (var kind in TaxonomyKinds.All)
        {
            var terms = after.TermsOf(kind);
            if (terms.Count > 0 && before.TermsOf(kind).Count == 0 && !claims.TryClaim(TaxonomyIndex.IndexPath(kind, config), IndexOwner(kind), builtIn, again: true))
            {
                return null;
            }

            var slugs = before.TermsOf(kind).Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
            foreach (var term in terms.Where(t => !slugs.Contains(t.Slug)))
            {
                added++;
                if (!claims.TryClaim(term.Path, TermOwner(term), builtIn, TermClaimant(term), again: true))
                {
                    return null;
                }
            }
        }

        return added;
    }

    /// <summary>
    /// WordPress's old term URLs (and those of the terms the importer made actors), claimed last: they only lead to the new pages, so anything else of the site that
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

        foreach (var (path, actor, _) in taxonomies.ActorWordPressPaths(dispatches, config))
        {
            if (!claims.IsClaimed(path))
            {
                claims.Claim(path, $"SiteGen's redirect to {actor.Path}", builtIn);
            }
        }
    }

    private static string IndexOwner(TaxonomyKind kind) => $"SiteGen's index of {TaxonomyKinds.Plural(kind).ToLowerInvariant()}";

    private static string TermOwner(TaxonomyTerm term) => $"SiteGen's page of the {TaxonomyKinds.Singular(term.Kind).ToLowerInvariant()} '{term.Name}'";

    /// <summary>A term whatever its spelling: a newer dispatch may spell it anew.</summary>
    private static string TermClaimant(TaxonomyTerm term) => $"{term.Kind} {term.Slug}";
}
