using System.Collections.Concurrent;
using SiteGen.Content;
using SiteGen.Rendering;
using SiteGen.Rendering.Models;
using SiteGen.Search;
using SiteGen.Urls;

namespace SiteGen.Output;

/// <summary>What every page that names an actor writes of it, made once per actor and shared by the passes.</summary>
internal sealed class RenderedActors(UrlBuilder urls)
{
    // By reference: an actor edited in the preview is a new object, and must not get the old one's links.
    private readonly ConcurrentDictionary<Actor, RenderedActor> _actors = new(ReferenceEqualityComparer.Instance);

    public RenderedActor Of(Actor actor) => _actors.GetOrAdd(actor, static (a, urls) => new RenderedActor(
        new ActorLinkModel(a.Name, ActorKinds.Key(a.Kind), urls.Href(a.Path)),
        StructuredData.About(a, urls),
        SearchDocument.ActorWords(a)), urls);

    public sealed record RenderedActor(ActorLinkModel Link, byte[] About, string[] SearchWords);
}
