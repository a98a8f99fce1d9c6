namespace SiteGen.Rendering.Models;

/// <summary>
/// The "continue reading" link of a dispatch shown by its teaser, the text before its <c>&lt;!--more--&gt;</c>: it
/// leads to the place on the page where the teaser ends.
/// </summary>
/// <param name="Url">The dispatch's href with the anchor the divider leaves (<c>/2022/05/15/slug/#more-123</c>).</param>
/// <param name="Text">The author's link text (<c>&lt;!--more Read the full briefing--&gt;</c>); null when the divider gives none, and the theme says its own.</param>
internal sealed record MoreLinkModel(string Url, string? Text);
