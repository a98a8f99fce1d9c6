namespace SiteGen.Rendering.Models;

/// <summary><c>page.taxonomy</c>: a tag, category, series or author page, or the index of one kind.</summary>
internal sealed record TaxonomyModel
{
    /// <summary>"tags", "categories", "series" or "authors".</summary>
    public required string Kind { get; init; }

    /// <summary>"Tag", "Category", "Series" or "Author".</summary>
    public required string Singular { get; init; }

    /// <summary>"Tags", "Categories", "Series" or "Authors".</summary>
    public required string Plural { get; init; }

    /// <summary>The kind's index page (href).</summary>
    public required string IndexUrl { get; init; }

    /// <summary>The term's name on a term page; null on the index.</summary>
    public string? Name { get; init; }

    /// <summary>How many dispatches carry the term (all pages together).</summary>
    public int Count { get; init; }

    /// <summary>The term's feeds on a term page.</summary>
    public FeedLinksModel? Feeds { get; init; }

    /// <summary>Every term of the kind, by name, on the index page.</summary>
    public IReadOnlyList<TermLinkModel> Terms { get; init; } = [];

    /// <summary>Whether the list reads from the first part on (a series) rather than newest first.</summary>
    public bool Ascending { get; init; }
}

/// <summary>A term as a link, with how many dispatches carry it: a chip or an index entry.</summary>
internal sealed record TermLinkModel(string Name, string Url, int Count);

/// <summary>Where a dispatch sits in its series: part <c>part</c> of <c>of</c>, with the parts around it.</summary>
internal sealed record SeriesPartModel(string Name, string Url, int Part, int Of, DispatchLinkModel? Previous, DispatchLinkModel? Next);

/// <summary>The dispatches before and after this one that name <c>actor</c>, and where this one sits among them.</summary>
internal sealed record ActorNeighboursModel(ActorLinkModel Actor, int Position, int Of, string TimelineUrl, DispatchLinkModel? Previous, DispatchLinkModel? Next);
