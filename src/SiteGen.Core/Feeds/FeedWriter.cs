using SiteGen.Content;
using SiteGen.IO;
using SiteGen.Loading;
using SiteGen.Urls;

namespace SiteGen.Feeds;

/// <summary>Writes Atom 1.0, RSS 2.0 and JSON Feed 1.1 for the whole site, each actor and each taxonomy term.</summary>
/// <param name="site">The site whose dispatches the feeds carry.</param>
/// <param name="output">Receives the feed files.</param>
/// <param name="excerpts">Each dispatch's excerpt (see <see cref="DispatchExcerpt"/>); null to make them from the HTML.</param>
internal sealed class FeedWriter(LoadedSite site, IOutputSink output, IReadOnlyList<string?>? excerpts = null)
{
    private readonly UrlBuilder _urls = site.Urls;

    public void WriteAll(IReadOnlyList<string?> html)
    {
        WriteSite(html);
        Parallel.ForEach(site.Registry.Actors, actor => WriteActor(actor, html));
    }

    /// <summary>The dispatches the site's own feeds carry: the newest, never a draft (drafts are built for looking at, not for readers).</summary>
    public IEnumerable<int> SiteEntries() =>
        Enumerable.Range(0, site.Dispatches.Count).Where(i => !site.Dispatches[i].Draft).Take(site.Config.Feeds.Entries);

    /// <summary>The dispatches <paramref name="actor"/>'s feeds carry.</summary>
    public IEnumerable<int> ActorEntries(Actor actor) =>
        site.ActorIndex.DispatchesOf(actor).Where(i => !site.Dispatches[i].Draft).Take(site.Config.Feeds.Entries);

    /// <summary>Whether the site's own feeds carry dispatch <paramref name="index"/> (the newest come first).</summary>
    public bool SiteCarries(int index) => SiteEntries().Contains(index);

    /// <summary>Whether <paramref name="actor"/>'s feeds carry dispatch <paramref name="index"/>.</summary>
    public bool ActorCarries(Actor actor, int index) => ActorEntries(actor).Contains(index);

    public void WriteSite(IReadOnlyList<string?> html) =>
        Write(Channel(site.Config.Title, site.Config.Description, SitePaths.Home, SitePaths.Atom, SitePaths.Rss, SitePaths.JsonFeed,
            SiteEntries(), html, site.Config.Feeds.FullContent));

    public void WriteActor(Actor actor, IReadOnlyList<string?> html)
    {
        var channel = Channel($"{actor.Name} · {site.Config.Title}", $"Dispatches of {site.Config.Title} about {actor.Name}", actor.Path,
            SitePaths.ActorAtom(actor.Path), SitePaths.ActorRss(actor.Path), SitePaths.ActorJson(actor.Path), ActorEntries(actor), html,
            site.Config.Feeds.ActorFullContent);
        Write(channel);

        // Feed readers follow no HTML redirect: the feeds at an id's former URL stay whole, their self links naming
        // the new URL (which Atom and JSON Feed readers take as the feed's new home).
        foreach (var former in actor.FormerPaths)
        {
            Write(channel with { SitePaths = (SitePaths.ActorAtom(former), SitePaths.ActorRss(former), SitePaths.ActorJson(former)) });
        }
    }

    /// <summary>The feeds of a list page at <paramref name="home"/> (a tag's, a series'...), beside it; they carry excerpts.</summary>
    public void WriteList(string title, string description, string home, IEnumerable<int> indices)
    {
        var entries = indices.Where(i => !site.Dispatches[i].Draft).Take(site.Config.Feeds.Entries);
        Write(Channel(title, description, home, SitePaths.ActorAtom(home), SitePaths.ActorRss(home), SitePaths.ActorJson(home),
            entries, [], false));
    }

    private void Write(FeedChannel channel)
    {
        var authors = site.Config.Authors.Count > 0 ? site.Config.Authors : [new Configuration.Author(site.Config.Title)];
        output.Write(UrlBuilder.OutputFile(channel.SitePaths.Atom), AtomFeed.Write(channel, site.Config.Language, authors));
        output.Write(UrlBuilder.OutputFile(channel.SitePaths.Rss), RssFeed.Write(channel, site.Config.Language));
        output.Write(UrlBuilder.OutputFile(channel.SitePaths.Json), JsonFeed.Write(channel, site.Config.Language, authors));
    }

    private FeedChannel Channel(string title, string description, string home, string atom, string rss, string json, IEnumerable<int> indices, IReadOnlyList<string?> html, bool fullContent)
    {
        var entries = indices.Select(i => Entry(site.Dispatches[i], excerpts?[i], i < html.Count ? html[i] : null, fullContent)).ToList();

        // Never the build time: a feed's date moves only when its content does.
        var updated = entries.Count > 0 ? entries.Max(e => e.Updated) : site.Dispatches.Count > 0 ? site.Dispatches[0].Updated : DateTimeOffset.UnixEpoch;
        return new FeedChannel(title, description, _urls.Absolute(home), _urls.Absolute(atom), _urls.Absolute(rss), _urls.Absolute(json), updated, entries, (atom, rss, json),
            _urls.Absolute(site.Config.Icons.AppleTouch), _urls.Absolute(Configuration.SiteIcons.FaviconPath));
    }

    private FeedEntry Entry(Dispatch dispatch, string? excerpt, string? html, bool fullContent)
    {
        var url = _urls.Absolute(dispatch.Path);
        var summary = excerpt ?? dispatch.Summary ?? (html is null ? null : HtmlExcerpt.From(html));
        var image = dispatch.Image?.Src is not { } src ? null
            : src.StartsWith("http", StringComparison.Ordinal) ? src : _urls.Absolute(src);
        return new FeedEntry(
            dispatch.Guid ?? url,
            dispatch.Guid is null,
            dispatch.Title,
            url,
            dispatch.Date,
            dispatch.Updated,
            summary,
            fullContent ? html : null,
            image,
            dispatch.Actors.Select(a => a.Name).Concat(dispatch.Categories).Concat(dispatch.Tags).Distinct(StringComparer.OrdinalIgnoreCase).ToList())
        {
            Authors = dispatch.Authors,
        };
    }
}
