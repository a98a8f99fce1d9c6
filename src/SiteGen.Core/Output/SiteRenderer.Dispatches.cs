using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Feeds;
using SiteGen.Rendering;
using SiteGen.Rendering.Models;
using SiteGen.Search;

namespace SiteGen.Output;

public sealed partial class SiteRenderer
{
    /// <summary>How many of a dispatch's actors (in front-matter order) get previous and next links of their own.</summary>
    private const int MainActors = 3;

    private void RenderDispatches()
    {
        _inFeeds = FeedEntries();
        Parallel.For(0, _site.Dispatches.Count, i =>
        {
            var document = RenderDispatch(i, _diagnostics);
            if (!_site.Dispatches[i].Draft)
            {
                _search.Add(i, document, _output);
            }
        });
    }

    /// <summary>
    /// Renders dispatch <paramref name="i"/>'s page, keeps its HTML if a feed needs it, and returns what search knows of it;
    /// what the dispatch itself gets wrong (untagged mentions, a missing image) goes to <paramref name="diagnostics"/>.
    /// </summary>
    private SearchDocument RenderDispatch(int i, DiagnosticBag diagnostics)
    {
        var dispatch = _site.Dispatches[i];
        var rendered = RenderMarkdown(dispatch.Body, dispatch.BodyLine, dispatch.Actors, dispatch.SourcePath, dispatch.Path, dispatch.Image?.Src, diagnostics);
        ReportUntaggedMentions(dispatch, rendered.UntaggedMentions, diagnostics);
        var lead = LeadImage(dispatch, diagnostics);
        var model = DispatchModel(i, rendered, lead, diagnostics);
        var social = SocialImage(i, lead, diagnostics);
        var page = new PageModel
        {
            Kind = "dispatch",
            Title = dispatch.Title,
            Url = model.Url,
            Canonical = _urls.Absolute(dispatch.Path),
            Description = dispatch.Summary ?? Excerpt(rendered.PlainText),
            Image = social?.Url,
            ImageWidth = social?.Width ?? 0,
            ImageHeight = social?.Height ?? 0,
            ImageAlt = social is null ? null : social.Value.IsCard ? dispatch.Title : model.Image?.Alt,
            OgType = "article",
            JsonLd = StructuredData.ForDispatch(dispatch, _site.Config, _urls, _actorAbout),
            Alternates = SiteAlternates(),
            Draft = dispatch.Draft,
            NoIndex = dispatch.Draft,
            Dispatch = model,
        };
        RenderPage(dispatch.Path, "dispatch.sbn", page, null, new SourceLocation(dispatch.SourcePath));
        if (_inFeeds[i])
        {
            _feedHtml[i] = rendered.Html;
        }

        return SearchDocument.From(dispatch, _links[i], rendered.PlainText, _actorSearchWords);
    }

    private DispatchModel DispatchModel(int index, Markdown.RenderedMarkdown rendered, Images.ProcessedImage? lead, DiagnosticBag diagnostics)
    {
        var dispatch = _site.Dispatches[index];
        var related = _site.Related[index];
        return new DispatchModel
        {
            Title = dispatch.Title,
            Url = _links[index].Url,
            Date = _links[index].Date,
            Updated = dispatch.Updates.Count == 0 ? null : _dates.Format(dispatch.Updated),
            Summary = dispatch.Summary,
            Series = dispatch.Series,
            Actors = _links[index].Actors,
            Tags = dispatch.Tags,
            Categories = dispatch.Categories,
            TagLinks = TermLinks(dispatch, Configuration.TaxonomyKind.Tags).ToList(),
            CategoryLinks = TermLinks(dispatch, Configuration.TaxonomyKind.Categories).ToList(),
            AuthorLinks = TermLinks(dispatch, Configuration.TaxonomyKind.Authors).ToList(),
            SeriesPart = SeriesPart(index),
            ActorNeighbours = ActorNeighbours(index),
            Authors = dispatch.Authors.Select(a => new AuthorModel(a.Name, a.Url)).ToList(),
            Sticky = dispatch.Sticky,
            Image = ImageModel(dispatch, lead, diagnostics),
            Sources = dispatch.Sources.Select(s => new SourceModel(s.Title, s.Url, s.Accessed)).ToList(),
            Updates = dispatch.Updates.Select(u => new UpdateModel(_dates.Format(u.Date), u.Kind == UpdateKind.Correction ? "correction" : "update", u.Text)).ToList(),
            Content = new HtmlString(rendered.Html),
            Related = related.Select(r => _links[r]).ToList(),

            // Dispatches are newest first: the previous one in time is the next in the list.
            Previous = index + 1 < _links.Length ? _links[index + 1] : null,
            Next = index > 0 ? _links[index - 1] : null,
            WordCount = rendered.WordCount,
            ReadingMinutes = Math.Max(1, (int)Math.Round(rendered.WordCount / 230.0)),
            Draft = dispatch.Draft,
        };
    }

