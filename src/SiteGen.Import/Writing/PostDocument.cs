using SiteGen.Import.Model;

namespace SiteGen.Import.Writing;

/// <summary>The front matter and body of one imported file, every value final: what <see cref="FrontMatterWriter"/> writes.</summary>
internal sealed record PostDocument
{
    public required ImportedKind Kind { get; init; }

    public required string Title { get; init; }

    /// <summary><c>YYYY-MM-DD</c> or <c>YYYY-MM-DDTHH:MM:SS+hh:mm</c>; null for a page without a date.</summary>
    public string? Date { get; init; }

    /// <summary>Written only when it came from the original URL; otherwise the site derives it from the title.</summary>
    public string? Slug { get; init; }

    public bool Draft { get; init; }

    public string? Series { get; init; }

    public string? Summary { get; init; }

    public IReadOnlyList<string> Actors { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyList<string> Categories { get; init; } = [];

    public string? Author { get; init; }

    /// <summary>The other authors, after <see cref="Author"/>: with them, <c>author:</c> is written as a list.</summary>
    public IReadOnlyList<string> CoAuthors { get; init; } = [];

    /// <summary>The old blog's slugs of the tags, categories and author kept, where they are not SiteGen's (<c>wordpress_slugs</c>).</summary>
    public IReadOnlyList<(Configuration.TaxonomyKind Kind, string Name, string Slug)> WordPressSlugs { get; init; } = [];

    public bool Sticky { get; init; }

    /// <summary>The last change on the old blog, written like <see cref="Date"/>.</summary>
    public string? Modified { get; init; }

    public ImportedImage? Image { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string? Guid { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];

    public required string Body { get; init; }
}
