using SiteGen.Actors;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Rendering;
using SiteGen.Rendering.Models;
using SiteGen.Urls;

namespace SiteGen.Output;

/// <summary>Each actor's pages: the first with its connections (co-actors and their graph), then the rest of its timeline.</summary>
internal sealed class ActorPages(RenderContext context)
{
    /// <summary>How many co-actors the first page lists; an edit that changes them renders that page again.</summary>
    public const int CoActorsShown = 10;
    private const int CoActorsDrawn = 8;

    public void RenderAll()
    {
        Parallel.ForEach(context.ActorsWithPages(), actor => Render(actor));
    }

    /// <summary>Renders <paramref name="actor"/>'s pages; with <paramref name="only"/>, just the page numbers it holds.</summary>
    public void Render(Actor actor, IReadOnlySet<int>? only = null)
    {
        var total = context.ActorPageCount(actor);
        if (only is { Count: 0 } || total == 0)
        {
            return;
        }

        var urls = context.Urls;
        var links = context.Links;
        var indices = context.ActorIndex.DispatchesOf(actor);
        var perPage = context.Config.ActorPerPage;
        var profile = context.RenderMarkdown(actor.Profile, actor.ProfileLine, null, actor.SourcePath, actor.Path);
        var coActors = context.ActorIndex.CoActorsOf(actor, CoActorsShown);
        var parent = actor.ParentId is null ? null : context.Registry.FindById(actor.ParentId);
        var children = context.Registry.Children.GetValueOrDefault(actor.Id) ?? [];
        var graph = ActorGraphDrawer.DrawStar(
            new ActorGraphDrawer.Node(actor.Name, urls.Href(actor.Path), indices.Count),
            coActors.Take(CoActorsDrawn).Select(c => new ActorGraphDrawer.Node(c.Actor.Name, urls.Href(c.Actor.Path), c.Count)).ToList(),
            $"{actor.Name} and the actors most often named with them");
        var feeds = context.Feeds().HasActorFeeds(actor)
            ? context.FeedLinks(SitePaths.ActorAtom(actor.Path), SitePaths.ActorRss(actor.Path), SitePaths.ActorJson(actor.Path))
            : null;
        var alternates = feeds is null ? context.SiteAlternates()
            : context.SiteAlternates().Prepend(new AlternateModel($"{actor.Name} (Atom)", "application/atom+xml", feeds.Atom)).ToList();

        var years = Years(actor.Path, indices, perPage);
        for (var number = 1; number <= total; number++)
        {
            if (only is not null && !only.Contains(number))
            {
                continue;
            }

            var slice = indices.Skip((number - 1) * perPage).Take(perPage).ToList();
            var timeline = slice
                .GroupBy(i => (links[i].Date.Value.Year, links[i].Date.Value.Month))
                .Select(g => new GroupModel(
                    $"{DateFormatter.MonthName(g.Key.Month)} {g.Key.Year}",
                    null,
                    g.Select(i => links[i]).ToList())
                { Id = $"m-{g.Key.Year:D4}-{g.Key.Month:D2}" })
                .ToList();
            var model = new ActorPageModel
            {
                Name = actor.Name,
                Kind = ActorKinds.Key(actor.Kind),
                KindLabel = KindLabel(actor.Kind),
                Url = urls.Href(actor.Path),
                Aliases = actor.Aliases,
                Wikidata = actor.Wikidata,
                WikidataUrl = actor.Wikidata is null ? null : "https://www.wikidata.org/wiki/" + Uri.EscapeDataString(actor.Wikidata),
                Profile = new HtmlString(profile.Html),
                Parent = parent is null ? null : context.ActorLink(parent),
                Children = children.Select(context.ActorLink).ToList(),
                Count = indices.Count,
                FirstMention = indices.Count > 0 ? links[indices[^1]] : null,
                LastMention = indices.Count > 0 ? links[indices[0]] : null,
                Timeline = timeline,
                Years = years,
                CoActors = number == 1 ? coActors.Select(c => new CoActorModel(context.ActorLink(c.Actor), c.Count)).ToList() : [],
                Graph = number == 1 ? new HtmlString(graph) : HtmlString.Empty,
                Feeds = feeds,
            };
            var path = UrlBuilder.Paged(actor.Path, number);
            var page = new PageModel
            {
                Kind = "actor",
                Title = number == 1 ? actor.Name : $"{actor.Name}, page {number}",
                Url = urls.Href(path),
                Canonical = urls.Absolute(path),
                Description = ActorDescription(actor, indices.Count, profile.PlainText),
                Alternates = alternates,
                NoIndex = number > 1,
                Actor = model,
            };
            context.RenderPage(path, "actor.sbn", page, context.Paginator(actor.Path, number, total), new SourceLocation(actor.SourcePath));
            context.RecordReads(PageReads.Page.Actor(actor.Id, number), path, Reads(actor, number, indices, slice));
        }
    }

    /// <summary>Each year of an actor's timeline, newest first, linking to its newest month on the page that holds it.</summary>
    private List<ArchiveLinkModel> Years(string actorPath, IReadOnlyList<int> indices, int perPage)
    {
        var links = context.Links;
        var years = new List<ArchiveLinkModel>();
        for (var at = 0; at < indices.Count;)
        {
            var date = links[indices[at]].Date.Value;
            var count = 0;
            var first = at;
            while (at < indices.Count && links[indices[at]].Date.Value.Year == date.Year)
            {
                at++;
                count++;
            }

            var page = UrlBuilder.Paged(actorPath, (first / perPage) + 1);
            years.Add(new ArchiveLinkModel(date.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
                context.Urls.Href(page) + $"#m-{date.Year:D4}-{date.Month:D2}", count));
        }

        return years;
    }

    /// <summary>
    /// What page <paramref name="number"/> of an actor shows: its timeline (the count, and so every slice, shows on each
    /// page), the cards of its slice and of its first and last mention, and on the first its connections.
    /// </summary>
    private IEnumerable<PageReads.Fact> Reads(Actor actor, int number, IReadOnlyList<int> indices, List<int> slice)
    {
        yield return PageReads.Fact.Timeline(actor.Id);
        if (number == 1)
        {
            yield return PageReads.Fact.CoActors(actor.Id);
        }

        if (indices.Count > 0)
        {
            yield return context.Card(indices[0]);
            yield return context.Card(indices[^1]);
        }

        foreach (var index in slice)
        {
            yield return context.Card(index);
        }
    }

    private static string KindLabel(ActorKind kind) => kind switch
    {
        ActorKind.ArmedForce => "Armed force",
        ActorKind.Organisation => "Organisation",
        _ => kind.ToString(),
    };

    private static string ActorDescription(Actor actor, int count, string profile) =>
        profile.Length > 0 ? RenderContext.Excerpt(profile) : $"{actor.Name}: {count} dispatch{(count == 1 ? string.Empty : "es")}, with timeline and related actors";
}
