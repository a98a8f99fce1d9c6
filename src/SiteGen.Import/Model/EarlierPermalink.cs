namespace SiteGen.Import.Model;

/// <summary>
/// A permalink a post had before its author changed its slug or date on WordPress (as <see cref="ImportedPost.OldPath"/>),
/// with the query by which WordPress still found the post there.
/// </summary>
/// <param name="Path">The earlier permalink's path.</param>
/// <param name="Query">Which of WordPress's queries answered it; where two posts could answer one URL, the first query's wins.</param>
internal sealed record EarlierPermalink(string Path, EarlierPermalinkQuery Query);
