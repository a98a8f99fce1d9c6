using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>One dispatch as read from <c>content/dispatches/**.md</c>.</summary>
public sealed record Dispatch
{
    /// <summary>Path relative to the site root, e.g. <c>content/dispatches/2022/russo-ukrainian-war-5-15-22.md</c>.</summary>
    public required string SourcePath { get; init; }

    public required string Title { get; init; }

    /// <summary>Publication time, with the offset of the site's time zone at that instant.</summary>
    public required DateTimeOffset Date { get; init; }

    /// <summary>False when the front matter gave a day alone: its time (midnight) was not written, so is not shown.</summary>
    public bool DateHasTime { get; init; } = true;

    public required string Slug { get; init; }

    /// <summary>The site-relative URL path, e.g. <c>/2022/05/15/russo-ukrainian-war-5-15-22/</c>.</summary>
    public required string Path { get; init; }

    public string? Summary { get; init; }

    /// <summary>Actors as written in front matter, with where; the actor stage resolves them.</summary>
    public IReadOnlyList<NamedReference> ActorNames { get; init; } = [];

    /// <summary>The registry entries <see cref="ActorNames"/> resolved to, in front-matter order (set by the actor stage).</summary>
    public IReadOnlyList<Actor> Actors { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The blog's categories (kept apart from tags by an import); feeds list them with the tags.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Who wrote it; empty means the site's authors (site.yml).</summary>
    public IReadOnlyList<Configuration.Author> Authors { get; init; } = [];

    /// <summary>Pinned on the old blog's front page; themes may show it first.</summary>
    public bool Sticky { get; init; }

    /// <summary>The last change when no updates entry records it (an imported post's modified date).</summary>
    public DateTimeOffset? Modified { get; init; }

    public string? Series { get; init; }

    public DispatchImage? Image { get; init; }

    public IReadOnlyList<DispatchSource> Sources { get; init; } = [];

    public IReadOnlyList<DispatchUpdate> Updates { get; init; } = [];

    public bool Draft { get; init; }

    /// <summary>The old blog's slugs of this dispatch's terms where they differ from SiteGen's, so their old URLs still lead to the term pages.</summary>
    public IReadOnlyList<WordPressTermSlug> WordPressSlugs { get; init; } = [];

    /// <summary>Old paths (from a hosted blog) that redirect here.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Where each of <see cref="Aliases"/> is written, for a clash to be reported there.</summary>
    public IReadOnlyDictionary<string, SourceLocation> AliasLocations { get; init; } = new Dictionary<string, SourceLocation>();

    /// <summary>Old WordPress query links (<c>/?p=123</c>) the home page sends here, given as aliases.</summary>
    public IReadOnlyList<WordPressId> WordPressIds { get; init; } = [];

    /// <summary>The feed id kept from an import; null means one is derived from the permalink.</summary>
    public string? Guid { get; init; }

    /// <summary>
    /// Whether the front matter holds what an import from a hosted blog writes (aliases, even one the page's URL has
    /// come to equal, WordPress slugs, a guid): a site with such a dispatch keeps the old blog's term URLs by default.
    /// </summary>
    public bool Imported { get; init; }

    /// <summary>The Markdown after the front matter, kept as UTF-8 until rendered: the preview holds every body (a
    /// one-shot build lets go of each once its page is written), and UTF-8 takes half the memory of .NET strings for
    /// the mostly Latin text of dispatches.</summary>
    public string Body
    {
        get => System.Text.Encoding.UTF8.GetString(BodyUtf8.Span);
        init => BodyUtf8 = System.Text.Encoding.UTF8.GetBytes(value);
    }

    /// <summary>The body as UTF-8, often a slice of the file as read.</summary>
    public ReadOnlyMemory<byte> BodyUtf8 { get; init; }

    /// <summary>The file line the body starts on (1-based), to place diagnostics found in the body.</summary>
    public int BodyLine { get; init; } = 1;

    public SourceLocation TitleLocation { get; init; }

    public SourceLocation DateLocation { get; init; }

    /// <summary>Where <c>slug</c> is written; no line when the slug comes from the title or file name.</summary>
    public SourceLocation SlugLocation { get; init; }

    /// <summary>The names of <paramref name="kind"/> it carries; a dispatch without authors of its own has the site's.</summary>
    public IEnumerable<string> TermNames(Configuration.TaxonomyKind kind, Configuration.SiteConfig config) => kind switch
    {
        Configuration.TaxonomyKind.Tags => Tags,
        Configuration.TaxonomyKind.Categories => Categories,
        Configuration.TaxonomyKind.Series => Series is { } series ? [series] : [],
        _ => (Authors.Count > 0 ? Authors : config.Authors).Select(a => a.Name),
    };

    /// <summary>The latest of the updates log, the modified date and the publication date.</summary>
    public DateTimeOffset Updated
    {
        get
        {
            var latest = Modified is { } modified && modified > Date ? modified : Date;
            return Updates.Count == 0 ? latest : Updates.Max(u => u.Date) is var max && max > latest ? max : latest;
        }
    }
}

public readonly record struct NamedReference(string Name, SourceLocation Location);

/// <summary>The lead image. <c>Src</c> may be null when only the caption and credit survived (a scraped capture).</summary>
public sealed record DispatchImage(string? Src, string? Alt, string? Caption, string? Credit, SourceLocation Location);

public sealed record DispatchSource(string Title, string? Url, string? Accessed);

public enum UpdateKind
{
    Update,
    Correction,
}

public sealed record DispatchUpdate(DateTimeOffset Date, UpdateKind Kind, string Text);
