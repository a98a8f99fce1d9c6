using SiteGen.Actors;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Rendering;
using SiteGen.Rendering.Models;
using SiteGen.Urls;

namespace SiteGen.Output;

public sealed partial class SiteRenderer
{
    private const int CoActorsShown = 10;
    private const int CoActorsDrawn = 8;
    private const int NetworkTies = 60;

    private void RenderActors()
    {
        Parallel.ForEach(_site.Registry.Actors, actor => RenderActor(actor));

        RenderActorIndex();
        RenderGraph();
    }

    /// <summary>
    /// Renders an actor's pages: the first with its connections (co-actors and their graph), then the rest of its
    /// timeline; with <paramref name="only"/>, just the page numbers it holds.
    /// </summary>
    private void RenderActor(Actor actor, IReadOnlySet<int>? only = null)
    {
        if (only is { Count: 0 })
        {
            return;
        }

        var indices = _site.ActorIndex.DispatchesOf(actor);
        var perPage = _site.Config.ActorPerPage;
        var total = PageCount(indices.Count, perPage);
        var profile = RenderMarkdown(actor.Profile, actor.ProfileLine, null, actor.SourcePath, actor.Path);
        var coActors = _site.ActorIndex.CoActorsOf(actor, CoActorsShown);
        var parent = actor.ParentId is null ? null : _site.Registry.FindById(actor.ParentId);
        var children = _site.Registry.Children.GetValueOrDefault(actor.Id) ?? [];
        var graph = ActorGraphDrawer.DrawStar(
            new ActorGraphDrawer.Node(actor.Name, _urls.Href(actor.Path), indices.Count),
            coActors.Take(CoActorsDrawn).Select(c => new ActorGraphDrawer.Node(c.Actor.Name, _urls.Href(c.Actor.Path), c.Count)).ToList(),
            $"{actor.Name} and the actors most often named with them");
        var feeds = FeedLinks(SitePaths.ActorAtom(actor.Path), SitePaths.ActorRss(actor.Path), SitePaths.ActorJson(actor.Path));
        var alternates = SiteAlternates().Prepend(new AlternateModel($"{actor.Name} (Atom)", "application/atom+xml", feeds.Atom)).ToList();

        var years = ActorYears(actor.Path, indices, perPage);
        for (var number = 1; number <= total; number++)
        {
            if (only is not null && !only.Contains(number))
            {
                continue;
            }

            var slice = indices.Skip((number - 1) * perPage).Take(perPage).ToList();
            var timeline = slice
                .GroupBy(i => (_links[i].Date.Value.Year, _links[i].Date.Value.Month))
                .Select(g => new GroupModel(
                    $"{DateFormatter.MonthName(g.Key.Month)} {g.Key.Year}",
                    null,
                    g.Select(i => _links[i]).ToList())
                { Id = $"m-{g.Key.Year:D4}-{g.Key.Month:D2}" })
                .ToList();
            var model = new ActorPageModel
            {
                Name = actor.Name,
                Kind = ActorKinds.Key(actor.Kind),
                KindLabel = KindLabel(actor.Kind),
                Url = _urls.Href(actor.Path),
                Aliases = actor.Aliases,
                Wikidata = actor.Wikidata,
                WikidataUrl = actor.Wikidata is null ? null : "https://www.wikidata.org/wiki/" + Uri.EscapeDataString(actor.Wikidata),
                Profile = new HtmlString(profile.Html),
                Parent = parent is null ? null : ActorLink(parent),
                Children = children.Select(ActorLink).ToList(),
                Count = indices.Count,
                FirstMention = indices.Count > 0 ? _links[indices[^1]] : null,
                LastMention = indices.Count > 0 ? _links[indices[0]] : null,
                Timeline = timeline,
                Years = years,
                CoActors = number == 1 ? coActors.Select(c => new CoActorModel(ActorLink(c.Actor), c.Count)).ToList() : [],
                Graph = number == 1 ? new HtmlString(graph) : HtmlString.Empty,
                Feeds = feeds,
            };
            var path = UrlBuilder.Paged(actor.Path, number);
            var page = new PageModel
            {
                Kind = "actor",
                Title = number == 1 ? actor.Name : $"{actor.Name}, page {number}",
                Url = _urls.Href(path),
                Canonical = _urls.Absolute(path),
                Description = ActorDescription(actor, indices.Count, profile.PlainText),
                Alternates = alternates,
                NoIndex = number > 1,
                Actor = model,
            };
            RenderPage(path, "actor.sbn", page, Paginator(actor.Path, number, total), new SourceLocation(actor.SourcePath));
        }
    }

