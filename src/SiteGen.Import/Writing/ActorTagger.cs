using SiteGen.Actors;
using SiteGen.Content;

namespace SiteGen.Import.Writing;

/// <summary>Finds the registry's actors in a post: those its text mentions (in order of first mention) and those its categories or tags name.</summary>
internal sealed class ActorTagger(ActorRegistry registry)
{
    private readonly ActorMentionMatcher _matcher = new(registry);

    /// <summary>The actors the text mentions, each once, in order of first mention.</summary>
    public IReadOnlyList<Actor> Mentioned(string text) =>
        _matcher.Find(text).Select(m => m.Actor).DistinctBy(a => a.Id).ToList();

    /// <summary>The actor a category or tag names, if any.</summary>
    public Actor? Named(string term) => registry.Resolve(term);
}