    /// <summary>Where dispatch <paramref name="index"/> sits in its series, with the parts before and after it.</summary>
    private SeriesPartModel? SeriesPart(int index)
    {
        if (_site.Dispatches[index].Series is not { } name || _taxonomies.Find(Configuration.TaxonomyKind.Series, name) is not { } series)
        {
            return null;
        }

        // The term lists the newest first: part 1 is the last.
        var at = IndexOf(series.Dispatches, index);
        var count = series.Dispatches.Count;
        return new SeriesPartModel(series.Name, _urls.Href(series.Path), count - at, count,
            at + 1 < count ? _links[series.Dispatches[at + 1]] : null,
            at > 0 ? _links[series.Dispatches[at - 1]] : null);
    }

    /// <summary>The main actors a dispatch names (its first few), each with the dispatches before and after it that name them.</summary>
    private List<ActorNeighboursModel> ActorNeighbours(int index)
    {
        var result = new List<ActorNeighboursModel>();
        foreach (var actor in _site.Dispatches[index].Actors.Take(MainActors))
        {
            var timeline = _site.ActorIndex.DispatchesOf(actor);
            var at = IndexOf(timeline, index);
            if (at < 0 || timeline.Count < 2)
            {
                continue;
            }

            var page = (at / _site.Config.ActorPerPage) + 1;
            var date = _links[index].Date.Value;
            result.Add(new ActorNeighboursModel(ActorLink(actor), timeline.Count - at, timeline.Count,
                _urls.Href(Urls.UrlBuilder.Paged(actor.Path, page)) + $"#m-{date.Year:D4}-{date.Month:D2}",
                at + 1 < timeline.Count ? _links[timeline[at + 1]] : null,
                at > 0 ? _links[timeline[at - 1]] : null));
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

    private ImageModel? ImageModel(Dispatch dispatch, Images.ProcessedImage? lead, DiagnosticBag diagnostics)
    {
        if (dispatch.Image is not { } image)
        {
            return null;
        }

        if (image.Src is { } src && src.StartsWith('/') && !src.StartsWith("//", StringComparison.Ordinal) && !_staticFiles.Contains("static" + src.Split('?', '#')[0]))
        {
            diagnostics.Warning(DiagnosticCodes.MissingImage, image.Location,
                $"image '{image.Src}' does not exist: put the file at static{image.Src}");
            _verifier?.Acknowledge(_urls.RewriteAuthored(src));
        }

        var alt = image.Alt ?? image.Caption ?? string.Empty;
        return new ImageModel(image.Src is null ? null : _urls.RewriteAuthored(image.Src), alt, image.Caption, image.Credit, LeadPicture(lead, alt));
    }

    private string AbsoluteImage(string src)
    {
        if (Uri.TryCreate(src, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return src;
        }

        return src.StartsWith('/') ? _urls.Absolute(src) : _urls.Absolute("/" + src);
    }

    private static void ReportUntaggedMentions(Dispatch dispatch, IReadOnlyList<Markdown.ActorMention> mentions, DiagnosticBag diagnostics)
    {
        if (mentions.Count == 0)
        {
            return;
        }

        // Added together: the bag takes a lock, and a corpus can have tens of thousands of these.
        diagnostics.AddRange(mentions.Select(mention => new Diagnostic(DiagnosticSeverity.Warning,
            DiagnosticCodes.UntaggedMention, $"'{mention.Form}' names the actor '{mention.Actor.Id}', which this dispatch does not tag; add it to 'actors:' to link it",
            new SourceLocation(dispatch.SourcePath, mention.Line, mention.Column))).ToList());
    }

    /// <summary>Which dispatches some feed carries, so only their HTML is kept in memory.</summary>
    private bool[] FeedEntries()
    {
        var feeds = new FeedWriter(_site, _output, _excerpts);
        var result = new bool[_site.Dispatches.Count];
        foreach (var index in feeds.SiteEntries())
        {
            result[index] = true;
        }

        // Actor feeds need the HTML only when they carry whole dispatches; their summaries are the excerpts.
        foreach (var actor in _site.Config.Feeds.ActorFullContent ? _site.Registry.Actors : [])
        {
            foreach (var index in feeds.ActorEntries(actor))
            {
                result[index] = true;
            }
        }

        return result;
    }

    private static string Excerpt(string text, int length = 200)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= length)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', length);
        return flat[..(cut > length / 2 ? cut : length)] + "…";
    }
}
