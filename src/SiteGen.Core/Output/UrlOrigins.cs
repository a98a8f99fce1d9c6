using SiteGen.Actors;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Output;

/// <summary>
/// Where this build's files write what decides each page's URL (a dispatch's <c>date</c>, its <c>slug</c> or
/// <c>title</c>, an actor's <c>slug</c> or <c>name</c>, site.yml's <c>permalink</c>), as the readers located them:
/// a lost URL is warned of at the line that moved it (SG0508).
/// </summary>
internal sealed class UrlOrigins
{
    private readonly Dictionary<string, (SourceLocation Date, SourceLocation Slug)> _bySource = new(StringComparer.Ordinal);

    public UrlOrigins(IEnumerable<Dispatch> dispatches, IEnumerable<PlainPage> pages, ActorRegistry registry, SiteConfig config)
    {
        foreach (var dispatch in dispatches)
        {
            _bySource[dispatch.SourcePath] = (dispatch.DateLocation, Written(dispatch.SlugLocation) ? dispatch.SlugLocation : dispatch.TitleLocation);
        }

        foreach (var page in pages)
        {
            _bySource[page.SourcePath] = (default, page.SlugLocation);
        }

        foreach (var actor in registry.Actors)
        {
            _bySource[actor.SourcePath] = (default, Written(actor.SlugLocation) ? actor.SlugLocation : actor.NameLocation);
        }

        Permalink = Written(config.PermalinkLocation) ? config.PermalinkLocation : new SourceLocation(ConfigLoader.FileName);
    }

    /// <summary>site.yml's <c>permalink</c> line; the whole file when the pattern is the default one.</summary>
    public SourceLocation Permalink { get; }

    /// <summary>The <c>date</c> line of the dispatch <paramref name="source"/>, else its first line.</summary>
    public SourceLocation DateOf(string source) =>
        _bySource.TryGetValue(source, out var origin) && Written(origin.Date) ? origin.Date : new SourceLocation(source, 1, 1);

    /// <summary>
    /// The line that names <paramref name="source"/>'s page: its <c>slug</c> if written, else a dispatch's <c>title</c>
    /// (its slug's source) or an actor's <c>name</c>; else the first line (a page's slug is then its file name's).
    /// </summary>
    public SourceLocation SlugOf(string source) =>
        _bySource.TryGetValue(source, out var origin) && Written(origin.Slug) ? origin.Slug : new SourceLocation(source, 1, 1);

    private static bool Written(SourceLocation location) => location.Line > 0;
}
