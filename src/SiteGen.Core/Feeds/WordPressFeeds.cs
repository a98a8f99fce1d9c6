using SiteGen.Urls;

namespace SiteGen.Feeds;

/// <summary>
/// WordPress's feed URLs, kept on a site that keeps its old URLs: subscribers' feed readers follow no HTML redirect,
/// so the feed itself is there, as the folder's <c>index.xml</c>, which GitHub Pages serves for the folder (Jekyll's
/// own server does the same since 2014, and so does <c>sitegen serve</c>). WordPress's <c>/feed/</c> and
/// <c>/feed/rss2/</c> are RSS 2.0, <c>/feed/atom/</c> Atom, and a term's <c>/category/x/feed/</c> RSS.
/// </summary>
internal static class WordPressFeeds
{
    public static IReadOnlyList<string> SiteRss { get; } = ["/feed/", "/feed/rss2/"];

    public static IReadOnlyList<string> SiteAtom { get; } = ["/feed/atom/"];

    /// <summary>The feed of the term whose old page was at <paramref name="oldTermPath"/> (<c>/category/kyiv/</c>).</summary>
    public static string TermRss(string oldTermPath) => oldTermPath + "feed/";

    /// <summary>
    /// The comment feed of the post whose old page was at <paramref name="oldPostPath"/> (<c>/2022/05/15/slug/</c>,
    /// <c>/slug/</c>); null for a path that is no folder (<c>/slug.html</c>).
    /// </summary>
    public static string? CommentRss(string oldPostPath) =>
        oldPostPath.EndsWith('/') && !oldPostPath.TrimEnd('/')[(oldPostPath.TrimEnd('/').LastIndexOf('/') + 1)..].Contains('.', StringComparison.Ordinal)
            ? oldPostPath + "feed/"
            : null;

    /// <summary>The output file of a feed kept at <paramref name="folder"/>.</summary>
    public static string File(string folder) => UrlBuilder.OutputFile(folder + "index.xml");
}
