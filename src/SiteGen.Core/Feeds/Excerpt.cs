namespace SiteGen.Feeds;

/// <summary>What cards and feeds show of a dispatch (see <see cref="DispatchExcerpt"/>), as plain text.</summary>
/// <param name="Text">The text.</param>
/// <param name="IsTeaser">Whether it is the text before the summary divider, which the rest of the page continues.</param>
/// <param name="LinkText">The link text the divider gives (<c>&lt;!--more Read the full briefing--&gt;</c>); null when it gives none.</param>
internal sealed record Excerpt(string Text, bool IsTeaser = false, string? LinkText = null);
