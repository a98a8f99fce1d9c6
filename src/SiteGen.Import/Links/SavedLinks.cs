namespace SiteGen.Import.Links;

/// <summary>
/// Rewrites a relative link of a Markdown body where it is an address (a link's or image's destination, a raw HTML
/// attribute), as <see cref="BodyUrls"/> does for absolute ones: the same words in a sentence are the author's.
/// </summary>
internal static class SavedLinks
{
    public static string Rewrite(string markdown, string link, string replacement)
    {
        foreach (var (before, after) in new[] { ("](", ")"), ("](", " "), ("](<", ">"), ("=\"", "\""), ("='", "'") })
        {
            markdown = markdown.Replace(before + link + after, before + replacement + after, StringComparison.Ordinal);
        }

        return markdown;
    }
}
