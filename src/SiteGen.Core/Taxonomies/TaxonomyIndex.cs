using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Taxonomies;

/// <summary>Every tag, category, series and author of the site, with the dispatches of each.</summary>
internal sealed class TaxonomyIndex
{
    private readonly Dictionary<TaxonomyKind, IReadOnlyList<TaxonomyTerm>> _terms;
    private readonly Dictionary<(TaxonomyKind, string), TaxonomyTerm> _bySlug;

    private TaxonomyIndex(Dictionary<TaxonomyKind, IReadOnlyList<TaxonomyTerm>> terms)
    {
        _terms = terms;
        _bySlug = terms.Values.SelectMany(t => t).ToDictionary(t => (t.Kind, t.Slug));
    }

    /// <summary>The terms of <paramref name="kind"/>, by name.</summary>
    public IReadOnlyList<TaxonomyTerm> TermsOf(TaxonomyKind kind) => _terms[kind];

    public IEnumerable<TaxonomyTerm> AllTerms => TaxonomyKinds.All.SelectMany(TermsOf);

    /// <summary>The term a name of <paramref name="kind"/> belongs to; null for a name that gives no slug.</summary>
    public TaxonomyTerm? Find(TaxonomyKind kind, string name) =>
        TermSlug.Of(name) is { } slug ? _bySlug.GetValueOrDefault((kind, slug)) : null;


    /// <param name="dispatches">The site's dispatches, newest first.</param>
    /// <param name="config">Where each kind's pages live, and the site's authors.</param>
    /// <param name="diagnostics">Told of a name no URL can be made of; null to stay quiet (a rebuild of what was reported).</param>
    public static TaxonomyIndex Build(IReadOnlyList<Dispatch> dispatches, SiteConfig config, DiagnosticBag? diagnostics)
    {
        var terms = new Dictionary<TaxonomyKind, IReadOnlyList<TaxonomyTerm>>();
        foreach (var kind in TaxonomyKinds.All)
        {
            var found = new Dictionary<string, (string Name, List<int> Dispatches)>(StringComparer.Ordinal);
            for (var i = 0; i < dispatches.Count; i++)
            {
                foreach (var name in NamesOf(dispatches[i], kind, config))
                {
                    var slug = TermSlug.Of(name);
                    if (slug is null)
                    {
                        diagnostics?.Warning(DiagnosticCodes.TermWithoutSlug, new SourceLocation(dispatches[i].SourcePath, 1, 1),
                            $"the {TaxonomyKinds.Singular(kind).ToLowerInvariant()} '{name}' has no letters or digits to make a URL of, so it gets no page; give it a name with some");
                        continue;
                    }

                    if (!found.TryGetValue(slug, out var term))
                    {
                        found[slug] = term = (name, []);
                    }

                    // A dispatch may name one term twice in two spellings ("Kyiv", "kyiv"): it is listed once.
                    if (term.Dispatches.Count == 0 || term.Dispatches[^1] != i)
                    {
                        term.Dispatches.Add(i);
                    }
                }
            }

            var folder = config.Taxonomies.Folder(kind);
            terms[kind] = found
                .Select(f => new TaxonomyTerm(kind, f.Value.Name, f.Key, $"/{folder}/{f.Key}/", f.Value.Dispatches))
                .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
                .ThenBy(t => t.Slug, StringComparer.Ordinal)
                .ToList();
        }

        return new TaxonomyIndex(terms);
    }

    /// <summary>The names of <paramref name="kind"/> a dispatch carries; a dispatch without authors has the site's.</summary>
    public static IEnumerable<string> NamesOf(Dispatch dispatch, TaxonomyKind kind, SiteConfig config) => kind switch
    {
        TaxonomyKind.Tags => dispatch.Tags,
        TaxonomyKind.Categories => dispatch.Categories,
        TaxonomyKind.Series => dispatch.Series is { } series ? [series] : [],
        _ => (dispatch.Authors.Count > 0 ? dispatch.Authors : config.Authors).Select(a => a.Name),
    };

    /// <summary>The site path of the index page of <paramref name="kind"/>, e.g. <c>/tags/</c>.</summary>
    public static string IndexPath(TaxonomyKind kind, SiteConfig config) => $"/{config.Taxonomies.Folder(kind)}/";

    /// <summary>
    /// The old WordPress paths that lead to each term, each once, when the site keeps them: the term's slug in
    /// WordPress's folder (<c>/tag/kyiv/</c>) and every other slug the old blog gave it (<c>wordpress_slugs</c>:
    /// <c>/tag/kyiv-2/</c>, <c>/tag/київ/</c>); never the term's own page.
    /// </summary>
    public IEnumerable<(string OldPath, TaxonomyTerm Term)> WordPressPaths(IReadOnlyList<Dispatch> dispatches, SiteConfig config)
    {
        if (!(config.Taxonomies.WordPressRedirects ?? dispatches.Any(d => d.Aliases.Count > 0 || d.WordPressSlugs.Count > 0)))
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kind in TaxonomyKinds.All)
        {
            if (TaxonomyKinds.WordPressFolder(kind) is not { } old)
            {
                continue;
            }

            foreach (var term in TermsOf(kind))
            {
                foreach (var slug in OldSlugs(term, dispatches).Prepend(term.Slug))
                {
                    var path = $"/{old}/{slug}/";
                    if (path != term.Path && seen.Add(path))
                    {
                        yield return (path, term);
                    }
                }
            }
        }
    }

    /// <summary>The slugs the old blog gave a term, as its dispatches record them (newest first).</summary>
    private static IEnumerable<string> OldSlugs(TaxonomyTerm term, IReadOnlyList<Dispatch> dispatches) =>
        term.Dispatches
            .SelectMany(i => dispatches[i].WordPressSlugs)
            .Where(s => s.Kind == term.Kind && TermSlug.Of(s.Name) == term.Slug)
            .Select(s => s.Slug)
            .Distinct(StringComparer.Ordinal);
}
