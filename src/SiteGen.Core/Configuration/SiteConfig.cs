using SiteGen.Diagnostics;

namespace SiteGen.Configuration;

/// <summary>The site's settings from <c>site.yml</c>, defaults filled in and derived values compiled.</summary>
public sealed record SiteConfig
{
    public string Title { get; init; } = "Dispatches";

    public string Description { get; init; } = string.Empty;

    /// <summary>BCP 47 language tag for <c>&lt;html lang&gt;</c> and feeds.</summary>
    public string Language { get; init; } = "en";

    /// <summary>Absolute URL of the site's root, always ending in '/'; may carry a sub-path.</summary>
    public Uri BaseUrl { get; init; } = new("http://localhost/");

    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    public string Permalink { get; init; } = PermalinkPattern.Default;

    /// <summary>Where <c>permalink</c> is written in site.yml; no line when it is the default.</summary>
    public SourceLocation PermalinkLocation { get; init; }

    public int PerPage { get; init; } = 10;

    public string Theme { get; init; } = "default";

    public IReadOnlyList<Author> Authors { get; init; } = [];

    public string Output { get; init; } = "_site";

    /// <summary>The folder holding dispatches/, actors/ and pages/, relative to the site root ("." for the root itself).</summary>
    public string ContentDir { get; init; } = "content";

    /// <summary>The folder of dispatches inside the content folder.</summary>
    public const string DispatchFolder = "dispatches";

    /// <summary>The site-relative path of a folder inside the content folder.</summary>
    public string ContentPath(string folder) => ContentDir == "." ? folder : $"{ContentDir}/{folder}";

    public string? Copyright { get; init; }

    /// <summary>A custom domain for GitHub Pages: written to <c>CNAME</c> when set.</summary>
    public string? Cname { get; init; }

    public FeedSettings Feeds { get; init; } = new();

    public SiteIcons Icons { get; init; } = new();

    public LinkCheckSettings LinkCheck { get; init; } = new();

    /// <summary>Where tag, category, series and author pages live.</summary>
    public TaxonomySettings Taxonomies { get; init; } = new();

    /// <summary>Dispatches per page of a month archive before it is split into pages.</summary>
    public int ArchivePerPage { get; init; } = 100;

    /// <summary>How local images are measured, resized and turned into social cards.</summary>
    public ImageSettings Images { get; init; } = new();

    /// <summary>How many related dispatches each dispatch page lists.</summary>
    public int RelatedCount { get; init; } = 5;

    /// <summary>Menu entries shown in the header, in order.</summary>
    public IReadOnlyList<MenuItem> Menu { get; init; } = [];

    /// <summary>Entries per page on an actor's timeline.</summary>
    public int ActorPerPage { get; init; } = 50;

    /// <summary>The sub-path of <see cref="BaseUrl"/> ("/" or "/briefings/").</summary>
    public string BasePath => BaseUrl.AbsolutePath;
}

public sealed record Author(string Name, string? Url = null, string? Email = null);

public sealed record MenuItem(string Title, string Url);

public sealed record FeedSettings
{
    /// <summary>How many entries a feed carries.</summary>
    public int Entries { get; init; } = 20;

    /// <summary>Whether entries carry the whole dispatch (true) or only its summary.</summary>
    public bool FullContent { get; init; } = true;

    /// <summary>Whether each actor's feeds carry whole dispatches too; by default they carry summaries, which keeps
    /// hundreds of actor feeds from repeating the archive many times over.</summary>
    public bool ActorFullContent { get; init; }
}

public sealed record LinkCheckSettings
{
    /// <summary>Whether a broken internal link fails the build (true) or only warns.</summary>
    public bool Error { get; init; } = true;
}
