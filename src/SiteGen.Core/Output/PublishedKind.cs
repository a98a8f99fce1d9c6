namespace SiteGen.Output;

/// <summary>What a published URL is: a page of its own, an old URL kept for one, or a term's page.</summary>
public enum PublishedKind : byte
{
    Dispatch,
    Page,
    Actor,

    /// <summary>An alias of a dispatch or page (its source is the file), a redirect page.</summary>
    Alias,

    /// <summary>A former id of an actor (its source is the actor's file), a redirect page and the old feeds.</summary>
    FormerId,

    /// <summary>A tag's, category's, series' or author's page (its source is the term's name), <see cref="Term"/> plus the kind.</summary>
    Term,
}
