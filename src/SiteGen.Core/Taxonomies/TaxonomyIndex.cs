using SiteGen.Actors;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Text;

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
                foreach (var name in dispatches[i].TermNames(kind, config))
                {
                    var slug = TermSlug.Of(name);
                    if (slug is null)
                    {
                        if (diagnostics is not null)
                        {
                            ReportWithoutSlug(diagnostics, dispatches[i], kind, name);
                        }

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

            terms[kind] = InOrder(kind, found.Select(f => (f.Key, f.Value.Name, f.Value.Dispatches)), config);
        }

        return new TaxonomyIndex(terms);
    }

    /// <summary>
    /// The index after dispatches were added and removed, as <see cref="Build"/> would make it of
    /// <paramref name="after"/>: each term's positions moved, the added dispatches' put in, a term's name taken again
    /// from its newest dispatch. Only the added dispatches' names are read and reported. <paramref name="newToOld"/>
    /// gives each dispatch's position in the list before (-1: added).
    /// </summary>
    public TaxonomyIndex WithDispatchSet(int countBefore, IReadOnlyList<Dispatch> after, IReadOnlyList<int> newToOld, SiteConfig config, DiagnosticBag diagnostics)
    {
        var oldToNew = DispatchMoves.OldToNew(countBefore, newToOld, out var added);
        foreach (var p in added)
        {
            foreach (var kind in TaxonomyKinds.All)
            {
                foreach (var name in after[p].TermNames(kind, config).Where(n => TermSlug.Of(n) is null))
                {
                    ReportWithoutSlug(diagnostics, after[p], kind, name);
                }
            }
        }

        var terms = new Dictionary<TaxonomyKind, IReadOnlyList<TaxonomyTerm>>();
        foreach (var kind in TaxonomyKinds.All)
        {
            var lists = _terms[kind].ToDictionary(t => t.Slug, t => t.Dispatches as List<int> ?? [.. t.Dispatches], StringComparer.Ordinal);
            var moved = DispatchMoves.Apply(lists, oldToNew, added, p => after[p].TermNames(kind, config).Select(TermSlug.Of).OfType<string>().Distinct(StringComparer.Ordinal));
            terms[kind] = InOrder(kind, moved.Select(m => (m.Key, after[m.Value[0]].TermNames(kind, config).First(n => TermSlug.Of(n) == m.Key), m.Value)), config);
        }

        return new TaxonomyIndex(terms);
    }

    private static List<TaxonomyTerm> InOrder(TaxonomyKind kind, IEnumerable<(string Slug, string Name, List<int> Dispatches)> found, SiteConfig config)
    {
        var folder = config.Taxonomies.Folder(kind);
        return found
            .Select(f => new TaxonomyTerm(kind, f.Name, f.Slug, $"/{folder}/{f.Slug}/", f.Dispatches))
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(t => t.Slug, StringComparer.Ordinal)
            .ToList();
    }

    private static void ReportWithoutSlug(DiagnosticBag diagnostics, Dispatch dispatch, TaxonomyKind kind, string name) =>
        diagnostics.Warning(DiagnosticCodes.TermWithoutSlug, new SourceLocation(dispatch.SourcePath, 1, 1),
            $"the {TaxonomyKinds.Singular(kind).ToLowerInvariant()} '{name}' has no letters or digits to make a URL of, so it gets no page; give it a name with some");

    /// <summary>The site path of the index page of <paramref name="kind"/>, e.g. <c>/tags/</c>.</summary>
    public static string IndexPath(TaxonomyKind kind, SiteConfig config) => $"/{config.Taxonomies.Folder(kind)}/";

    /// <summary>
    /// Whether the site keeps WordPress's own URLs (its term pages, its feeds): <c>taxonomies.wordpress_redirects</c>,
    /// or by default when the site was imported from one.
    /// </summary>
    public static bool KeepsWordPressUrls(IReadOnlyList<Dispatch> dispatches, SiteConfig config) =>
        config.Taxonomies.WordPressRedirects ?? dispatches.Any(d => d.Imported);

    /// <summary>
    /// The old WordPress paths that lead to each term, each once, when the site keeps them: the term's slug in
    /// WordPress's folder (<c>/tag/kyiv/</c>) and every other slug the old blog gave it (<c>wordpress_slugs</c>:
    /// <c>/tag/kyiv-2/</c>, <c>/tag/київ/</c>), a child category's at its nested path and its own slug alone
    /// (<c>/category/europe/news/</c>, <c>/category/news/</c>), both of which WordPress answered; never the term's own page.
    /// </summary>
    public IEnumerable<(string OldPath, TaxonomyTerm Term)> WordPressPaths(IReadOnlyList<Dispatch> dispatches, SiteConfig config) =>
        WordPressArchives(dispatches, config).Where(a => a.Term is not null).Select(a => (a.OldPath, a.Term!));

    /// <summary>
    /// The old WordPress paths of the tags and categories the importer made actors (<c>wordpress_slugs</c> under an
    /// actor's name: <c>/category/belarus/</c>), each with the actor and how many dispatches it held, when the site
    /// keeps them; a path a term's <see cref="WordPressPaths"/> has is the term's.
    /// </summary>
    public IEnumerable<(string OldPath, Actor Actor, int Posts)> ActorWordPressPaths(IReadOnlyList<Dispatch> dispatches, SiteConfig config) =>
        WordPressArchives(dispatches, config).Where(a => a.Actor is not null).Select(a => (a.OldPath, a.Actor!, a.Posts));

    private IEnumerable<(string OldPath, TaxonomyTerm? Term, Actor? Actor, int Posts)> WordPressArchives(IReadOnlyList<Dispatch> dispatches, SiteConfig config)
    {
        if (!KeepsWordPressUrls(dispatches, config))
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

            // A slug the old blog gave wins over one made of a term's name: /tag/drones-2/ stays the tag the blog had
            // there, even when another tag is named "Drones 2", and /category/belarus/ the actor the importer made of
            // that category, even when a dispatch written here has a category Belarus.
            var terms = TermsOf(kind);
            var recorded = terms.SelectMany(term => OldSlugs(term, dispatches).Select(slug => (Slug: slug, Term: (TaxonomyTerm?)term, Actor: (Actor?)null, Posts: 0)));
            var actors = ActorSlugs(kind, dispatches, config).Select(a => (a.Slug, Term: (TaxonomyTerm?)null, Actor: (Actor?)a.Actor, a.Posts));
            var made = terms.Select(term => (term.Slug, Term: (TaxonomyTerm?)term, Actor: (Actor?)null, Posts: 0));
            foreach (var (slug, term, actor, posts) in recorded.Concat(actors).Concat(made))
            {
                var path = $"/{old}/{slug}/";
                if (path != term?.Path && seen.Add(path))
                {
                    yield return (path, term, actor, posts);
                }
            }
        }
    }

    /// <summary>
    /// The slugs (and categories' paths, and their last folder) the old blog gave the tags or categories that are
    /// actors here, as the dispatches naming those actors record them, with how many dispatches record each (newest first).
    /// </summary>
    private static IEnumerable<(string Slug, Actor Actor, int Posts)> ActorSlugs(TaxonomyKind kind, IReadOnlyList<Dispatch> dispatches, SiteConfig config)
    {
        var found = new Dictionary<(string Slug, Actor Actor), int>();
        var order = new List<(string Slug, Actor Actor)>();
        for (var i = 0; i < dispatches.Count; i++)
        {
            var dispatch = dispatches[i];
            if (dispatch.WordPressSlugs.Count == 0 || dispatch.Actors.Count == 0)
            {
                continue;
            }

            var own = dispatch.TermNames(kind, config).Select(TermSlug.Of).ToHashSet(StringComparer.Ordinal);
            var slugs = dispatch.WordPressSlugs
                .Where(s => s.Kind == kind && !own.Contains(TermSlug.Of(s.Name)))
                .SelectMany(s => NamedActor(dispatch, s.Name) is { } actor ? (s.Leaf == s.Slug ? [s.Slug] : new[] { s.Slug, s.Leaf }).Select(slug => (slug, actor)) : [])
                .Distinct();
            foreach (var key in slugs)
            {
                if (found.TryAdd(key, 0))
                {
                    order.Add(key);
                }

                found[key]++;
            }
        }

        return order.Select(key => (key.Slug, key.Actor, found[key]));
    }

    /// <summary>The actor of the dispatch a <c>wordpress_slugs</c> name stands for: its id, name, an alias or a former id.</summary>
    private static Actor? NamedActor(Dispatch dispatch, string name)
    {
        var key = Text.LatinFolding.MatchKey(name);
        return dispatch.Actors.FirstOrDefault(a => a.Names.Append(a.Id).Concat(a.FormerIds).Any(n => Text.LatinFolding.MatchKey(n) == key));
    }

    /// <summary>The slugs (and categories' paths) the old blog gave a term, as its dispatches record them (newest first).</summary>
    private static IEnumerable<string> OldSlugs(TaxonomyTerm term, IReadOnlyList<Dispatch> dispatches) =>
        term.Dispatches
            .SelectMany(i => dispatches[i].WordPressSlugs)
            .Where(s => s.Kind == term.Kind && TermSlug.Of(s.Name) == term.Slug)
            .SelectMany(s => s.Leaf == s.Slug ? [s.Slug] : new[] { s.Slug, s.Leaf })
            .Distinct(StringComparer.Ordinal);
}
