namespace SiteGen.Content;

/// <summary>What the content stage read: published dispatches (newest first), pages, and what was left out.</summary>
public sealed record ContentSet(
    IReadOnlyList<Dispatch> Dispatches,
    IReadOnlyList<PlainPage> Pages,
    int DraftsLeftOut,
    int FutureLeftOut);
