using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Feeds;
using SiteGen.IO;
using SiteGen.Loading;
using SiteGen.Rendering.Models;

namespace SiteGen.Output;

public sealed partial class SiteRenderer
{
    /// <summary>
    /// After <see cref="RenderAll"/>, renders again what edits to some dispatches change, when the edits keep each
    /// dispatch's place (path, date, slug, aliases, draft state, update dates): <paramref name="updated"/> is the site
    /// after them, with the same dispatches in the same order. Renders the edited pages; the pages that show an edited
    /// dispatch's card (lists, archives, neighbours, related lists, actor timelines, search and not-found pages,
    /// redirects); related lists that changed; the pages and feeds of the actors an edited dispatch names or named,
    /// the actors index and the network; the feeds that carry an edited dispatch; and its words in the search index.
    /// Everything else reads nothing that changed, so the output is then what a full build would write.
    /// </summary>
    /// <param name="updated">The site after the edits.</param>
    /// <param name="edited">Positions of the edited dispatches, newest first.</param>
    /// <param name="output">Receives the files written again.</param>
    /// <param name="diagnostics">Receives what rendering the edited dispatches found (untagged mentions, a missing image).</param>
    /// <returns>The output files no longer written: timeline pages of an actor that lost dispatches, search postings pages of a word now in fewer dispatches.</returns>
    public IReadOnlyList<string> RenderEdits(LoadedSite updated, IReadOnlyCollection<int> edited, IOutputSink output, DiagnosticBag diagnostics)
    {
        var before = _site;
        var linksBefore = (DispatchLinkModel[])_links.Clone();
        _site = updated;
        _output = output;
        _taxonomies = Taxonomies.TaxonomyIndex.Build(updated.Dispatches, updated.Config, null);

        // Copies are written once per pipeline: a fresh one writes those the edited pages show into this output.
        _images = new Images.ImagePipeline(updated.Config.Images, _source, output, _images.Cache);
        foreach (var i in edited)
        {
            _excerpts[i] = DispatchExcerpt.Of(updated.Dispatches[i]);
            _links[i] = LinkTo(updated.Dispatches[i], _excerpts[i]);
        }

        var cards = edited.Where(i => !SameCard(linksBefore[i], _links[i])).ToHashSet();
        var actorsChanged = edited.Any(i => !before.Dispatches[i].Actors.SequenceEqual(updated.Dispatches[i].Actors));
        var actors = edited.Where(cards.Contains).SelectMany(i => before.Dispatches[i].Actors.Union(updated.Dispatches[i].Actors)).ToHashSet();
        _inFeeds = FeedEntries();

        var pages = DispatchPagesToRender(before, edited, cards);
        var documents = new Search.SearchDocument?[_links.Length];
        var unchanged = new DiagnosticBag();

        // These read the edited site and write pages of their own, so they run side by side; feeds come after, as
        // they carry the HTML rendered here.
        Parallel.Invoke(
            () => Parallel.ForEach(pages, j =>
            {
                var document = RenderDispatch(j, edited.Contains(j) ? diagnostics : unchanged);
                if (edited.Contains(j))
                {
                    documents[j] = document;
                }
            }),
            () => RenderListsShowing(cards),
            () => TaxonomyPages().RenderEdits(cards, edited),
            () => Parallel.ForEach(actors, actor => RenderActor(actor, ActorPagesToRender(actor, before, edited))),
            () =>
            {
                if (actorsChanged)
                {
                    RenderActorIndex();
                    RenderGraph();
                }
            });

        WriteFeeds(before, edited);
        if (actors.Any(a => SitemapWriter.ActorLastModified(before, a) != SitemapWriter.ActorLastModified(updated, a)))
        {
            SitemapWriter.Write(updated, _taxonomies, output);
        }

        var removedSearchPages = new List<string>();
        foreach (var i in edited.Where(i => !updated.Dispatches[i].Draft))
        {
            removedSearchPages.AddRange(_search.Replace(i, documents[i]!, output));
        }

        return actors
            .SelectMany(a => Enumerable.Range(ActorPages(updated, a) + 1, Math.Max(0, ActorPages(before, a) - ActorPages(updated, a)))
                .Select(number => Urls.UrlBuilder.OutputFile(Urls.UrlBuilder.Paged(a.Path, number))))
            .Concat(removedSearchPages)
            .ToList();
    }

    /// <summary>The home page, archives, search and not-found pages and redirects that show one of <paramref name="cards"/>.</summary>
    private void RenderListsShowing(HashSet<int> cards)
    {
        foreach (var number in cards.Select(HomePageOf).Distinct())
        {
            RenderHomePage(number);
        }

        if (cards.Count == 0)
        {
            return;
        }

        DateArchives().RenderShowing(cards);

        // The search and not-found pages list the newest cards; redirects name their target's title.
        RenderSpecialPages();
        if (cards.Any(i => _site.Dispatches[i].Aliases.Count > 0))
        {
            RenderRedirects();
        }
    }