    /// <summary>Each year of an actor's timeline, newest first, linking to its newest month on the page that holds it.</summary>
    private List<ArchiveLinkModel> ActorYears(string actorPath, IReadOnlyList<int> indices, int perPage)
    {
        var years = new List<ArchiveLinkModel>();
        for (var at = 0; at < indices.Count;)
        {
            var date = _links[indices[at]].Date.Value;
            var count = 0;
            var first = at;
            while (at < indices.Count && _links[indices[at]].Date.Value.Year == date.Year)
            {
                at++;
                count++;
            }

            var page = UrlBuilder.Paged(actorPath, (first / perPage) + 1);
            years.Add(new ArchiveLinkModel(date.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
                _urls.Href(page) + $"#m-{date.Year:D4}-{date.Month:D2}", count));
        }

        return years;
    }

    private void RenderActorIndex()
    {
        var groups = ActorKinds.All
            .Select(k => new ActorGroupModel(
                k.Key,
                k.Plural,
                _site.Registry.Actors
                    .Where(a => a.Kind == k.Kind)
                    .OrderBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase)
                    .Select(a => new ActorCountModel(a.Name, _urls.Href(a.Path), _site.ActorIndex.CountOf(a)))
                    .ToList()))
            .Where(g => g.Actors.Count > 0)
            .ToList();
        var page = new PageModel
        {
            Kind = "actors",
            Title = "Actors",
            Url = _urls.Href(SitePaths.Actors),
            Canonical = _urls.Absolute(SitePaths.Actors),
            Description = $"The {_site.Registry.Actors.Count} states, people, forces, units, organisations and places of {_site.Config.Title}",
            Alternates = SiteAlternates(),
            Actors = new ActorIndexModel { Groups = groups },
        };
        RenderPage(SitePaths.Actors, "actors.sbn", page, null, SourceLocation.None);
    }

    private void RenderGraph()
    {
        var ties = _site.ActorIndex.StrongestTies(NetworkTies);
        var actors = ties.SelectMany(t => new[] { t.A, t.B }).Distinct()
            .OrderByDescending(a => _site.ActorIndex.CountOf(a)).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
        var position = actors.Select((a, i) => (a, i)).ToDictionary(x => x.a, x => x.i);
        var svg = ActorGraphDrawer.DrawNetwork(
            actors.Select(a => new ActorGraphDrawer.Node(a.Name, _urls.Href(a.Path), _site.ActorIndex.CountOf(a))).ToList(),
            ties.Select(t => (position[t.A], position[t.B], t.Count)).ToList(),
            $"The strongest ties between the actors of {_site.Config.Title}");
        var page = new PageModel
        {
            Kind = "graph",
            Title = "Actor network",
            Url = _urls.Href(SitePaths.Graph),
            Canonical = _urls.Absolute(SitePaths.Graph),
            Description = "The strongest ties between actors: pairs named together most often",
            Alternates = SiteAlternates(),
            Graph = new GraphModel
            {
                Svg = new HtmlString(svg),
                Ties = ties.Select(t => new TieModel(ActorLink(t.A), ActorLink(t.B), t.Count)).ToList(),
            },
        };
        RenderPage(SitePaths.Graph, "graph.sbn", page, null, SourceLocation.None);
    }

    private static string KindLabel(ActorKind kind) => kind switch
    {
        ActorKind.ArmedForce => "Armed force",
        ActorKind.Organisation => "Organisation",
        _ => kind.ToString(),
    };

    private static string ActorDescription(Actor actor, int count, string profile) =>
        profile.Length > 0 ? Excerpt(profile) : $"{actor.Name}: {count} dispatch{(count == 1 ? string.Empty : "es")}, with timeline and related actors";
}
