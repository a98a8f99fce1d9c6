using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Images;
using SiteGen.Markdown;
using SiteGen.Rendering;
using SiteGen.Rendering.Models;
using SiteGen.Search;
using SiteGen.Urls;

namespace SiteGen.Output;

/// <summary>
/// Each dispatch's own page. A pass returns the HTML the feeds carry; what search knows of each page goes to the
/// caller as it is made, as the search index writes each document's text at once rather than keep it.
/// </summary>
internal sealed class DispatchPages(RenderContext context)
{
    /// <summary>How many of a dispatch's actors (in front-matter order) get previous and next links of their own.</summary>
    private const int MainActors = 3;

    private readonly DispatchImages _images = new(context);

    /// <summary>Renders every dispatch page, reporting what a dispatch gets wrong to <paramref name="diagnostics"/>.</summary>
    public DispatchPassResult RenderAll(DiagnosticBag diagnostics, Action<int, SearchDocument> indexed)
    {
        var inFeeds = new SiteFeeds(context).HtmlNeeded();
        var feedHtml = new string?[context.Dispatches.Count];
        _images.DrawCards(Enumerable.Range(0, feedHtml.Length));
        Parallel.For(0, feedHtml.Length, i =>
        {
            Render(i, inFeeds, diagnostics, feedHtml, indexed);
            context.PageWritten?.Invoke(i);
        });
        return new DispatchPassResult(feedHtml);
    }

    /// <summary>
    /// Renders the pages of <paramref name="indices"/>; what a dispatch gets wrong goes to the bag
    /// <paramref name="diagnosticsOf"/> gives for its position. With <paramref name="cardsLater"/>, their social cards
    /// may be left to <see cref="DrawCardsLeft"/> (see <see cref="DispatchImages.DrawCards"/>).
    /// </summary>
    public DispatchPassResult Render(IEnumerable<int> indices, Func<int, DiagnosticBag> diagnosticsOf, Action<int, SearchDocument> indexed, bool cardsLater = false)
    {
        var inFeeds = new SiteFeeds(context).HtmlNeeded();
        var feedHtml = new string?[context.Dispatches.Count];
        var pages = indices as IReadOnlyCollection<int> ?? indices.ToList();
        _images.DrawCards(pages, cardsLater);
        Parallel.ForEach(pages, i => Render(i, inFeeds, diagnosticsOf(i), feedHtml, indexed));
        return new DispatchPassResult(feedHtml);
    }

    /// <summary>Draws the social cards a pass left for later; false when one could not be drawn, and its page is wrong.</summary>
    public bool DrawCardsLeft() => _images.DrawCardsLeft();

    /// <summary>Renders dispatch <paramref name="i"/>'s page into its slot of the pass's feed HTML, and hands search its document.</summary>
    private void Render(int i, bool[] inFeeds, DiagnosticBag diagnostics, string?[] feedHtml, Action<int, SearchDocument> indexed)
    {
        var urls = context.Urls;
        var dispatch = context.Dispatches[i];
        var rendered = context.RenderMarkdown(dispatch.Body, dispatch.BodyLine, dispatch.Actors, dispatch.SourcePath, dispatch.Path, dispatch.Image?.Src, diagnostics, SummaryAnchor.IdOf(dispatch.Guid));
        ReportUntaggedMentions(dispatch, rendered.UntaggedMentions, diagnostics);
        var lead = _images.LeadImage(dispatch, diagnostics);
        var model = DispatchModel(i, rendered, lead, diagnostics);
        var social = _images.SocialImage(i, lead, diagnostics);
        var teaser = context.Excerpts[i] is { IsTeaser: true } excerpt ? excerpt.Text : null;
        var page = new PageModel
        {
            Kind = "dispatch",
            Title = dispatch.Title,
            Url = model.Url,
            Canonical = urls.Absolute(dispatch.Path),
            Description = dispatch.Summary ?? RenderContext.Excerpt(teaser ?? rendered.PlainText),
            Image = social?.Url,
            ImageWidth = social?.Width ?? 0,
            ImageHeight = social?.Height ?? 0,
            ImageAlt = social is null ? null : social.Value.IsCard ? dispatch.Title : model.Image?.Alt,
            OgType = "article",
            JsonLd = StructuredData.ForDispatch(dispatch, context.Config, urls, actor => context.Actors.Of(actor).About),
            Alternates = context.SiteAlternates(),
            Draft = dispatch.Draft,
            NoIndex = dispatch.Draft,
            Dispatch = model,
        };
        context.RenderPage(dispatch.Path, "dispatch.sbn", page, null, new SourceLocation(dispatch.SourcePath));
        context.RecordReads(PageReads.Page.Dispatch(context.Ids.IdOf(i)), dispatch.Path, Reads(i));
        if (inFeeds[i])
        {
            feedHtml[i] = rendered.Html;
        }

        if (!dispatch.Draft)
        {
            indexed(i, SearchDocument.From(dispatch, context.Links[i], rendered.PlainText, teaser, actor => context.Actors.Of(actor).SearchWords));
        }
    }