    private static int ActorPages(LoadedSite site, Actor actor) => PageCount(site.ActorIndex.CountOf(actor), site.Config.ActorPerPage);

    /// <summary>
    /// The edited dispatches, those whose related list changed or shows an edited card, the neighbours of an edited
    /// card, and any dispatch whose HTML a feed now needs and nobody kept.
    /// </summary>
    private SortedSet<int> DispatchPagesToRender(LoadedSite before, IReadOnlyCollection<int> edited, HashSet<int> cards)
    {
        var pages = new SortedSet<int>(edited);
        for (var j = 0; j < _links.Length; j++)
        {
            var related = _site.Related[j];
            if (!ReferenceEquals(related, before.Related[j]) && !related.AsSpan().SequenceEqual(before.Related[j]))
            {
                pages.Add(j);
            }
            else if (cards.Count > 0 && related.Any(cards.Contains))
            {
                pages.Add(j);
            }

            if (_inFeeds[j] && _feedHtml[j] is null)
            {
                pages.Add(j);
            }
        }

        foreach (var card in cards)
        {
            // Previous and next link to the neighbours in time, which are the next and previous in the list.
            pages.UnionWith(new[] { card - 1, card + 1 }.Where(n => n >= 0 && n < _links.Length));
            pages.UnionWith(ShowingInSeriesOrActors(before, card));
        }

        return pages;
    }

    /// <summary>
    /// All of an actor's pages when its timeline changed (its count, and so every slice, shows on each) or an edited
    /// dispatch is its first or last mention (shown on each); otherwise the first if its connections changed, and
    /// those holding an edited card.
    /// </summary>
    private HashSet<int>? ActorPagesToRender(Actor actor, LoadedSite before, IReadOnlyCollection<int> edited)
    {
        var timeline = _site.ActorIndex.DispatchesOf(actor);
        if (timeline.Count == 0 || !timeline.SequenceEqual(before.ActorIndex.DispatchesOf(actor))
            || edited.Contains(timeline[0]) || edited.Contains(timeline[^1]))
        {
            return null;
        }

        var pages = new HashSet<int>();
        if (!_site.ActorIndex.CoActorsOf(actor, CoActorsShown).SequenceEqual(before.ActorIndex.CoActorsOf(actor, CoActorsShown)))
        {
            pages.Add(1);
        }

        for (var at = 0; at < timeline.Count; at++)
        {
            if (edited.Contains(timeline[at]))
            {
                pages.Add((at / _site.Config.ActorPerPage) + 1);
            }
        }

        return pages;
    }

    private void WriteFeeds(LoadedSite before, IReadOnlyCollection<int> edited)
    {
        var feedsBefore = new FeedWriter(before, _output);
        var feeds = new FeedWriter(_site, _output, _excerpts);
        if (edited.Any(feeds.SiteCarries))
        {
            feeds.WriteSite(_feedHtml);
        }

        var actorFeeds = new HashSet<Actor>();
        foreach (var i in edited)
        {
            foreach (var actor in before.Dispatches[i].Actors.Union(_site.Dispatches[i].Actors))
            {
                if (feedsBefore.ActorCarries(actor, i) || feeds.ActorCarries(actor, i))
                {
                    actorFeeds.Add(actor);
                }
            }
        }

        Parallel.ForEach(actorFeeds, actor => feeds.WriteActor(actor, _feedHtml));
    }

    /// <summary>
    /// The dispatches whose series or actor links show <paramref name="card"/>: its neighbours in its series and in the
    /// timeline of each actor it names or named; all of a timeline it joined or left, each of which shows its count.
    /// </summary>
    private IEnumerable<int> ShowingInSeriesOrActors(LoadedSite before, int card)
    {
        if (_site.Dispatches[card].Series is { } name && _taxonomies.Find(Configuration.TaxonomyKind.Series, name) is { } series)
        {
            foreach (var neighbour in Around(series.Dispatches, card))
            {
                yield return neighbour;
            }
        }

        var named = before.Dispatches[card].Actors;
        var names = _site.Dispatches[card].Actors;
        foreach (var actor in named.Union(names))
        {
            var timelineBefore = before.ActorIndex.DispatchesOf(actor);
            var timeline = _site.ActorIndex.DispatchesOf(actor);
            var all = !named.Contains(actor) || !names.Contains(actor);
            foreach (var neighbour in all ? timelineBefore.Union(timeline) : Around(timelineBefore, card).Union(Around(timeline, card)))
            {
                yield return neighbour;
            }
        }
    }

    private static IEnumerable<int> Around(IReadOnlyList<int> positions, int index)
    {
        var at = IndexOf(positions, index);
        return at < 0 ? [] : new[] { at - 1, at + 1 }.Where(n => n >= 0 && n < positions.Count).Select(n => positions[n]);
    }

    private static bool SameCard(DispatchLinkModel a, DispatchLinkModel b) =>
        a with { Actors = b.Actors } == b && a.Actors.SequenceEqual(b.Actors);
}
