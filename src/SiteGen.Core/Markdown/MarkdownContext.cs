using SiteGen.Actors;
using SiteGen.Content;
using SiteGen.Urls;

namespace SiteGen.Markdown;

/// <summary>
/// What rendering one body needs to know: the site's URLs, the actor matcher, the actors the document tags and, when
/// the caller keeps them, each actor's href (a page links several, and a site renders thousands of pages), and the
/// page's images as the image stage shows them, and for a dispatch the id its summary divider leaves as an anchor.
/// </summary>
internal sealed record MarkdownContext(
    UrlBuilder Urls,
    ActorMentionMatcher? Matcher = null,
    IReadOnlyList<Actor>? TaggedActors = null,
    int FirstLine = 1,
    Func<Actor, string>? ActorHrefs = null,
    Images.BodyImages? Images = null,
    string? MoreAnchor = null)
{
    public string ActorHref(Actor actor) => ActorHrefs?.Invoke(actor) ?? Urls.Href(actor.Path);
}