    /// <summary>
    /// What dispatch <paramref name="index"/>'s page shows: itself, its related list and cards, which dispatches are its
    /// neighbours in time and their cards, the members of its terms (their counts, and its place in its series) and its
    /// neighbours' cards in its series, and for its main actors their timelines and its neighbours on them.
    /// </summary>
    private IEnumerable<PageReads.Fact> Reads(int index)
    {
        var id = context.Ids.IdOf(index);
        yield return PageReads.Fact.Body(id);
        yield return PageReads.Fact.Card(id);
        yield return PageReads.Fact.Related(id);
        yield return PageReads.Fact.Neighbours(id);
        foreach (var related in context.Related[index])
        {
            yield return context.Card(related);
        }

        if (index + 1 < context.Links.Count)
        {
            yield return context.Card(index + 1);
        }

        if (index > 0)
        {
            yield return context.Card(index - 1);
        }

        var dispatch = context.Dispatches[index];
        foreach (var kind in TaxonomyKinds.All)
        {
            foreach (var name in dispatch.TermNames(kind, context.Config))
            {
                if (Text.TermSlug.Of(name) is { } slug)
                {
                    yield return PageReads.Fact.Term(kind, slug);
                }
            }
        }

        if (Series(index) is { } series)
        {
            foreach (var neighbour in Around(series.Dispatches, IndexOf(series.Dispatches, index), index))
            {
                yield return context.Card(neighbour);
            }
        }

        foreach (var actor in dispatch.Actors.Take(MainActors))
        {
            yield return PageReads.Fact.Timeline(actor.Id);
            var timeline = context.ActorIndex.DispatchesOf(actor);
            foreach (var neighbour in Around(timeline, IndexOf(timeline, index), index))
            {
                yield return context.Card(neighbour);
            }
        }
    }

    private static IEnumerable<int> Around(IReadOnlyList<int> positions, int at, int index) =>
        at < 0 || positions[at] != index ? [] : new[] { at - 1, at + 1 }.Where(n => n >= 0 && n < positions.Count).Select(n => positions[n]);

    private Taxonomies.TaxonomyTerm? Series(int index) =>
        context.Dispatches[index].Series is { } name ? context.Taxonomies.Find(TaxonomyKind.Series, name) : null;

    private DispatchModel DispatchModel(int index, RenderedMarkdown rendered, ProcessedImage? lead, DiagnosticBag diagnostics)
    {
        var dispatch = context.Dispatches[index];
        var related = context.Related[index];
        var links = context.Links;
        var dates = context.Dates;
        return new DispatchModel
        {
            Title = dispatch.Title,
            Url = links[index].Url,
            Date = links[index].Date,
            Updated = dispatch.Updates.Count == 0 ? null : dates.Format(dispatch.Updated),
            Summary = dispatch.Summary,
            Series = dispatch.Series,
            Actors = links[index].Actors,
            Tags = dispatch.Tags,
            Categories = dispatch.Categories,
            TagLinks = context.TermLinks(dispatch, TaxonomyKind.Tags).ToList(),
            CategoryLinks = context.TermLinks(dispatch, TaxonomyKind.Categories).ToList(),
            AuthorLinks = context.TermLinks(dispatch, TaxonomyKind.Authors).ToList(),
            SeriesPart = SeriesPart(index),
            ActorNeighbours = ActorNeighbours(index),
            Authors = dispatch.Authors.Select(a => new AuthorModel(a.Name, a.Url)).ToList(),
            Sticky = dispatch.Sticky,
            Image = ImageModel(dispatch, lead, diagnostics),
            Sources = dispatch.Sources.Select(s => new SourceModel(s.Title, s.Url, s.Accessed)).ToList(),
            Updates = dispatch.Updates.Select(u => new UpdateModel(dates.Format(u.Date), u.Kind == UpdateKind.Correction ? "correction" : "update", u.Text)).ToList(),
            Content = new HtmlString(rendered.Html),
            Related = related.Select(r => links[r]).ToList(),
            More = links[index].More,

            // Dispatches are newest first: the previous one in time is the next in the list.
            Previous = index + 1 < links.Count ? links[index + 1] : null,
            Next = index > 0 ? links[index - 1] : null,
            WordCount = rendered.WordCount,
            ReadingMinutes = Math.Max(1, (int)Math.Round(rendered.WordCount / 230.0)),
            Draft = dispatch.Draft,
        };
    }

