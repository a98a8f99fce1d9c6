namespace SiteGen.Content;

/// <summary>A dispatch a build left out: a draft (no due time), or one scheduled for <see cref="Due"/>.</summary>
public sealed record LeftOutDispatch(string SourcePath, string Title, DateTimeOffset? Due)
{
    public bool IsDraft => Due is null;
}
