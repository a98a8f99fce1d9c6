namespace SiteGen.Authoring;

/// <summary>
/// What <c>sitegen new</c> was asked for: a title, actors and tags as the author typed them, an optional day and
/// time of day (in the site's time zone) and the draft flag.
/// </summary>
public sealed record NewDispatch(string Title, IReadOnlyList<string> Actors, DateOnly? Date = null, bool Draft = false)
{
    public TimeOnly? Time { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];
}
