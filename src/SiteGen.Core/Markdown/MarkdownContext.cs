using SiteGen.Actors;
using SiteGen.Urls;

namespace SiteGen.Markdown;

/// <summary>What rendering one body needs to know: the site's URLs, the actor matcher and the actors the document tags.</summary>
public sealed record MarkdownContext(
    UrlBuilder Urls,
    ActorMentionMatcher? Matcher = null,
    IReadOnlyList<Actor>? TaggedActors = null,
    int FirstLine = 1);
