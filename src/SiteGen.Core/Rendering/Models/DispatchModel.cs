namespace SiteGen.Rendering.Models;

/// <summary><c>page.dispatch</c>: everything a dispatch page shows.</summary>
internal sealed class DispatchModel
{
    public required string Title { get; init; }

    public required string Url { get; init; }

    public required DateModel Date { get; init; }

    /// <summary>Set when the updates log has entries: the latest of them.</summary>
    public DateModel? Updated { get; init; }

    public string? Summary { get; init; }

    public string? Series { get; init; }

    public required IReadOnlyList<ActorLinkModel> Actors { get; init; }

    public required IReadOnlyList<string> Tags { get; init; }

    /// <summary>The tags as links to their pages (a tag that gives no URL is left out).</summary>
    public IReadOnlyList<TermLinkModel> TagLinks { get; init; } = [];

    /// <summary>The categories as links to their pages.</summary>
    public IReadOnlyList<TermLinkModel> CategoryLinks { get; init; } = [];

    /// <summary>The authors (the dispatch's own, else the site's) as links to their pages.</summary>
    public IReadOnlyList<TermLinkModel> AuthorLinks { get; init; } = [];

    /// <summary>Where the dispatch sits in its series; null when it belongs to none.</summary>
    public SeriesPartModel? SeriesPart { get; init; }

    /// <summary>For each of the first actors it names, the dispatches before and after it that name them too.</summary>
    public IReadOnlyList<ActorNeighboursModel> ActorNeighbours { get; init; } = [];

    /// <summary>The old blog's categories (an imported dispatch's <c>categories</c>).</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>The dispatch's own authors (front matter <c>author</c>); empty when the site's authors wrote it.</summary>
    public IReadOnlyList<AuthorModel> Authors { get; init; } = [];

    /// <summary>Pinned on the old blog's front page.</summary>
    public bool Sticky { get; init; }

    public ImageModel? Image { get; init; }

    public required IReadOnlyList<SourceModel> Sources { get; init; }

    public required IReadOnlyList<UpdateModel> Updates { get; init; }

    public required HtmlString Content { get; init; }

    public required IReadOnlyList<DispatchLinkModel> Related { get; init; }

    /// <summary>Where the text continues after the teaser; null unless the dispatch's summary is its teaser (see <see cref="MoreLinkModel"/>).</summary>
    public MoreLinkModel? More { get; init; }

    public DispatchLinkModel? Previous { get; init; }

    public DispatchLinkModel? Next { get; init; }

    public required int WordCount { get; init; }

    public required int ReadingMinutes { get; init; }

    public bool Draft { get; init; }
}

/// <summary>A date as templates need it: ISO 8601 for machines, words for people, and the time with its zone.</summary>
/// <remarks><c>has_time</c> is false for a dispatch dated by day alone: show no time for it.</remarks>
internal sealed record DateModel(string Iso, string Display, string Time, string Zone, string Month, string MonthUrl, DateTime Value, bool HasTime = true);

/// <summary>The lead image; <c>src</c> is null when only its caption and credit were kept.</summary>
/// <param name="Src">Its URL, base path included.</param>
/// <param name="Alt">Its text alternative.</param>
/// <param name="Caption">Its caption, if any.</param>
/// <param name="Credit">Who made it, if known.</param>
/// <param name="Picture">The image stage's markup for it (size, copies, priority, full-size link); null when it is not a local image.</param>
internal sealed record ImageModel(string? Src, string Alt, string? Caption, string? Credit, HtmlString? Picture = null);

internal sealed record SourceModel(string Title, string? Url, string? Accessed);

/// <summary>An entry of the updates log; <c>kind</c> is "update" or "correction".</summary>
internal sealed record UpdateModel(DateModel Date, string Kind, string Text);

/// <summary>An actor as a link: name, kind, href.</summary>
internal sealed record ActorLinkModel(string Name, string Kind, string Url);

/// <summary>A dispatch in a list (home, archives, timelines, related): enough for a card.</summary>
/// <remarks>
/// Scriban compares each item of a <c>for</c> loop with the one before (for <c>for.changed</c>): two dispatches are
/// told apart by their URLs first, which differ early, where titles such as "Front Line Digest 3/10/23" do not.
/// </remarks>
internal sealed record DispatchLinkModel(
    string Title,
    string Url,
    DateModel Date,
    string? Summary,
    string? Series,
    IReadOnlyList<ActorLinkModel> Actors,
    bool Draft)
{
    public bool Equals(DispatchLinkModel? other) =>
        ReferenceEquals(this, other) || (other is not null
            && string.Equals(Url, other.Url, StringComparison.Ordinal)
            && string.Equals(Title, other.Title, StringComparison.Ordinal)
            && Equals(Date, other.Date)
            && string.Equals(Summary, other.Summary, StringComparison.Ordinal)
            && string.Equals(Series, other.Series, StringComparison.Ordinal)
            && Equals(Actors, other.Actors)
            && Draft == other.Draft
            && string.Equals(SeriesUrl, other.SeriesUrl, StringComparison.Ordinal)
            && Terms.SequenceEqual(other.Terms)
            && Equals(More, other.More));

    /// <summary>The series page (href) when <see cref="Series"/> is set.</summary>
    public string? SeriesUrl { get; init; }

    /// <summary>Tags and categories as chips that link to their pages.</summary>
    public IReadOnlyList<TermLinkModel> Terms { get; init; } = [];

    /// <summary>The link to where the text continues, when <see cref="Summary"/> is the teaser before the summary divider.</summary>
    public MoreLinkModel? More { get; init; }

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Url);
}
