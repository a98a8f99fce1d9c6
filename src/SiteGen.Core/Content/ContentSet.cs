namespace SiteGen.Content;

/// <summary>
/// What the content stage read: published dispatches (newest first), pages, what was left out, and when the first
/// dispatch left out for its future date falls due (null if none is).
/// </summary>
internal sealed record ContentSet(
    IReadOnlyList<Dispatch> Dispatches,
    IReadOnlyList<PlainPage> Pages,
    IReadOnlyList<LeftOutDispatch> LeftOut,
    DateTimeOffset? NextDue);
