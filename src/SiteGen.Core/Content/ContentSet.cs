namespace SiteGen.Content;

/// <summary>
/// What the content stage read: published dispatches (newest first), pages, what was left out, and when the first
/// dispatch left out for its future date falls due (null if none is); <paramref name="UnpublishedActorNames"/> are
/// the <c>actors:</c> names of the dispatches that will publish without another edit (those dated ahead, with the
/// date) or that a field error kept out, which the build checks as it checks the published ones.
/// </summary>
internal sealed record ContentSet(
    IReadOnlyList<Dispatch> Dispatches,
    IReadOnlyList<PlainPage> Pages,
    IReadOnlyList<LeftOutDispatch> LeftOut,
    DateTimeOffset? NextDue,
    IReadOnlyList<(NamedReference Name, DateTimeOffset? Due)> UnpublishedActorNames)
{
    /// <summary>The old blog's attachments by id (<see cref="WordPressAttachmentReader"/>).</summary>
    public IReadOnlyList<WordPressAttachment> Attachments { get; init; } = [];

    /// <summary>The draft pages and dispatches left out, whose URLs are not lost (<see cref="Content.HeldBack"/>).</summary>
    internal HeldBack HeldBack { get; init; } = HeldBack.None;
}
