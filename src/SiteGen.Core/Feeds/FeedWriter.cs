using SiteGen.Actors;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.IO;
using SiteGen.Taxonomies;
using SiteGen.Urls;

namespace SiteGen.Feeds;

/// <summary>Writes Atom 1.0, RSS 2.0 and JSON Feed 1.1 for the whole site, each actor a published dispatch names and each taxonomy term.</summary>
/// <param name="config">The site's title, language, authors, icons and feed settings.</param>
/// <param name="urls">Makes the feeds' absolute URLs.</param>
/// <param name="dispatches">The dispatches the feeds carry, newest first.</param>
/// <param name="actorIndex">Which dispatches name each actor, for the actors' feeds.</param>
/// <param name="output">Receives the feed files.</param>
/// <param name="excerpts">Each dispatch's excerpt (see <see cref="DispatchExcerpt"/>); null to make them from the HTML.</param>
/// <param name="pageFiles">The output files of the site's pages, where no feed of WordPress's is kept (a page there wins).</param>
/// <param name="actorWordPressFeeds">The old feed folders of the tags and categories the importer made actors, each with its actor, where the actor's RSS is kept too.</param>
internal sealed class FeedWriter(SiteConfig config, UrlBuilder urls, IReadOnlyList<Dispatch> dispatches, ActorIndex actorIndex, IOutputSink output,
    IReadOnlyList<Excerpt?>? excerpts = null, Func<IReadOnlySet<string>>? pageFiles = null, Func<IEnumerable<(string Folder, Actor Actor)>>? actorWordPressFeeds = null)
{
    private ILookup<string, string>? _actorWordPressFeeds;

    private (IReadOnlyList<string> Rss, IReadOnlyList<string> Atom)? _siteWordPressFeeds;

    private IReadOnlyList<(int Dispatch, string Folder)>? _commentFeeds;

    /// <summary>Writes the site's feeds and those of each of <paramref name="actors"/>.</summary>
    public void WriteAll(IReadOnlyList<Actor> actors, IReadOnlyList<string?> html)
    {
        WriteSite(html);
        Parallel.ForEach(actors, actor => WriteActor(actor, html));
    }

    /// <summary>The dispatches the site's own feeds carry: the newest, never a draft (drafts are built for looking at, not for readers).</summary>
    public IEnumerable<int> SiteEntries() =>
        Enumerable.Range(0, dispatches.Count).Where(i => !dispatches[i].Draft).Take(config.Feeds.Entries);

    /// <summary>The dispatches <paramref name="actor"/>'s feeds carry.</summary>
    public IEnumerable<int> ActorEntries(Actor actor) =>
        actorIndex.DispatchesOf(actor).Where(i => !dispatches[i].Draft).Take(config.Feeds.Entries);

    /// <summary>Whether the site's own feeds carry dispatch <paramref name="index"/> (the newest come first).</summary>
    public bool SiteCarries(int index) => SiteEntries().Contains(index);

    /// <summary>Whether <paramref name="actor"/>'s feeds carry dispatch <paramref name="index"/>.</summary>
    public bool ActorCarries(Actor actor, int index) => ActorEntries(actor).Contains(index);

    /// <summary>
    /// Whether <paramref name="actor"/> has feeds: only once a published dispatch names it. An empty feed serves no
    /// reader (Hugo writes no feed for an unused term), and most of a registry is never named on a small site.
    /// </summary>
    public bool HasActorFeeds(Actor actor) => ActorEntries(actor).Any();

    /// <summary>The output files of <paramref name="actor"/>'s feeds, at its URL and at those its former ids gave.</summary>
    public static IEnumerable<string> ActorFeedFiles(Actor actor) =>
        actor.FormerPaths.Prepend(actor.Path)
            .SelectMany(path => new[] { SitePaths.ActorAtom(path), SitePaths.ActorRss(path), SitePaths.ActorJson(path) })
            .Select(UrlBuilder.OutputFile);

    public void WriteSite(IReadOnlyList<string?> html)
    {
        var channel = Channel(config.Title, config.Description, SitePaths.Home, SitePaths.Atom, SitePaths.Rss, SitePaths.JsonFeed,
            SiteEntries(), html, config.Feeds.FullContent);
        var (rss, atom) = SiteWordPressFeeds();
        Write(channel, rss, atom);
    }

    /// <summary>The copies of the site's feeds at WordPress's feed URLs, when the site keeps those (<see cref="WordPressFeeds"/>).</summary>
    public IEnumerable<string> SiteWordPressFeedFiles()
    {
        var (rss, atom) = SiteWordPressFeeds();
        return rss.Concat(atom).Select(WordPressFeeds.File);
    }

    private (IReadOnlyList<string> Rss, IReadOnlyList<string> Atom) SiteWordPressFeeds()
    {
        return _siteWordPressFeeds ??= Find();

        (IReadOnlyList<string>, IReadOnlyList<string>) Find()
        {
            if (!TaxonomyIndex.KeepsWordPressUrls(dispatches, config))
            {
                return ([], []);
            }

            var taken = pageFiles?.Invoke() ?? new HashSet<string>();
            bool Free(string folder) => !taken.Contains(UrlBuilder.OutputFile(folder));
            return (WordPressFeeds.SiteRss.Where(Free).ToList(), WordPressFeeds.SiteAtom.Where(Free).ToList());
        }
    }

    /// <summary>
    /// WordPress's comment feed of each imported dispatch, at each of its URLs that was a post's (<c>/2022/05/15/slug/feed/</c>,
    /// <c>/slug/feed/</c>), when the site keeps WordPress's URLs; <paramref name="only"/> limits it to those dispatches.
    /// </summary>
    /// <remarks>
    /// Comments are closed here (those of the old blog are archived on the page), so the feed is an RSS channel that
    /// names the dispatch and carries no entry: a reader subscribed to it keeps a feed that answers and, truly, brings
    /// nothing new. The site's own feed there would flood it with every dispatch; a redirect page, no feed reader follows.
    /// </remarks>
    public void WriteCommentFeeds(IEnumerable<int>? only = null)
    {
        var wanted = only?.ToHashSet();
        foreach (var (index, folder) in CommentFeeds().Where(f => wanted is null || wanted.Contains(f.Dispatch)))
        {
            var dispatch = dispatches[index];
            var self = Absolute(folder);
            var channel = new FeedChannel($"Comments on: {dispatch.Title}", $"Comments on {dispatch.Title} are closed.", Absolute(dispatch.Path),
                self, self, self, dispatch.Updated, [], (folder, folder, folder));
            output.Write(WordPressFeeds.File(folder), RssFeed.Write(channel, config.Language));
        }
    }

    /// <summary>The output files of the comment feeds <see cref="WriteCommentFeeds"/> writes.</summary>
    public IEnumerable<string> CommentFeedFiles() => CommentFeeds().Select(f => WordPressFeeds.File(f.Folder));

    private IReadOnlyList<(int Dispatch, string Folder)> CommentFeeds() =>
        LazyInitializer.EnsureInitialized(ref _commentFeeds, () =>
        {
            if (!TaxonomyIndex.KeepsWordPressUrls(dispatches, config))
            {
                return [];
            }

            var taken = pageFiles?.Invoke() ?? new HashSet<string>();
            var found = new List<(int, string)>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < dispatches.Count; i++)
            {
                var dispatch = dispatches[i];
                if (!dispatch.Imported || dispatch.Draft)
                {
                    continue;
                }

                var own = dispatch.Aliases.Prepend(dispatch.Path).ToHashSet(StringComparer.Ordinal);
                foreach (var path in own.Where(p => !IsFurtherPage(p, own)))
                {
                    if (WordPressFeeds.CommentRss(path) is { } folder && !taken.Contains(UrlBuilder.OutputFile(folder)) && seen.Add(folder))
                    {
                        found.Add((i, folder));
                    }
                }
            }

            return found;
        });

    /// <summary>Whether <paramref name="path"/> is a further page of a post split by <c>&lt;!--nextpage--&gt;</c> (<c>/slug/2/</c>), which has no feed.</summary>
    private static bool IsFurtherPage(string path, IReadOnlySet<string> paths)
    {
        var trimmed = path.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return slash > 0 && trimmed[(slash + 1)..].All(char.IsAsciiDigit) && paths.Contains(trimmed[..(slash + 1)]);
    }

    /// <summary>Writes <paramref name="actor"/>'s feeds if it has any (<see cref="HasActorFeeds"/>).</summary>
    public void WriteActor(Actor actor, IReadOnlyList<string?> html)
    {
        if (!HasActorFeeds(actor))
        {
            return;
        }

        var channel = Channel($"{actor.Name} · {config.Title}", $"Dispatches of {config.Title} about {actor.Name}", actor.Path,
            SitePaths.ActorAtom(actor.Path), SitePaths.ActorRss(actor.Path), SitePaths.ActorJson(actor.Path), ActorEntries(actor), html,
            config.Feeds.ActorFullContent);
        var byActor = LazyInitializer.EnsureInitialized(ref _actorWordPressFeeds,
            () => (actorWordPressFeeds?.Invoke() ?? []).ToLookup(f => f.Actor.Id, f => f.Folder, StringComparer.Ordinal));
        Write(channel, byActor[actor.Id]);

        // Feed readers follow no HTML redirect: the feeds at an id's former URL stay whole, their self links naming
        // the new URL (which Atom and JSON Feed readers take as the feed's new home).
        foreach (var former in actor.FormerPaths)
        {
            Write(channel with { SitePaths = (SitePaths.ActorAtom(former), SitePaths.ActorRss(former), SitePaths.ActorJson(former)) });
        }
    }

    /// <summary>
    /// The feeds of a list page at <paramref name="home"/> (a tag's, a series'...), beside it; they carry excerpts. The
    /// RSS feed is also written at each of <paramref name="rssCopies"/>, feed folders such as WordPress's.
    /// </summary>
    public void WriteList(string title, string description, string home, IEnumerable<int> indices, IEnumerable<string>? rssCopies = null)
    {
        var entries = indices.Where(i => !dispatches[i].Draft).Take(config.Feeds.Entries);
        Write(Channel(title, description, home, SitePaths.ActorAtom(home), SitePaths.ActorRss(home), SitePaths.ActorJson(home),
            entries, [], false), rssCopies);
    }

    private void Write(FeedChannel channel, IEnumerable<string>? rssCopies = null, IEnumerable<string>? atomCopies = null)
    {
        var authors = config.Authors.Count > 0 ? config.Authors : [new Configuration.Author(config.Title)];
        var atom = AtomFeed.Write(channel, config.Language, authors);
        var rss = RssFeed.Write(channel, config.Language);
        output.Write(UrlBuilder.OutputFile(channel.SitePaths.Atom), atom);
        output.Write(UrlBuilder.OutputFile(channel.SitePaths.Rss), rss);
        output.Write(UrlBuilder.OutputFile(channel.SitePaths.Json), JsonFeed.Write(channel, config.Language, authors));
        foreach (var folder in rssCopies ?? [])
        {
            output.Write(WordPressFeeds.File(folder), rss);
        }

        foreach (var folder in atomCopies ?? [])
        {
            output.Write(WordPressFeeds.File(folder), atom);
        }
    }

    private FeedChannel Channel(string title, string description, string home, string atom, string rss, string json, IEnumerable<int> indices, IReadOnlyList<string?> html, bool fullContent)
    {
        var entries = indices.Select(i => Entry(dispatches[i], excerpts?[i]?.Text, i < html.Count ? html[i] : null, fullContent)).ToList();

        // Never the build time: a feed's date moves only when its content does.
        var updated = entries.Count > 0 ? entries.Max(e => e.Updated) : dispatches.Count > 0 ? dispatches[0].Updated : DateTimeOffset.UnixEpoch;
        return new FeedChannel(title, description, Absolute(home), Absolute(atom), Absolute(rss), Absolute(json), updated, entries, (atom, rss, json),
            Absolute(config.Icons.AppleTouch), Absolute(Configuration.SiteIcons.FaviconPath));
    }

    /// <summary>
    /// The absolute URL of a site path as the feeds write it, percent-encoded where it is not ASCII as the sitemap
    /// writes it: RSS 2.0 and Atom ask for URIs, and an entry's id made of its URL is then one string everywhere.
    /// </summary>
    private string Absolute(string sitePath) => UrlBuilder.Escaped(urls.Absolute(sitePath));

    private FeedEntry Entry(Dispatch dispatch, string? excerpt, string? html, bool fullContent)
    {
        var url = Absolute(dispatch.Path);
        var summary = excerpt ?? dispatch.Summary ?? (html is null ? null : HtmlExcerpt.From(html));
        var image = dispatch.Image?.Src is not { } src ? null
            : src.StartsWith("http", StringComparison.Ordinal) ? src : Absolute(src);
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
