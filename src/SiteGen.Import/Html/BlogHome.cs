using System.Text.RegularExpressions;
using AngleSharp.Dom;
using SiteGen.Import.Links;

namespace SiteGen.Import.Html;

/// <summary>
/// The address a saved page's blog lives at, its home (<c>https://example.com/news/</c> for one blog of a multisite in
/// sub-folders), as the page says it: WordPress writes its home into the shortlink (<c>/news/?p=12</c>), the REST API's
/// link (<c>/news/wp-json/</c>), the feed's link (<c>/news/feed/</c>) and the theme's home link (<c>rel="home"</c>), and
/// a dated permalink starts with it (<c>/news/2022/05/15/slug/</c>). The export names the same home (its
/// <c>base_blog_url</c>), so a post's identity made from either agrees.
/// </summary>
internal static partial class BlogHome
{
    /// <summary>The blog's home for the page at <paramref name="canonical"/>, ending in a slash; null when the page does not say where it lived.</summary>
    public static Uri? Of(IDocument document, string? canonical)
    {
        if (!Uri.TryCreate(canonical?.Trim(), UriKind.Absolute, out var page) || page.Scheme is not ("http" or "https"))
        {
            return null;
        }

        var path = page.AbsolutePath.EndsWith('/') ? page.AbsolutePath : page.AbsolutePath + "/";
        var folder = Said(document, page, path) ?? DatedFolder(path) ?? ParentFolder(document, path) ?? "/";
        return new Uri(page, folder);
    }

    /// <summary>
    /// The blog's home for a permalink alone (a clipping keeps no more of the page): the part of a dated one before its
    /// year, else the host's root.
    /// </summary>
    public static Uri OfPermalink(Uri permalink)
    {
        var path = permalink.AbsolutePath.EndsWith('/') ? permalink.AbsolutePath : permalink.AbsolutePath + "/";
        return new Uri(permalink, DatedFolder(path) ?? "/");
    }

    /// <summary>The home the page's own links name, each only where the page lies under it, on its host.</summary>
    private static string? Said(IDocument document, Uri page, string path)
    {
        string? Under(string? href, Func<Uri, string?> folderOf)
        {
            if (href is null || !Uri.TryCreate(href.Trim(), UriKind.Absolute, out var url))
            {
                return null;
            }

            url = ArchivedCopy.Original(url);
            return url.Scheme is "http" or "https" && SameHost(url, page) && folderOf(url) is { } folder && path.StartsWith(folder, StringComparison.OrdinalIgnoreCase)
                ? folder
                : null;
        }

        var shortlinks = document.QuerySelectorAll("link[rel~='shortlink']")
            .Select(l => Under(l.GetAttribute("href"), url => Links.BlogPostId.FromShortlink(url.AbsoluteUri) is null ? null : url.AbsolutePath));
        var api = document.QuerySelectorAll("link[rel='https://api.w.org/']")
            .Select(l => Under(l.GetAttribute("href"), url => url.AbsolutePath.IndexOf("/wp-json", StringComparison.OrdinalIgnoreCase) is var at and >= 0
                ? url.AbsolutePath[..(at + 1)]
                : url.Query.Contains("rest_route=", StringComparison.OrdinalIgnoreCase) ? url.AbsolutePath : null));

        // A single post's page links the blog's feed and the post's comments feed (/news/2022/05/15/slug/feed/): the
        // blog's is the shortest, and the comments feed (/news/comments/feed/) is the blog's too.
        var feeds = document.QuerySelectorAll("link[rel~='alternate'][type*='rss' i], link[rel~='alternate'][type*='atom' i]")
            .Select(l => Under(l.GetAttribute("href"), url => FeedFolder().Match(url.AbsolutePath) is { Success: true } feed ? feed.Groups["home"].Value : null))
            .Where(f => f is not null && !string.Equals(f, path, StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f!.Length);
        var home = document.QuerySelectorAll("a[rel~='home' i][href]")
            .Select(a => Under(a.GetAttribute("href"), url => url.AbsolutePath.EndsWith('/') ? url.AbsolutePath : null));
        return shortlinks.Concat(api).Concat(feeds).Concat(home).FirstOrDefault(f => f is not null);
    }

    /// <summary>The part of a dated permalink before its year (<c>/news/</c> of <c>/news/2022/05/15/slug/</c>).</summary>
    private static string? DatedFolder(string path) =>
        YearFolder().Match(path) is { Success: true } year ? path[..(year.Index + 1)] : null;

    /// <summary>
    /// The folder a permalink without a date sits in (<c>/blog/</c> of <c>/blog/slug/</c>), the guess left where the
    /// page names no home; not where the folder is the page's parent page (WordPress marks a child page's body
    /// <c>page-child parent-pageid-5</c>: <c>/about/team/</c> is the page "team" under "about") or the post's category
    /// (a <c>/%category%/%postname%/</c> permalink).
    /// </summary>
    private static string? ParentFolder(IDocument document, string path)
    {
        var trimmed = path.TrimEnd('/');
        if (trimmed.LastIndexOf('/') is not (var at and > 0))
        {
            return null;
        }

        var classes = document.Body?.ClassList ?? (IEnumerable<string>)[];
        if (classes.Any(c => c == "page-child" || c.StartsWith("parent-pageid-", StringComparison.Ordinal)))
        {
            return null;
        }

        var folder = trimmed[..(at + 1)];
        var last = folder.TrimEnd('/')[(folder.TrimEnd('/').LastIndexOf('/') + 1)..];
        var categories = document.QuerySelectorAll("a[rel~='category'][href], a[rel~='tag'][href*='/category/']")
            .Select(a => a.GetAttribute("href")!.Split('?', '#')[0].TrimEnd('/'))
            .Select(href => href[(href.LastIndexOf('/') + 1)..]);
        return categories.Contains(last, StringComparer.OrdinalIgnoreCase) ? null : folder;
    }

    private static bool SameHost(Uri url, Uri page) =>
        string.Equals(WithoutWww(url.IdnHost), WithoutWww(page.IdnHost), StringComparison.OrdinalIgnoreCase) && url.Port == page.Port;

    private static string WithoutWww(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;

    /// <summary>A feed's path: the blog's (<c>/news/feed/</c>, <c>/news/feed/atom/</c>) or its comments' (<c>/news/comments/feed/</c>).</summary>
    [GeneratedRegex(@"^(?<home>/(?:.*?/)?)(?:comments/)?feed(?:/(?:rss2?|atom|rdf))?/?$", RegexOptions.IgnoreCase)]
    private static partial Regex FeedFolder();

    /// <summary>A year's segment with more of the permalink after it.</summary>
    [GeneratedRegex(@"/\d{4}/(?=[^/]+/)")]
    private static partial Regex YearFolder();
}
