namespace SiteGen.Feeds;

/// <summary>A dispatch as every feed format needs it.</summary>
internal sealed record FeedEntry(
    string Id,
    bool IdIsPermalink,
    string Title,
    string Url,
    DateTimeOffset Published,
    DateTimeOffset Updated,
    string? Summary,
    string? ContentHtml,
    string? Image,
    IReadOnlyList<string> Categories)
{
    /// <summary>The dispatch's own authors; empty means the channel's (the site's).</summary>
    public IReadOnlyList<Configuration.Author> Authors { get; init; } = [];
}

/// <summary>One feed's channel: title, where it lives and what it describes.</summary>
internal sealed record FeedChannel(
    string Title,
    string Description,
    string HomeUrl,
    string AtomUrl,
    string RssUrl,
    string JsonUrl,
    DateTimeOffset Updated,
    IReadOnlyList<FeedEntry> Entries,
    (string Atom, string Rss, string Json) SitePaths,
    string? Icon = null,
    string? Favicon = null);
