namespace SiteGen.Import.Wxr;

/// <summary>
/// WordPress's <c>&lt;!--nextpage--&gt;</c>, which split a post into pages served at <c>/slug/2/</c>, <c>/slug/3/</c>:
/// a site page shows the post whole, so each break becomes a rule where a reader sees it.
/// </summary>
internal static class PageBreaks
{
    private const string Marker = "<!--nextpage-->";

    /// <summary>The content with a rule at each break, and how many pages WordPress made of it.</summary>
    public static (string Html, int Pages) Mark(string content)
    {
        if (!content.Contains(Marker, StringComparison.Ordinal))
        {
            return (content, 1);
        }

        // WordPress ignores a break before any text; every other one starts a page, even an empty one.
        var pages = content.Split(Marker).ToList();
        if (pages[0].Trim().Length == 0 || pages[0].Trim() == "<!-- wp:nextpage -->")
        {
            pages[1] = pages[0] + pages[1];
            pages.RemoveAt(0);
        }

        return (string.Join("\n<hr>\n", pages), pages.Count);
    }
}
