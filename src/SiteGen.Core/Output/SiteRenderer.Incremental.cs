using SiteGen.Actors;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Feeds;
using SiteGen.IO;
using SiteGen.Rendering.Models;

namespace SiteGen.Output;

public sealed partial class SiteRenderer
{
    /// <summary>
    /// After <see cref="RenderAll"/>, renders again what edits to some dispatches change, when the edits keep each
    /// dispatch's place (path, date, slug, aliases, draft state, update dates): <paramref name="dispatches"/> are the
    /// site's dispatches after them, the same in the same order, and <paramref name="actorIndex"/> and
    /// <paramref name="related"/> their links; the rest of the site is as it was. Works out which facts of the site
    /// changed (an edited dispatch's body and card, related lists, the timelines and connections of the actors it names
    /// or named) and renders the pages that read one of them as <see cref="PageReads"/> recorded; then the archives that show a
    /// changed card, the feeds that carry an edited dispatch, and its words in the search index. Everything else read
    /// nothing that changed, so the output is then what a full build would write.
    /// </summary>
    /// <param name="dispatches">The site's dispatches after the edits, newest first.</param>
    /// <param name="actorIndex">Which of <paramref name="dispatches"/> name each actor.</param>
    /// <param name="related">Each of <paramref name="dispatches"/>' related dispatches.</param>
    /// <param name="edited">Positions of the edited dispatches, newest first.</param>
    /// <param name="output">Receives the files written again.</param>
    /// <param name="diagnostics">Receives what rendering the edited dispatches found (untagged mentions, a missing image).</param>
    /// <returns>
    /// The output files no longer written: timeline pages of an actor that lost dispatches, the feeds of one that lost its
    /// last, search postings pages of a word now in fewer dispatches.
    /// </returns>
    public IReadOnlyList<string> RenderEdits(IReadOnlyList<Dispatch> dispatches, ActorIndex actorIndex, int[][] related, IReadOnlyCollection<int> edited, IOutputSink output,
        DiagnosticBag diagnostics)
    {
        var previous = _context;

        // Copies are written once per pipeline: a fresh one writes those the edited pages show into this output. The
        // edits keep every dispatch's terms, so the taxonomies stay as they were.
        var context = previous with
        {
            Dispatches = dispatches,
            ActorIndex = actorIndex,
            Related = related,
            Output = output,
            Images = new Images.ImagePipeline(previous.Config.Images, previous.Source, output, previous.Images.Cache),
        };
        var links = previous.Links.ToArray();
        var excerpts = previous.Excerpts.ToArray();
        foreach (var i in edited)
        {
            excerpts[i] = DispatchExcerpt.Of(context.Dispatches[i]);
            links[i] = context.LinkTo(context.Dispatches[i], excerpts[i]);
        }

        context = context with { Links = links, Excerpts = excerpts };
        _context = context;
        var cards = edited.Where(i => !SameCard(previous.Links[i], links[i])).ToHashSet();
        var named = edited.SelectMany(i => previous.Dispatches[i].Actors.Union(context.Dispatches[i].Actors)).Distinct().ToList();
        var timelines = named.Where(a => !previous.ActorIndex.DispatchesOf(a).SequenceEqual(context.ActorIndex.DispatchesOf(a))).ToList();
        var changed = ChangedFacts(context, previous, edited, cards, named, timelines);
        var readers = context.Reads.ReadersOf(changed);

        var pages = new SortedSet<int>(readers.Where(p => p.Kind == PageReads.PageKind.Dispatch).Select(p => context.Ids.PositionOf(p.Number)));
        var inFeeds = new SiteFeeds(context).HtmlNeeded();
        for (var j = 0; j < inFeeds.Length; j++)
        {
            // A feed that now carries a dispatch needs its HTML, which no earlier pass kept.
            if (inFeeds[j] && _feedHtml[j] is null)
            {
                pages.Add(j);
            }
        }

        var unchanged = new DiagnosticBag();
        DispatchPassResult? pass = null;
        var documents = new System.Collections.Concurrent.ConcurrentDictionary<int, Search.SearchDocument>();

        // These read the edited site and write pages of their own, so they run side by side; feeds come after, as
        // they carry the HTML rendered here.
        Parallel.Invoke(
            () => pass = new DispatchPages(context).Render(pages, j => edited.Contains(j) ? diagnostics : unchanged, (j, document) => documents[j] = document),
            () => RenderListPages(context, readers, cards),
            () => context.TaxonomyPages().RenderEdits(cards, edited),
            () => RenderActorPages(context, readers, timelines));

        var feedHtml = _feedHtml.ToArray();
        for (var i = 0; i < feedHtml.Length; i++)
        {
            feedHtml[i] = pass!.FeedHtml[i] ?? feedHtml[i];
        }

        _feedHtml = feedHtml;
        var goneFeeds = new SiteFeeds(context).WriteEdited(previous, edited, feedHtml);
        var actors = edited.Where(cards.Contains)
            .SelectMany(i => previous.Dispatches[i].Actors.Union(context.Dispatches[i].Actors)).ToHashSet();
        if (actors.Any(a => SitemapWriter.ActorLastModified(previous.ActorIndex, previous.Dispatches, a) != SitemapWriter.ActorLastModified(context.ActorIndex, context.Dispatches, a)))
        {
            context.WriteSitemap();
        }

        var removedSearchPages = new List<string>();
        foreach (var i in edited.Where(i => !context.Dispatches[i].Draft))
        {
            removedSearchPages.AddRange(_search.Replace(i, documents[i], output));
        }

        return timelines
            .SelectMany(a => Enumerable.Range(context.ActorPageCount(a) + 1, Math.Max(0, previous.ActorPageCount(a) - context.ActorPageCount(a)))
                .Select(number => Urls.UrlBuilder.OutputFile(Urls.UrlBuilder.Paged(a.Path, number))))
            .Concat(removedSearchPages)
            .Concat(goneFeeds)
            .ToList();
    }

