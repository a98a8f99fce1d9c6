using SiteGen.Actors;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Feeds;
using SiteGen.IO;
using SiteGen.Rendering.Models;
using SiteGen.Taxonomies;
using SiteGen.Urls;

namespace SiteGen.Output;

public sealed partial class SiteRenderer
{
    /// <summary>
    /// After <see cref="RenderAll"/> (and any edits since), renders what adding and removing dispatches changes:
    /// <paramref name="dispatches"/> are the site's dispatches after it, of which the one at position p was at
    /// <paramref name="newToOld"/>[p] before (-1: added), and <paramref name="actorIndex"/> and <paramref name="related"/>
    /// their links; the rest of the site is as it was. Works out which facts of the site changed, by each dispatch's own number rather than its
    /// position (cards, neighbours, related lists, timelines and connections, terms, which dispatches each home page
    /// lists, the newest, the aliases, the site's totals), renders the pages that read one as <see cref="PageReads"/>
    /// recorded and the new ones, and the archives and taxonomies that changed; the site's feeds, the sitemap and the
    /// search index are written again whole, the map of old WordPress ids when the added or removed ones held ids, and the feeds of the actors whose timeline changed (gone for one that lost its
    /// last published dispatch).
    /// </summary>
    /// <param name="dispatches">The site's dispatches after the change, newest first.</param>
    /// <param name="actorIndex">Which of <paramref name="dispatches"/> name each actor.</param>
    /// <param name="taxonomies">The categories, tags, series and authors of <paramref name="dispatches"/>.</param>
    /// <param name="relatedOfAdded">The related dispatches of the added ones, by position (the other lists are not read).</param>
    /// <param name="related">Finds each of <paramref name="dispatches"/>' related dispatches; called once the first pages are out.</param>
    /// <param name="newToOld">For each position in <paramref name="dispatches"/>, where that dispatch was before; -1 for a new one.</param>
    /// <param name="output">Receives the files written again.</param>
    /// <param name="diagnostics">Receives what rendering the added dispatches found.</param>
    /// <param name="previous">The bytes of a file of the last output, to move what only changed its name.</param>
    /// <param name="firstPages">
    /// Called, before anything else is rendered, with the files written so far and the files gone, each as it will be
    /// at the end: the added dispatches' own pages and the front page, which an author looks at first, and the
    /// deleted dispatches' pages. Nothing rendered later writes them again.
    /// </param>
    /// <returns>
    /// The output files no longer written; null when only a full build can tell (a removed dispatch showed images, whose
    /// copies others may share; a layout shows the site's totals on a page not rendered here), after which this renderer
    /// is of no more use.
    /// </returns>
    internal IReadOnlyList<string>? RenderDispatchSet(IReadOnlyList<Dispatch> dispatches, ActorIndex actorIndex, TaxonomyIndex taxonomies, int[][] relatedOfAdded, Func<int[][]> related,
        IReadOnlyList<int> newToOld, IOutputSink output, DiagnosticBag diagnostics, Func<string, byte[]?> previous, Action<IReadOnlyCollection<string>, IReadOnlyList<string>>? firstPages = null)
    {
        var last = _context;
        var kept = new bool[last.Dispatches.Count];
        foreach (var old in newToOld.Where(o => o >= 0))
        {
            kept[old] = true;
        }

        var removed = Enumerable.Range(0, kept.Length).Where(o => !kept[o]).ToList();
        if (removed.Any(o => ShowsImages(last.Dispatches[o])))
        {
            return null;
        }

        var noted = new NotingOutput(output);
        // The front page, rendered first, shows the script of the old WordPress ids while the site has any.
        var context = Reorder(last, dispatches, actorIndex, taxonomies, relatedOfAdded, newToOld, noted) with { WordPressIds = WordPressIdMap.Of(dispatches, last.Pages, last.WordPressIds.Attachments, null) };
        _context = context;
        var added = Enumerable.Range(0, newToOld.Count).Where(p => newToOld[p] < 0).ToList();
        var homePages = new HomePages(context);
        var homeBefore = RenderContext.PageCount(last.Dispatches.Count, last.Config.PerPage);
        var goneFiles = new System.Collections.Concurrent.ConcurrentBag<string>(removed.Select(o => UrlBuilder.OutputFile(last.Dispatches[o].Path))
            .Concat(removed.Select(o => UrlBuilder.OutputFile(DispatchImages.CardPath(last.Dispatches[o].Path))).Where(f => previous(f) is not null)));
        for (var number = homePages.Count + 1; number <= homeBefore; number++)
        {
            goneFiles.Add(UrlBuilder.OutputFile(UrlBuilder.Paged(SitePaths.Home, number)));
            context.Reads.Forget(PageReads.Page.Home(number));
        }

        // The added pages read no related list but their own, nor does the front page: the others' can wait.
        var documents = new System.Collections.Concurrent.ConcurrentDictionary<int, Search.SearchDocument>();
        var addedPages = new DispatchPages(context);
        var firstPass = addedPages.Render(added, _ => diagnostics, (j, document) => documents[j] = document, cardsLater: firstPages is not null);
        homePages.Render(1);
        firstPages?.Invoke(noted.Written.ToList(), goneFiles.Where(f => !noted.Wrote(f)).Distinct(StringComparer.Ordinal).ToList());
        if (!addedPages.DrawCardsLeft())
        {
            return null;
        }

        context = context with { Related = related() };
        _context = context;
        homePages = new HomePages(context);
        var changed = DispatchSetFacts(last, context, newToOld, added, removed, out var timelines);
        var readers = context.Reads.ReadersOf(changed).Where(p => p != PageReads.Page.Home(1)).ToHashSet();
        if ((context.WordPressIds.Paths.Count > 0) != (last.WordPressIds.Paths.Count > 0))
        {
            // The not-found page carries the script of the old WordPress ids while the site has any, as the front page does.
            readers.Add(new PageReads.Page(PageReads.PageKind.SearchAndNotFound));
        }

        foreach (var old in removed)
        {
            context.Reads.Forget(PageReads.Page.Dispatch(last.Ids.IdOf(old)));
        }

        var ids = context.Ids;
        var cards = changed.Where(f => f.Kind == PageReads.FactKind.Card).Select(f => ids.PositionOf(f.Index)).Where(p => p >= 0).ToHashSet();
        var terms = changed.Where(f => f.Kind == PageReads.FactKind.Term).Select(f => ((TaxonomyKind)f.Index, f.Key!)).ToHashSet();
        var pages = new SortedSet<int>(readers.Where(p => p.Kind == PageReads.PageKind.Dispatch).Select(p => context.Ids.PositionOf(p.Number)).Where(p => p >= 0));
        var feedHtml = newToOld.Select(old => old >= 0 ? _feedHtml[old] : null).ToArray();
        var inFeeds = new SiteFeeds(context).HtmlNeeded();
        for (var j = 0; j < inFeeds.Length; j++)
        {
            if (inFeeds[j] && feedHtml[j] is null)
            {
                pages.Add(j);
            }
        }

        var unchanged = new DiagnosticBag();
        pages.ExceptWith(added);
        DispatchPassResult? pass = null;
        Parallel.Invoke(
            () => pass = new DispatchPages(context).Render(pages, _ => unchanged, (j, document) => documents[j] = document),
            () =>
            {
                RenderReaders(context, readers).ToList().ForEach(goneFiles.Add);
                Parallel.For(Math.Max(homeBefore + 1, 2), homePages.Count + 1, homePages.Render);
            },
            () => RenderActorPages(context, readers, timelines),
            () => context.DateArchives().RenderChanges(last.DateArchives(), ids.IdOf, last.Ids.IdOf, cards).ToList().ForEach(goneFiles.Add),
            () => context.TaxonomyPages().RenderChanges(last.TaxonomyPages(), terms, cards).ToList().ForEach(goneFiles.Add));

        for (var i = 0; i < feedHtml.Length; i++)
        {
            feedHtml[i] = firstPass.FeedHtml[i] ?? pass!.FeedHtml[i] ?? feedHtml[i];
        }

        _feedHtml = feedHtml;
        var feeds = context.Feeds();
        feeds.WriteSite(feedHtml);
        // An actor's RSS at the old feed of a category the importer made it comes with the first imported dispatch, or
        // when a term gives that URL up, while its timeline may stay as it was.
        var copiesBefore = last.TaxonomyPages().ActorWordPressFeeds().Select(f => (f.Folder, f.Actor.Id)).ToHashSet();
        var newCopies = context.TaxonomyPages().ActorWordPressFeeds().Where(f => !copiesBefore.Contains((f.Folder, f.Actor.Id))).Select(f => f.Actor);
        Parallel.ForEach(timelines.Union(newCopies), actor => feeds.WriteActor(actor, feedHtml));
        feeds.WriteCommentFeeds();
        var feedsBefore = last.Feeds();
        SiteFeeds.Gone(feedsBefore, feeds, timelines).Concat(feedsBefore.SiteWordPressFeedFiles()).Concat(feedsBefore.CommentFeedFiles()).ToList().ForEach(goneFiles.Add);
        context.WriteSitemap();
        if (!context.WordPressIds.HasSamePaths(last.WordPressIds))
        {
            context.WordPressIds.Write(noted, context.Urls);
            goneFiles.Add(UrlBuilder.OutputFile(SitePaths.WordPressIds));
        }

        foreach (var file in _search.Reorder(newToOld, documents, noted, previous))
        {
            goneFiles.Add(file);
        }

        foreach (var actor in timelines)
        {
            for (var number = context.ActorPageCount(actor) + 1; number <= last.ActorPageCount(actor); number++)
            {
                goneFiles.Add(UrlBuilder.OutputFile(UrlBuilder.Paged(actor.Path, number)));
                context.Reads.Forget(PageReads.Page.Actor(actor.Id, number));
            }
        }

        last.Layouts.Dispose();
        var gone = goneFiles.Where(f => !noted.Wrote(f)).Distinct(StringComparer.Ordinal).ToList();

        // A layout that shows how many dispatches there are, or the years, on a page no fact here reaches (a footer
        // on every page, say): only a full build renders all of those.
        var totalsChanged = changed.Contains(PageReads.Fact.SiteTotals);
        return totalsChanged && context.Layouts.SiteTotalsReaders.Except(gone, StringComparer.Ordinal).Any(p => !noted.Wrote(p)) ? null : gone;
    }

