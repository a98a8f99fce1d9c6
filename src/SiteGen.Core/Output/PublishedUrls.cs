using SiteGen.Actors;
using SiteGen.Content;

namespace SiteGen.Output;

/// <summary>
/// The URLs a build promised its readers: each published dispatch's, plain page's and actor's page, the aliases and
/// former ids that keep their old URLs, and the term pages. Lists (the date archives, further pages of a list) are
/// not among them: they shrink and grow with the site. Neither are drafts and dispatches dated ahead, which only
/// <c>--drafts</c> and <c>--future</c> show, nor what only those carry.
/// </summary>
public sealed record PublishedUrls(IReadOnlyList<PublishedUrl> Entries)
{
    public static PublishedUrls Empty { get; } = new([]);

    /// <summary>
    /// The time zone (<c>time_zone</c>) the dispatches' dates were read in: a new one moves those near midnight to
    /// another day's URL, which the next build blames on it rather than on their dates. Empty when not known.
    /// </summary>
    public string TimeZone { get; init; } = string.Empty;

    internal static PublishedUrls Of(IReadOnlyList<Dispatch> dispatches, IReadOnlyList<PlainPage> pages, ActorRegistry registry,
        Taxonomies.TaxonomyIndex taxonomies, DateTimeOffset now, string timeZone)
    {
        var entries = new List<PublishedUrl>(dispatches.Count + registry.Actors.Count);
        bool Released(Dispatch d) => !d.Draft && d.Date <= now;
        foreach (var dispatch in dispatches.Where(Released).OrderBy(d => d.SourcePath, StringComparer.Ordinal))
        {
            entries.Add(new PublishedUrl(dispatch.Path, PublishedKind.Dispatch, dispatch.SourcePath));
            entries.AddRange(dispatch.Aliases.Select(a => new PublishedUrl(a, PublishedKind.Alias, dispatch.SourcePath)));
        }

        foreach (var page in pages.Where(p => !p.Draft).OrderBy(p => p.SourcePath, StringComparer.Ordinal))
        {
            entries.Add(new PublishedUrl(page.Path, PublishedKind.Page, page.SourcePath));
            entries.AddRange(page.Aliases.Select(a => new PublishedUrl(a, PublishedKind.Alias, page.SourcePath)));
        }

        foreach (var actor in registry.Actors)
        {
            entries.Add(new PublishedUrl(actor.Path, PublishedKind.Actor, actor.SourcePath));
            entries.AddRange(actor.FormerPaths.Select(f => new PublishedUrl(f, PublishedKind.FormerId, actor.SourcePath)));
        }

        foreach (var term in taxonomies.AllTerms.Where(t => t.Path.Length > 0 && t.Dispatches.Any(i => Released(dispatches[i]))))
        {
            entries.Add(new PublishedUrl(term.Path, PublishedUrl.KindOf(term.Kind), term.Name));
        }

        return new PublishedUrls(entries) { TimeZone = timeZone };
    }
}
