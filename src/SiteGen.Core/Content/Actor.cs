using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>One entity of the registry (<c>content/actors/&lt;id&gt;.md</c>): a state, leader, force, unit, organisation or place.</summary>
public sealed record Actor
{
    /// <summary>The file name without extension; what dispatches and <c>parent</c> usually name.</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required ActorKind Kind { get; init; }

    /// <summary>Other names in any script or transliteration (Lukašenka, Лукашэнка, Лукашенко).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>
    /// Ids the actor had before its file was renamed (<c>former_ids</c>): dispatches naming them still resolve to it,
    /// and the pages and feeds at the URLs they gave redirect here.
    /// </summary>
    public IReadOnlyList<string> FormerIds { get; init; } = [];

    /// <summary>The actor page paths the former ids gave (<c>/actors/&lt;old-slug&gt;/</c>), other than <see cref="Path"/>.</summary>
    public IReadOnlyList<string> FormerPaths { get; init; } = [];

    public string? ParentId { get; init; }

    public string? Wikidata { get; init; }

    public required string Slug { get; init; }

    /// <summary>The site-relative URL path, <c>/actors/&lt;slug&gt;/</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The profile in Markdown (the file's body); may be empty.</summary>
    public string Profile { get; init; } = string.Empty;

    public int ProfileLine { get; init; } = 1;

    public required string SourcePath { get; init; }

    /// <summary>Where <c>name</c> is written.</summary>
    public SourceLocation NameLocation { get; init; }

    /// <summary>Where <c>slug</c> is written; no line when the slug comes from the id.</summary>
    public SourceLocation SlugLocation { get; init; }

    /// <summary>The name and every alias: the forms a dispatch's text may use.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(Name);

    // An actor is its id, which the registry keeps unique: comparing and hashing every field, the profile text
    // included, made each lookup keyed by actor (indexes, postings, feeds) cost far more than it needs to.
    public bool Equals(Actor? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);
}
