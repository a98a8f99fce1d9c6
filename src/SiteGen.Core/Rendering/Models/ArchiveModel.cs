namespace SiteGen.Rendering.Models;

/// <summary><c>page.archive</c>: a year or a month of dispatches, or the index of all years.</summary>
internal sealed class ArchiveModel
{
    /// <summary>"index", "year", "month" or "day".</summary>
    public required string Scope { get; init; }

    public int Year { get; init; }

    public int Month { get; init; }

    public int Day { get; init; }

    public required string Label { get; init; }

    /// <summary>On a year page its months; on the index every year.</summary>
    public IReadOnlyList<ArchiveLinkModel> Periods { get; init; } = [];

    /// <summary>The dispatches of the period, grouped by month (year page) or by day (month page), newest first.</summary>
    public IReadOnlyList<GroupModel> Groups { get; init; } = [];

    public ArchiveLinkModel? Previous { get; init; }

    public ArchiveLinkModel? Next { get; init; }

    /// <summary>On the index, the other ways in: the tags, categories, series and authors indexes the site has.</summary>
    public IReadOnlyList<LinkModel> Browse { get; init; } = [];

    /// <summary>The archive one level up (the year for a month, the index for a year).</summary>
    public ArchiveLinkModel? Parent { get; init; }
}

/// <summary>A labelled group of dispatches (a month of a timeline, a day of a month).</summary>
internal sealed record GroupModel(string Label, string? Url, IReadOnlyList<DispatchLinkModel> Dispatches)
{
    /// <summary>How many dispatches the group's period has; more than <see cref="Dispatches"/> when only the newest are shown.</summary>
    public int Count { get; init; }

    /// <summary>The heading's id, for links to it from elsewhere on the page or site; null for none.</summary>
    public string? Id { get; init; }
}