    /// <summary>Whether a dispatch's page showed an image, whose copies other pages may share.</summary>
    private static bool ShowsImages(Dispatch dispatch) =>
        dispatch.Image is not null || dispatch.Body.Contains("![", StringComparison.Ordinal) || dispatch.Body.Contains("<img", StringComparison.OrdinalIgnoreCase)
        || dispatch.Body.Contains("<picture", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The context of the site with <paramref name="dispatches"/>: cards and excerpts carried to their new positions, made for the added
    /// dispatches and again for every dispatch sharing a category or tag with an added or removed one (a card shows
    /// their counts); the site model (its totals) and layouts made again over it.
    /// </summary>
    private static RenderContext Reorder(RenderContext last, IReadOnlyList<Dispatch> dispatches, ActorIndex actorIndex, TaxonomyIndex taxonomies, int[][] related,
        IReadOnlyList<int> newToOld, IOutputSink output)
    {
        var count = newToOld.Count;
        var links = new DispatchLinkModel[count];
        var excerpts = new Excerpt?[count];
        for (var p = 0; p < count; p++)
        {
            if (newToOld[p] >= 0)
            {
                links[p] = last.Links[newToOld[p]];
                excerpts[p] = last.Excerpts[newToOld[p]];
            }
        }

        var siteModel = SiteModelBuilder.Build(last.Config, last.Urls, dispatches, last.Pages, last.Registry.Actors, last.Theme, last.Source, taxonomies);
        var context = last with
        {
            Dispatches = dispatches,
            ActorIndex = actorIndex,
            Related = related,
            Output = output,
            Taxonomies = taxonomies,
            Images = new Images.ImagePipeline(last.Config.Images, last.Source, output, last.Images.Cache),
            Layouts = last.Layouts.WithSite(siteModel),
            SiteModel = siteModel,
            Links = links,
            Excerpts = excerpts,
            HomeOrder = RenderContext.HomeOrderOf(dispatches),
            Ids = last.Ids.Reordered(newToOld),
        };

        var again = new HashSet<int>(Enumerable.Range(0, count).Where(p => newToOld[p] < 0));
        var kept = newToOld.Where(o => o >= 0).ToHashSet();
        var changedDispatches = again.Select(p => dispatches[p])
            .Concat(Enumerable.Range(0, last.Dispatches.Count).Where(o => !kept.Contains(o)).Select(o => last.Dispatches[o]))
            .ToList();
        foreach (var dispatch in changedDispatches)
        {
            // A card shows its categories and tags with their counts.
            foreach (var kind in new[] { TaxonomyKind.Categories, TaxonomyKind.Tags })
            {
                foreach (var name in dispatch.TermNames(kind, context.Config))
                {
                    if (context.Taxonomies.Find(kind, name) is { } term)
                    {
                        again.UnionWith(term.Dispatches);
                    }
                }
            }
        }

        Parallel.ForEach(again, p =>
        {
            if (newToOld[p] < 0)
            {
                excerpts[p] = DispatchExcerpt.Of(dispatches[p]);
            }

            links[p] = context.LinkTo(dispatches[p], excerpts[p]);
        });
        return context;
    }

    /// <summary>
    /// What adding and removing dispatches changed, by dispatch number: the cards made again that differ, whose
    /// neighbours in time and related lists are others, the timelines (returned) and connections of the actors, the
    /// terms' members, each home page's dispatches, the newest, the aliases, and the site's totals.
    /// </summary>
    private static List<PageReads.Fact> DispatchSetFacts(RenderContext last, RenderContext context, IReadOnlyList<int> newToOld, List<int> added, List<int> removed, out List<Actor> timelines)
    {
        var ids = context.Ids;
        var count = newToOld.Count;
        int IdBefore(int old) => old >= 0 && old < last.Dispatches.Count ? last.Ids.IdOf(old) : -1;
        int IdNow(int p) => p >= 0 && p < count ? ids.IdOf(p) : -1;

        var changed = new List<PageReads.Fact>();
        for (var p = 0; p < count; p++)
        {
            var old = newToOld[p];
            if (old < 0)
            {
                changed.Add(PageReads.Fact.Card(ids.IdOf(p)));
                continue;
            }

            if (!ReferenceEquals(context.Links[p], last.Links[old]) && !SameCard(last.Links[old], context.Links[p]))
            {
                changed.Add(PageReads.Fact.Card(ids.IdOf(p)));
            }

            if (IdNow(p - 1) != IdBefore(old - 1) || IdNow(p + 1) != IdBefore(old + 1))
            {
                changed.Add(PageReads.Fact.Neighbours(ids.IdOf(p)));
            }

            if (!context.Related[p].Select(IdNow).SequenceEqual(last.Related[old].Select(IdBefore)))
            {
                changed.Add(PageReads.Fact.Related(ids.IdOf(p)));
            }
        }

        timelines = [];
        foreach (var actor in context.Registry.Actors)
        {
            var now = context.ActorIndex.DispatchesOf(actor);
            var then = last.ActorIndex.DispatchesOf(actor);
            if (now.Count == then.Count && now.Select(IdNow).SequenceEqual(then.Select(IdBefore)))
            {
                continue;
            }

            timelines.Add(actor);
            changed.Add(PageReads.Fact.Timeline(actor.Id));
            if (!context.ActorIndex.CoActorsOf(actor, ActorPages.CoActorsShown).SequenceEqual(last.ActorIndex.CoActorsOf(actor, ActorPages.CoActorsShown)))
            {
                changed.Add(PageReads.Fact.CoActors(actor.Id));
            }
        }

        foreach (var kind in TaxonomyKinds.All)
        {
            var then = last.Taxonomies.TermsOf(kind).ToDictionary(t => t.Slug, StringComparer.Ordinal);
            foreach (var term in context.Taxonomies.TermsOf(kind))
            {
                if (!then.Remove(term.Slug, out var was) || was.Name != term.Name || !term.Dispatches.Select(IdNow).SequenceEqual(was.Dispatches.Select(IdBefore)))
                {
                    changed.Add(PageReads.Fact.Term(kind, term.Slug));
                }
            }

            changed.AddRange(then.Keys.Select(slug => PageReads.Fact.Term(kind, slug)));
        }

        var perPage = context.Config.PerPage;
        var homeNow = RenderContext.PageCount(count, perPage);
        var homeThen = RenderContext.PageCount(last.Dispatches.Count, last.Config.PerPage);
        for (var number = 1; number <= Math.Min(homeNow, homeThen); number++)
        {
            if (homeNow != homeThen || !Slice(context.HomeOrder, number, perPage).Select(IdNow).SequenceEqual(Slice(last.HomeOrder, number, perPage).Select(IdBefore)))
            {
                changed.Add(PageReads.Fact.HomeSlice(number));
            }
        }

        var newest = Math.Max(perPage, 5);
        if (!Enumerable.Range(0, Math.Min(newest, count)).Select(IdNow).SequenceEqual(Enumerable.Range(0, Math.Min(newest, last.Dispatches.Count)).Select(IdBefore)))
        {
            changed.Add(PageReads.Fact.Newest);
        }

        if (added.Any(p => context.Dispatches[p].Aliases.Count > 0) || removed.Any(o => last.Dispatches[o].Aliases.Count > 0))
        {
            changed.Add(PageReads.Fact.Aliases);
        }

        if (context.SiteModel.DispatchCount != last.SiteModel.DispatchCount || !context.SiteModel.Years.SequenceEqual(last.SiteModel.Years))
        {
            changed.Add(PageReads.Fact.SiteTotals);
        }

        return changed;
    }

    private static IEnumerable<int> Slice(IReadOnlyList<int> order, int number, int perPage) => order.Skip((number - 1) * perPage).Take(perPage);
}
