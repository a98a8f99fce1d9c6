using SiteGen.Actors;
using SiteGen.Diagnostics;
using SiteGen.Rendering.Models;
using SiteGen.Urls;

namespace SiteGen.Output;

/// <summary>The actor network: the strongest ties between actors, drawn and listed.</summary>
internal sealed class ActorNetworkPage(RenderContext context)
{
    private const int NetworkTies = 60;

    public void Render()
    {
        var urls = context.Urls;
        var ties = context.ActorIndex.StrongestTies(NetworkTies);
        var actors = ties.SelectMany(t => new[] { t.A, t.B }).Distinct()
            .OrderByDescending(a => context.ActorIndex.CountOf(a)).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
        var position = actors.Select((a, i) => (a, i)).ToDictionary(x => x.a, x => x.i);
        var svg = ActorGraphDrawer.DrawNetwork(
            actors.Select(a => new ActorGraphDrawer.Node(a.Name, urls.Href(a.Path), context.ActorIndex.CountOf(a))).ToList(),
            ties.Select(t => (position[t.A], position[t.B], t.Count)).ToList(),
            $"The strongest ties between the actors of {context.Config.Title}");
        var page = new PageModel
        {
            Kind = "graph",
            Title = "Actor network",
            Url = urls.Href(SitePaths.Graph),
            Canonical = urls.Absolute(SitePaths.Graph),
            Description = "The strongest ties between actors: pairs named together most often",
            Alternates = context.SiteAlternates(),
            Graph = new GraphModel
            {
                Svg = new HtmlString(svg),
                Ties = ties.Select(t => new TieModel(context.ActorLink(t.A), context.ActorLink(t.B), t.Count)).ToList(),
            },
        };
        context.RenderPage(SitePaths.Graph, "graph.sbn", page, null, SourceLocation.None);

        // The ties are counted from every actor's timeline.
        context.RecordReads(new PageReads.Page(PageReads.PageKind.ActorNetwork), SitePaths.Graph, context.Registry.Actors.Select(a => PageReads.Fact.Timeline(a.Id)));
    }
}
