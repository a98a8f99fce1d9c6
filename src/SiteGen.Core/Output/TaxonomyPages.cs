using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Feeds;
using SiteGen.Rendering.Models;
using SiteGen.Taxonomies;
using SiteGen.Urls;

namespace SiteGen.Output;

/// <summary>
/// The tag, category, series and author pages: each term's list of dispatches (paginated, series from the first
/// part on) with its Atom, RSS and JSON feeds, an index of each kind, and redirects from WordPress's term URLs
/// (to the actor's page for a term the importer made an actor).
/// </summary>
/// <param name="config">The site's title, list lengths and taxonomy settings.</param>
/// <param name="urls">Makes the pages' URLs.</param>
/// <param name="dispatches">The site's dispatches, newest first.</param>
/// <param name="pages">The site's plain pages: a WordPress term URL where one lives stays theirs.</param>
/// <param name="actors">The site's actors: a WordPress term URL where one lives stays theirs.</param>
/// <param name="taxonomies">The terms and the dispatches of each.</param>
/// <param name="links">Each dispatch's card, in the site's order (newest first).</param>
/// <param name="write">Renders a page into the build's output.</param>
/// <param name="feeds">Writes each term's feeds.</param>
/// <param name="siteAlternates">The site's feeds, announced on each page.</param>
internal sealed class TaxonomyPages(SiteConfig config, UrlBuilder urls, IReadOnlyList<Dispatch> dispatches, IReadOnlyList<PlainPage> pages, IReadOnlyList<Actor> actors,
    TaxonomyIndex taxonomies, IReadOnlyList<DispatchLinkModel> links, PageWriter write, FeedWriter feeds, IReadOnlyList<AlternateModel> siteAlternates)
{
    private readonly Lazy<HashSet<string>> _taken = new(() => TakenPaths(dispatches, pages, actors, taxonomies));

    private IReadOnlyList<(string OldPath, TaxonomyTerm Term)>? _wordPressRedirects;

    private IReadOnlyList<(string Folder, TaxonomyTerm Term)>? _wordPressFeeds;

    private IReadOnlyList<(string OldPath, TaxonomyTerm Term)>? _wordPressPages;

    private ILookup<(TaxonomyKind Kind, string Slug), string>? _wordPressFeedsByTerm;

    private IReadOnlyList<(string OldPath, Actor Actor, int Posts)>? _actorRedirects;

    private IReadOnlyList<(string OldPath, Actor Actor)>? _actorPages;

    private IReadOnlyList<(string Folder, Actor Actor)>? _actorFeeds;

    private HashSet<string>? _termFurtherPages;

    private int PerPage => config.Taxonomies.PerPage ?? config.PerPage;

    public void RenderAll()
    {
        Parallel.ForEach(taxonomies.AllTerms, term =>
        {
            RenderTerm(term);
            WriteFeeds(term);
        });
        foreach (var kind in TaxonomyKinds.All.Where(k => taxonomies.TermsOf(k).Count > 0))
        {
            RenderIndex(kind);
        }

        RenderWordPressRedirects();
    }

    /// <summary>
    /// After dispatches were added or removed (<paramref name="before"/> rendered the taxonomies before): the pages and
    /// feeds of the terms in <paramref name="changed"/> (their dispatches or name changed), the pages of the terms that
    /// show one of <paramref name="cards"/>, the index of each kind with a changed term, and the redirects. Returns the
    /// files written before and no longer written (a term's, or its last pages).
    /// </summary>
    public IReadOnlyList<string> RenderChanges(TaxonomyPages before, IReadOnlySet<(TaxonomyKind Kind, string Slug)> changed, IReadOnlySet<int> cards)
    {
        // The first imported dispatch brings WordPress's URLs, and with them each term's feed at its old URL.
        var feedsBefore = before.WordPressTermFeeds().Select(f => (f.Folder, f.Term.Kind, f.Term.Slug)).ToHashSet();
        var newWordPressFeeds = WordPressTermFeeds().Where(f => !feedsBefore.Contains((f.Folder, f.Term.Kind, f.Term.Slug)))
            .Select(f => (f.Term.Kind, f.Term.Slug)).ToHashSet();
        Parallel.ForEach(taxonomies.AllTerms, term =>
        {
            var again = changed.Contains((term.Kind, term.Slug));
            if (again || term.Dispatches.Any(cards.Contains))
            {
                RenderTerm(term);
            }

            if (again || newWordPressFeeds.Contains((term.Kind, term.Slug)))
            {
                WriteFeeds(term);
            }
        });
        foreach (var kind in TaxonomyKinds.All.Where(k => taxonomies.TermsOf(k).Count > 0 && changed.Any(c => c.Kind == k)))
        {
            RenderIndex(kind);
        }

        RenderWordPressRedirects();
        return before.Files().Except(Files(), StringComparer.Ordinal).ToList();
    }

    /// <summary>Every file the taxonomies write: each term's pages and feeds, the index of each kind, the redirects.</summary>
    public IReadOnlyList<string> Files() =>
        taxonomies.AllTerms
            .SelectMany(t => Enumerable.Range(1, ListPaging.PageCount(t.Dispatches.Count, PerPage)).Select(n => UrlBuilder.Paged(t.Path, n))
                .Concat([SitePaths.ActorAtom(t.Path), SitePaths.ActorRss(t.Path), SitePaths.ActorJson(t.Path)]))
            .Concat(TaxonomyKinds.All.Where(k => taxonomies.TermsOf(k).Count > 0).Select(k => TaxonomyIndex.IndexPath(k, config)))
            .Concat(WordPressRedirects().Select(r => r.OldPath))
            .Concat(WordPressFurtherPages().Select(r => r.OldPath))
            .Concat(ActorWordPressRedirects().Select(r => r.OldPath))
            .Concat(ActorWordPressFurtherPages().Select(r => r.OldPath))
            .Select(UrlBuilder.OutputFile)
            .Concat(WordPressTermFeeds().Select(f => WordPressFeeds.File(f.Folder)))
            .Concat(ActorWordPressFeeds().Where(f => feeds.HasActorFeeds(f.Actor)).Select(f => WordPressFeeds.File(f.Folder)))
            .ToList();

    /// <summary>The index page of each kind the site has, as links.</summary>
    public IReadOnlyList<LinkModel> Indexes() =>
        TaxonomyKinds.All.Where(k => taxonomies.TermsOf(k).Count > 0)
            .Select(k => new LinkModel(TaxonomyKinds.Plural(k), urls.Href(TaxonomyIndex.IndexPath(k, config))))
            .ToList();

    /// <summary>
    /// After edits that kept every dispatch's terms: the pages of the terms that show one of <paramref name="cards"/>,
    /// and the feeds of the terms of the <paramref name="edited"/> dispatches (a feed carries more than the card).
    /// </summary>
    public void RenderEdits(IReadOnlySet<int> cards, IEnumerable<int> edited)
    {
        var editedSet = edited.ToHashSet();
        Parallel.ForEach(taxonomies.AllTerms, term =>
        {
            // Edits keep a dispatch's terms, so the term's pages keep their slices: only those showing a new card change.
            var showing = term.InReadingOrder.Select((dispatch, k) => (dispatch, k)).Where(x => cards.Contains(x.dispatch))
                .Select(x => x.k / PerPage + 1).ToHashSet();
            if (showing.Count > 0)
            {
                RenderTerm(term, showing.Contains);
            }

            if (term.Dispatches.Any(editedSet.Contains))
            {
                WriteFeeds(term);
            }
        });
    }

    private void RenderTerm(TaxonomyTerm term, Func<int, bool>? pageWanted = null)
    {
        var items = term.InReadingOrder;
        var total = ListPaging.PageCount(items.Count, PerPage);
        var termFeeds = new FeedLinksModel(urls.Href(SitePaths.ActorAtom(term.Path)), urls.Href(SitePaths.ActorRss(term.Path)), urls.Href(SitePaths.ActorJson(term.Path)));
        var alternates = siteAlternates.Prepend(new AlternateModel($"{term.Name} (Atom)", "application/atom+xml", termFeeds.Atom)).ToList();
        var model = Model(term.Kind) with { Name = term.Name, Count = items.Count, Feeds = termFeeds, Ascending = term.Kind == TaxonomyKind.Series };
        for (var number = 1; number <= total; number++)
        {
            if (pageWanted is not null && !pageWanted(number))
            {
                continue;
            }

            var path = UrlBuilder.Paged(term.Path, number);
            var title = $"{TaxonomyKinds.Singular(term.Kind)}: {term.Name}";
            var page = new PageModel
            {
                Kind = "taxonomy",
                Title = number == 1 ? title : $"{title}, page {number}",
                Url = urls.Href(path),
                Canonical = urls.Absolute(path),
                Description = Description(term),
                Alternates = alternates,
                NoIndex = number > 1,
                Taxonomy = model,
                Dispatches = items.Skip((number - 1) * PerPage).Take(PerPage).Select(i => links[i]).ToList(),
            };
            write(path, "taxonomy.sbn", page, ListPaging.Paginator(urls, term.Path, number, total));
        }
    }

    /// <summary>The term's feeds, and its RSS at the WordPress URLs that redirect to it (see <see cref="WordPressFeeds"/>).</summary>
    private void WriteFeeds(TaxonomyTerm term) =>
        feeds.WriteList($"{term.Name} · {config.Title}", Description(term), term.Path, term.Dispatches,
            WordPressFeedsOf(term));

    private void RenderIndex(TaxonomyKind kind)
    {
        var path = TaxonomyIndex.IndexPath(kind, config);
        var page = new PageModel
        {
            Kind = "terms",
            Title = TaxonomyKinds.Plural(kind),
            Url = urls.Href(path),
            Canonical = urls.Absolute(path),
            Description = $"The {TaxonomyKinds.Plural(kind).ToLowerInvariant()} of {config.Title}, with how many dispatches each has",
            Alternates = siteAlternates,
            Taxonomy = Model(kind) with
            {
                Count = taxonomies.TermsOf(kind).Count,
                Terms = taxonomies.TermsOf(kind).Select(t => new TermLinkModel(t.Name, urls.Href(t.Path), t.Dispatches.Count)).ToList(),
            },
        };
        write(path, "terms.sbn", page, null);
    }

    private IEnumerable<string> WordPressFeedsOf(TaxonomyTerm term)
    {
        var byTerm = LazyInitializer.EnsureInitialized(ref _wordPressFeedsByTerm,
            () => WordPressTermFeeds().ToLookup(f => (f.Term.Kind, f.Term.Slug), f => f.Folder));
        return byTerm[(term.Kind, term.Slug)];
    }

    /// <summary>The WordPress term URLs that redirect to their term: those nothing else of the site lives at.</summary>
    private IReadOnlyList<(string OldPath, TaxonomyTerm Term)> WordPressRedirects() =>
        LazyInitializer.EnsureInitialized(ref _wordPressRedirects,
            () => taxonomies.WordPressPaths(dispatches, config).Where(r => !_taken.Value.Contains(UrlBuilder.OutputFile(r.OldPath))).ToList());

    /// <summary>
    /// The further pages of WordPress's archive of each term (<c>/category/news/page/2/</c>), below each old URL that
    /// redirects to it and below its own page when that is at WordPress's URL, past the pages it has there; never where
    /// a page of the site lives (another term's own further page included).
    /// </summary>
    /// <remarks>
    /// The export does not say how many posts the blog showed a page: as many pages are kept as its archive had at
    /// <c>taxonomies.wordpress_per_page</c> (WordPress's 10 unless the author says otherwise). Each leads to the term's first page, not to its page of that number: a page of another size holds
    /// other dispatches, and WordPress's own page 2 moved with every new post, so only the list is the honest answer
    /// (as links to them in imported posts are rewritten). They are not claimed: nothing else of the site is decided
    /// after them, and a page that lives at one is in the pages this leaves alone.
    /// </remarks>
    private IReadOnlyList<(string OldPath, TaxonomyTerm Term)> WordPressFurtherPages() =>
        LazyInitializer.EnsureInitialized(ref _wordPressPages, () =>
        {
            var own = OwnWordPressPaths().ToList();
            if (own.Count == 0 && WordPressRedirects().Count == 0)
            {
                return [];
            }

            return WordPressRedirects().Concat(own)
                .SelectMany(r => FurtherPagesOf(r.OldPath, r.Term.Dispatches.Count).Select(path => (OldPath: path, r.Term)))
                .ToList();
        });

    /// <summary>The further pages of the old archives of the terms the importer made actors, as <see cref="WordPressFurtherPages"/>; each leads to the actor's page.</summary>
    private IReadOnlyList<(string OldPath, Actor Actor)> ActorWordPressFurtherPages() =>
        LazyInitializer.EnsureInitialized(ref _actorPages,
            () => ActorWordPressRedirects().SelectMany(r => FurtherPagesOf(r.OldPath, r.Posts).Select(path => (OldPath: path, r.Actor))).ToList());

    /// <summary>The pages 2 and on that the old archive at <paramref name="oldPath"/> had with <paramref name="posts"/> posts, where no page of the site lives.</summary>
    private IEnumerable<string> FurtherPagesOf(string oldPath, int posts)
    {
        var termPages = LazyInitializer.EnsureInitialized(ref _termFurtherPages, () => taxonomies.AllTerms
            .SelectMany(t => Enumerable.Range(2, Math.Max(0, ListPaging.PageCount(t.Dispatches.Count, PerPage) - 1)).Select(n => UrlBuilder.Paged(t.Path, n)))
            .Select(UrlBuilder.OutputFile)
            .ToHashSet(StringComparer.OrdinalIgnoreCase));
        return Enumerable.Range(2, Math.Max(0, ListPaging.PageCount(posts, config.Taxonomies.WordPressPerPage) - 1))
            .Select(n => UrlBuilder.Paged(oldPath, n))
            .Where(path => !_taken.Value.Contains(UrlBuilder.OutputFile(path)) && !termPages.Contains(UrlBuilder.OutputFile(path)));
    }

    /// <summary>
    /// The old URLs of the tags and categories the importer made actors (<see cref="TaxonomyIndex.ActorWordPressPaths"/>),
    /// which redirect to the actor's page: those nothing else of the site lives at.
    /// </summary>
    private IReadOnlyList<(string OldPath, Actor Actor, int Posts)> ActorWordPressRedirects() =>
        LazyInitializer.EnsureInitialized(ref _actorRedirects,
            () => taxonomies.ActorWordPressPaths(dispatches, config).Where(r => !_taken.Value.Contains(UrlBuilder.OutputFile(r.OldPath))).ToList());

    /// <summary>
    /// Where the old feed of each tag or category the importer made an actor is kept (below its old URL that redirects
    /// to the actor): the actor's RSS, which <see cref="FeedWriter.WriteActor"/> writes there too; never where a page of the site lives.
    /// </summary>
    public IReadOnlyList<(string Folder, Actor Actor)> ActorWordPressFeeds() =>
        LazyInitializer.EnsureInitialized(ref _actorFeeds,
            () => ActorWordPressRedirects().Select(r => (Folder: WordPressFeeds.TermRss(r.OldPath), r.Actor)).Where(f => !_taken.Value.Contains(UrlBuilder.OutputFile(f.Folder))).ToList());

    /// <summary>The terms whose own page is at WordPress's URL (<c>taxonomies.tags: tag</c>), with that URL.</summary>
    private IEnumerable<(string OldPath, TaxonomyTerm Term)> OwnWordPressPaths() =>
        TaxonomyIndex.KeepsWordPressUrls(dispatches, config)
            ? taxonomies.AllTerms.Where(t => TaxonomyKinds.WordPressFolder(t.Kind) is { } folder && t.Path == $"/{folder}/{t.Slug}/").Select(t => (OldPath: t.Path, Term: t))
            : [];

    /// <summary>
    /// Where WordPress's feed of each term is kept (see <see cref="WordPressFeeds"/>): below each old URL that redirects
    /// to it, and below its own page when that is at WordPress's URL (<c>taxonomies.tags: tag</c>); never where a page
    /// of the site lives.
    /// </summary>
    private IReadOnlyList<(string Folder, TaxonomyTerm Term)> WordPressTermFeeds() =>
        LazyInitializer.EnsureInitialized(ref _wordPressFeeds, () =>
        {
            return WordPressRedirects().Concat(OwnWordPressPaths())
                .Select(r => (Folder: WordPressFeeds.TermRss(r.OldPath), r.Term))
                .Where(f => !_taken.Value.Contains(UrlBuilder.OutputFile(f.Folder)))
                .ToList();
        });

    private void RenderWordPressRedirects()
    {
        // One for each old term URL and each of its further pages, hundreds on a large blog: rendered side by side, as
        // the list pages are.
        var redirects = WordPressRedirects().Concat(WordPressFurtherPages()).Select(r => (r.OldPath, r.Term.Name, Target: r.Term.Path))
            .Concat(ActorWordPressRedirects().Select(r => (r.OldPath, r.Actor)).Concat(ActorWordPressFurtherPages()).Select(r => (r.OldPath, r.Actor.Name, Target: r.Actor.Path)));
        Parallel.ForEach(redirects, redirect =>
        {
            var (oldPath, name, target) = redirect;
            var page = new PageModel
            {
                Kind = "redirect",
                Title = name,
                Url = urls.Href(oldPath),
                Canonical = urls.Absolute(target),
                Target = urls.Href(target),
                NoIndex = true,
            };
            write(oldPath, "redirect.sbn", page, null, wrap: false);
        });
    }

    /// <summary>The output files of the site's pages: a WordPress term URL or feed where one lives is left to it (see <see cref="TaxonomyClaims"/>).</summary>
    internal static HashSet<string> TakenPaths(IReadOnlyList<Dispatch> dispatches, IReadOnlyList<PlainPage> pages, IReadOnlyList<Actor> actors, TaxonomyIndex taxonomies) =>
        dispatches.SelectMany(d => d.Aliases.Prepend(d.Path))
            .Concat(pages.SelectMany(p => p.Aliases.Prepend(p.Path)))
            .Concat(actors.SelectMany(a => a.FormerPaths.Prepend(a.Path)))
            .Concat(taxonomies.AllTerms.Select(t => t.Path))
            .Select(UrlBuilder.OutputFile)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    private TaxonomyModel Model(TaxonomyKind kind) => new()
    {
        Kind = TaxonomyKinds.Key(kind),
        Singular = TaxonomyKinds.Singular(kind),
        Plural = TaxonomyKinds.Plural(kind),
        IndexUrl = urls.Href(TaxonomyIndex.IndexPath(kind, config)),
    };

    private string Description(TaxonomyTerm term) => term.Kind switch
    {
        TaxonomyKind.Tags => $"Dispatches of {config.Title} tagged {term.Name}",
        TaxonomyKind.Categories => $"Dispatches of {config.Title} in {term.Name}",
        TaxonomyKind.Series => $"The series {term.Name} of {config.Title}, in order",
        _ => $"Dispatches of {config.Title} by {term.Name}",
    };
}
