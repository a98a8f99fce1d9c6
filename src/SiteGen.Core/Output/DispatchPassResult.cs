namespace SiteGen.Output;

/// <summary>
/// What a pass over dispatch pages hands on, by dispatch position: the HTML a feed carries (null where no feed needs
/// it or the page was not rendered).
/// </summary>
internal sealed record DispatchPassResult(IReadOnlyList<string?> FeedHtml);
