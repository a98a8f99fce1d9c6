using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>A plain page from <c>content/pages/**.md</c> (about, contact), rendered under its own path.</summary>
public sealed record PlainPage
{
    public required string SourcePath { get; init; }

    public required string Title { get; init; }

    public required string Slug { get; init; }

    /// <summary>Where <c>slug</c> is written; no line when the slug comes from the file name.</summary>
    public SourceLocation SlugLocation { get; init; }

    /// <summary>The site-relative URL path, e.g. <c>/about/</c>.</summary>
    public required string Path { get; init; }

    public string? Summary { get; init; }

    public DateTimeOffset? Date { get; init; }

    public bool Draft { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Where each of <see cref="Aliases"/> is written, for a clash to be reported there.</summary>
    public IReadOnlyDictionary<string, SourceLocation> AliasLocations { get; init; } = new Dictionary<string, SourceLocation>();

    /// <summary>Old WordPress query links (<c>/?page_id=45</c>) the home page sends here.</summary>
    public IReadOnlyList<WordPressId> WordPressIds { get; init; } = [];

    /// <summary>Position among the pages in menus; lower first.</summary>
    public int Weight { get; init; }

    public string Body { get; init; } = string.Empty;

    public int BodyLine { get; init; } = 1;
}
