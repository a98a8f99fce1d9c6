namespace SiteGen.Rendering.Models;

/// <summary><c>page</c> in templates: what every page has, plus the one part its kind fills in.</summary>
internal sealed class PageModel
{
    /// <summary>home, dispatch, archive, actor, actors, graph, taxonomy, terms, page, search, notfound or redirect.</summary>
    public required string Kind { get; init; }

    public required string Title { get; init; }

    /// <summary>The page's href (with the base path).</summary>
    public required string Url { get; init; }

    /// <summary>The page's absolute URL, for the canonical link and Open Graph.</summary>
    public required string Canonical { get; init; }

    public string Description { get; init; } = string.Empty;

    /// <summary>Absolute URL of the page's image for social cards, if any.</summary>
    public string? Image { get; init; }

    public string? ImageAlt { get; init; }

    /// <summary>The og:image's size in pixels; 0 when unknown (an image on another site).</summary>
    public int ImageWidth { get; init; }

    public int ImageHeight { get; init; }

    /// <summary>"article" for dispatches, "website" otherwise (Open Graph).</summary>
    public string OgType { get; init; } = "website";

    /// <summary>A script element with the page's JSON-LD, already escaped.</summary>
    public HtmlString JsonLd { get; init; } = HtmlString.Empty;

    /// <summary>Feeds to announce in the head (site feeds, plus the actor's on actor pages).</summary>
    public IReadOnlyList<AlternateModel> Alternates { get; init; } = [];

    public bool Draft { get; init; }

    /// <summary>Whether search engines should leave the page out (404, redirects, later list pages).</summary>
    public bool NoIndex { get; init; }

    /// <summary>Rendered Markdown of a plain page; the actor profile lives on <see cref="Actor"/>.</summary>
    public HtmlString Content { get; init; } = HtmlString.Empty;

    public DispatchModel? Dispatch { get; init; }

    public ArchiveModel? Archive { get; init; }

    public ActorPageModel? Actor { get; init; }

    public ActorIndexModel? Actors { get; init; }

    public GraphModel? Graph { get; init; }

    public TaxonomyModel? Taxonomy { get; init; }

    /// <summary>Where a redirect page sends the reader (href).</summary>
    public string? Target { get; init; }

    /// <summary>Dispatches listed on home and list pages.</summary>
    public IReadOnlyList<DispatchLinkModel> Dispatches { get; init; } = [];
}

internal sealed record AlternateModel(string Title, string Type, string Url);