    /// <summary>
    /// The edited dispatches' bodies, the cards that changed, the related lists that changed, and the timelines and
    /// connections of the actors the edited dispatches name or named that changed.
    /// </summary>
    private static List<PageReads.Fact> ChangedFacts(RenderContext context, RenderContext before, IReadOnlyCollection<int> edited, HashSet<int> cards, List<Actor> named, List<Actor> timelines)
    {
        var ids = context.Ids;
        var changed = edited.Select(i => PageReads.Fact.Body(ids.IdOf(i))).Concat(cards.Select(context.Card)).ToList();
        for (var j = 0; j < context.Links.Count; j++)
        {
            var related = context.Related[j];
            if (!ReferenceEquals(related, before.Related[j]) && !related.AsSpan().SequenceEqual(before.Related[j]))
            {
                changed.Add(PageReads.Fact.Related(ids.IdOf(j)));
            }
        }

        changed.AddRange(timelines.Select(a => PageReads.Fact.Timeline(a.Id)));
        var shown = ActorPages.CoActorsShown;
        changed.AddRange(named
            .Where(a => !context.ActorIndex.CoActorsOf(a, shown).SequenceEqual(before.ActorIndex.CoActorsOf(a, shown)))
            .Select(a => PageReads.Fact.CoActors(a.Id)));
        return changed;
    }

    /// <summary>The pages of <see cref="RenderReaders"/>, and the archives showing one of <paramref name="cards"/>.</summary>
    private static void RenderListPages(RenderContext context, IReadOnlySet<PageReads.Page> readers, HashSet<int> cards)
    {
        RenderReaders(context, readers);
        if (cards.Count > 0)
        {
            context.DateArchives().RenderShowing(cards);
        }
    }

    /// <summary>
    /// The home pages (that still exist), search, not-found, redirect and actor index and network pages among
    /// <paramref name="readers"/>; returns the redirect pages no longer written.
    /// </summary>
    private static IReadOnlyList<string> RenderReaders(RenderContext context, IReadOnlySet<PageReads.Page> readers)
    {
        var home = new HomePages(context);
        Parallel.ForEach(readers.Where(p => p.Kind == PageReads.PageKind.Home && p.Number <= home.Count), page => home.Render(page.Number));

        if (readers.Contains(new PageReads.Page(PageReads.PageKind.SearchAndNotFound)))
        {
            new SearchAndNotFoundPages(context).Render();
        }

        var gone = readers.Contains(new PageReads.Page(PageReads.PageKind.Redirects)) ? RenderRedirects(context) : [];

        if (readers.Contains(new PageReads.Page(PageReads.PageKind.ActorIndex)))
        {
            new ActorIndexPage(context).Render();
        }

        if (readers.Contains(new PageReads.Page(PageReads.PageKind.ActorNetwork)))
        {
            new ActorNetworkPage(context).Render();
        }

        return gone;
    }

    /// <summary>
    /// The actor pages among <paramref name="readers"/>; all pages of an actor whose timeline changed, as its number
    /// of pages may have.
    /// </summary>
    private static void RenderActorPages(RenderContext context, IReadOnlySet<PageReads.Page> readers, List<Actor> timelines)
    {
        var registry = context.Registry;
        var whole = timelines.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var some = readers.Where(p => p.Kind == PageReads.PageKind.Actor && !whole.Contains(p.ActorId!))
            .GroupBy(p => p.ActorId!, StringComparer.Ordinal)
            .Select(g => (Actor: registry.FindById(g.Key)!, Only: (IReadOnlySet<int>?)g.Select(p => p.Number).ToHashSet()));
        var actorPages = new ActorPages(context);
        Parallel.ForEach(timelines.Select(a => (Actor: a, Only: (IReadOnlySet<int>?)null)).Concat(some), item => actorPages.Render(item.Actor, item.Only));
    }

    private static bool SameCard(DispatchLinkModel a, DispatchLinkModel b) =>
        a with { Actors = b.Actors } == b && a.Actors.SequenceEqual(b.Actors);
}
