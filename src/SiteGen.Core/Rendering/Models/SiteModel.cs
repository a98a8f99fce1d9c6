namespace SiteGen.Rendering.Models;

/// <summary><c>site</c> in templates: the site-wide values every page shares.</summary>
internal sealed class SiteModel
{
    public required string Title { get; init; }

    public required string Description { get; init; }

    public required string Language { get; init; }

    /// <summary>"rtl" for a language written right to left (Arabic, Hebrew, Persian, Urdu, ...), else "ltr".</summary>
    public required string Direction { get; init; }

    /// <summary>Absolute base URL, ending in '/'.</summary>
    public required string BaseUrl { get; init; }

    /// <summary>"/" or "/briefings/": prefix of every href.</summary>
    public required string BasePath { get; init; }

    public required string TimeZone { get; init; }

    public required IReadOnlyList<AuthorModel> Authors { get; init; }

    public string? Copyright { get; init; }

    /// <summary>Header menu: the configured entries, else the plain pages.</summary>
    public required IReadOnlyList<LinkModel> Menu { get; init; }

    /// <summary>The indexes of the kinds of terms the header links to (<c>taxonomies.menu</c>, those the site has), e.g. Tags → /tags/.</summary>
    public IReadOnlyList<LinkModel> TaxonomyMenu { get; init; } = [];

    public required string HomeUrl { get; init; }

    public required string ArchivesUrl { get; init; }

    public required string ActorsUrl { get; init; }

    public required string GraphUrl { get; init; }

    public required string SearchUrl { get; init; }

    /// <summary>The folder the search index lives in (href, ending in '/').</summary>
    public required string SearchIndexUrl { get; init; }

    public required FeedLinksModel Feeds { get; init; }

    /// <summary>Href of the theme's stylesheet (with a content hash, so caches refresh when it changes).</summary>
    public required string StylesheetUrl { get; init; }

    /// <summary>Href of the theme's script (colour toggle and search).</summary>
    public required string ScriptUrl { get; init; }

    /// <summary>The icons' hrefs and the theme colour, for the page head.</summary>
    public required IconsModel Icons { get; init; }

    public required int DispatchCount { get; init; }

    public required int ActorCount { get; init; }

    /// <summary>Years that have dispatches, newest first, each with its archive link.</summary>
    public required IReadOnlyList<ArchiveLinkModel> Years { get; init; }

    public string Generator { get; init; } = "SiteGen";
}

/// <summary><c>site.icons</c>: hrefs of the ICO (at /favicon.ico), SVG and apple-touch icons, and the theme colour.</summary>
internal sealed record IconsModel(string Ico, string Svg, string AppleTouch, string ThemeColor);

internal sealed record AuthorModel(string Name, string? Url);

/// <summary>A titled link: <c>title</c> and <c>url</c> (an href).</summary>
internal sealed record LinkModel(string Title, string Url);

/// <summary>The three feeds of a scope (the site or one actor): hrefs of Atom, RSS and JSON Feed.</summary>
internal sealed record FeedLinksModel(string Atom, string Rss, string Json);

/// <summary>A year or month archive: <c>label</c>, <c>url</c> and how many dispatches it holds.</summary>
internal sealed record ArchiveLinkModel(string Label, string Url, int Count);