    /// <summary>Where dispatch <paramref name="index"/> sits in its series, with the parts before and after it.</summary>
    private SeriesPartModel? SeriesPart(int index)
    {
        if (Series(index) is not { } series)
        {
            return null;
        }

        // The term lists the newest first: part 1 is the last.
        var links = context.Links;
        var at = IndexOf(series.Dispatches, index);
        var count = series.Dispatches.Count;
        return new SeriesPartModel(series.Name, context.Urls.Href(series.Path), count - at, count,
            at + 1 < count ? links[series.Dispatches[at + 1]] : null,
            at > 0 ? links[series.Dispatches[at - 1]] : null);
    }

    /// <summary>The main actors a dispatch names (its first few), each with the dispatches before and after it that name them.</summary>
    private List<ActorNeighboursModel> ActorNeighbours(int index)
    {
        var links = context.Links;
        var result = new List<ActorNeighboursModel>();
        foreach (var actor in context.Dispatches[index].Actors.Take(MainActors))
        {
            var timeline = context.ActorIndex.DispatchesOf(actor);
            var at = IndexOf(timeline, index);
            if (at < 0 || timeline.Count < 2)
            {
                continue;
            }

            var page = (at / context.Config.ActorPerPage) + 1;
            var date = links[index].Date.Value;
            result.Add(new ActorNeighboursModel(context.ActorLink(actor), timeline.Count - at, timeline.Count,
                context.Urls.Href(UrlBuilder.Paged(actor.Path, page)) + $"#m-{date.Year:D4}-{date.Month:D2}",
                at + 1 < timeline.Count ? links[timeline[at + 1]] : null,
                at > 0 ? links[timeline[at - 1]] : null));
        }

        return result;
    }

    /// <summary>Where <paramref name="index"/> is in a list of positions in ascending order; -1 when absent.</summary>
    private static int IndexOf(IReadOnlyList<int> positions, int index)
    {
        int low = 0, high = positions.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (positions[middle] == index)
            {
                return middle;
            }

            if (positions[middle] < index)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }

    private ImageModel? ImageModel(Dispatch dispatch, ProcessedImage? lead, DiagnosticBag diagnostics)
    {
        if (dispatch.Image is not { } image)
        {
            return null;
        }

        var urls = context.Urls;
        if (image.Src is { } src && src.StartsWith('/') && !src.StartsWith("//", StringComparison.Ordinal) && !context.StaticFiles.Contains("static" + src.Split('?', '#')[0]))
        {
            // A lead image that is not there is a broken link on the page, in the feeds and the card: as the link check
            // reports one (link_check), an error unless the site asked for warnings.
            diagnostics.Add(new Diagnostic(context.Config.LinkCheck.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                DiagnosticCodes.MissingImage, $"image '{image.Src}' does not exist: put the file at static{image.Src}", image.Location));
            context.Verifier?.Acknowledge(urls.RewriteAuthored(src));
        }

        var alt = image.Alt ?? image.Caption ?? string.Empty;
        return new ImageModel(image.Src is null ? null : urls.RewriteAuthored(image.Src), alt, image.Caption, image.Credit, _images.LeadPicture(lead, alt));
    }

    private static void ReportUntaggedMentions(Dispatch dispatch, IReadOnlyList<ActorMention> mentions, DiagnosticBag diagnostics)
    {
        if (mentions.Count == 0)
        {
            return;
        }

        // Added together: the bag takes a lock, and a corpus can have tens of thousands of these.
        diagnostics.AddRange(mentions.Select(mention => new Diagnostic(DiagnosticSeverity.Warning,
            DiagnosticCodes.UntaggedMention, $"'{mention.Form}' names the actor '{mention.Actor.Id}', which this dispatch does not tag; add it to 'actors:' to "
                + (mention.Linkable ? "link it" : "tag it (here, inside a link or a heading, it is not linked)"),
            new SourceLocation(dispatch.SourcePath, mention.Line, mention.Column))).ToList());
    }
}
