using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Rendering.Models;
using SiteGen.Text;
using SiteGen.Urls;

namespace SiteGen.Output;

/// <summary>The actors index: every actor by kind, with how many dispatches name it.</summary>
internal sealed class ActorIndexPage(RenderContext context)
{
    public void Render()
    {
        var urls = context.Urls;
        var listed = context.ActorsWithPages().ToList();
        var groups = ActorKinds.All
            .Select(k => new ActorGroupModel(
                k.Key,
                k.Plural,
                listed
                    .Where(a => a.Kind == k.Kind)
                    .OrderBy(a => a.Name, CaseBlindNameComparer.CurrentCulture)
                    .Select(a => new ActorCountModel(a.Name, urls.Href(a.Path), context.ActorIndex.CountOf(a)))
                    .ToList()))
            .Where(g => g.Actors.Count > 0)
            .ToList();
        var page = new PageModel
        {
            Kind = "actors",
            Title = "Actors",
            Url = urls.Href(SitePaths.Actors),
            Canonical = urls.Absolute(SitePaths.Actors),
            Description = $"The {listed.Count} states, people, forces, units, organisations and places of {context.Config.Title}",
            Alternates = context.SiteAlternates(),
            Actors = new ActorIndexModel { Groups = groups },
        };
        context.RenderPage(SitePaths.Actors, "actors.sbn", page, null, SourceLocation.None);
        context.RecordReads(new PageReads.Page(PageReads.PageKind.ActorIndex), SitePaths.Actors, context.Registry.Actors.Select(a => PageReads.Fact.Timeline(a.Id)));
    }
}
