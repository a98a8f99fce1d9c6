using System.Net;
using AngleSharp.Dom;

namespace SiteGen.Import.Html;

/// <summary>
/// A saved home, archive or search page: it shows several posts, each of which is read as if its own page had been
/// saved. A post shown only up to its "Continue reading" link is marked as a teaser.
/// </summary>
internal static class ListingPage
{
    private const string PostSelectors = "article, .hentry, .type-post";
    private const string ContentSelectors = ".entry-content, .entry-summary, .wp-block-post-content, .wp-block-post-excerpt";
    private const string TitleSelectors = ".entry-title, .wp-block-post-title";

    /// <summary>
    /// One post of the listing: a page of that post alone, where it starts in the saved file, its permalink, whether
    /// the listing shows only part of it, and whether it shows its title (and maybe an image) but none of its text.
    /// </summary>
    public sealed record ListedPost(string Html, int Line, int Column, string? Url, bool Teaser, bool TitleOnly = false);

    /// <summary>The posts of a listing page; none for a post's or a page's own page, or a page showing one post.</summary>
    public static IReadOnlyList<ListedPost> Posts(IDocument document)
    {
        // WordPress marks a post's own page (single) and a static page (page) on the body; a listing is neither.
        var body = document.Body;
        if (body is null || body.ClassList.Contains("single") || body.ClassList.Contains("page") || body.ClassList.Contains("singular"))
        {
            return [];
        }

        // A post the theme shows by its title alone (a list of titles, an image post) is one of the listing's too,
        // once the posts with text have told it is one.
        var posts = document.QuerySelectorAll(PostSelectors)
            .Where(e => e.QuerySelector(ContentSelectors) is not null || e.QuerySelector(TitleSelectors) is not null)
            .ToList();
        posts = posts.Where(e => !posts.Any(other => other != e && other.Contains(e))).ToList();
        if (posts.Count(e => e.QuerySelector(ContentSelectors) is not null) < 2)
        {
            return [];
        }

        // A post the page shows twice, its text in the list and its title again in a "Latest posts" block or widget, is
        // one post: the title alone is left out, as is a title shown twice.
        var shown = posts.Where(e => e.QuerySelector(ContentSelectors) is not null).Select(Permalink).OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        posts = posts.Where(e => e.QuerySelector(ContentSelectors) is not null || Permalink(e) is not { } url || shown.Add(url)).ToList();

        var head = string.Concat(document.Head?.Children.Where(Kept).Select(e => e.OuterHtml) ?? []);
        return posts.Select(post =>
        {
            var url = Permalink(post);
            var titleOnly = post.QuerySelector(ContentSelectors) is null;
            if (titleOnly)
            {
                // Read as a post with no text, not one whose text is to be found elsewhere on its page.
                var empty = document.CreateElement("div");
                empty.ClassList.Add("entry-content");
                post.AppendChild(empty);
            }

            var canonical = url is null ? string.Empty : $"<link rel=\"canonical\" href=\"{WebUtility.HtmlEncode(url)}\">";
            var cut = RemoveReadMore(post, url);
            var excerpt = post.QuerySelector(".entry-content, .wp-block-post-content") is null;
            if (excerpt && post.QuerySelector(".entry-summary, .wp-block-post-excerpt") is { } summary)
            {
                // What the page shows of the post is read as its content, the way a post's own page is.
                summary.ClassList.Add("entry-content");
            }

            var teaser = cut || excerpt || titleOnly;
            var kind = post.ClassList.Contains("type-page") ? "page" : "single single-post";
            var html = $"<!DOCTYPE html><html><head>{head}{canonical}</head><body class=\"{kind}\">{post.OuterHtml}</body></html>";
            var position = post.SourceReference?.Position;
            return new ListedPost(html, position?.Line ?? 1, position?.Column ?? 1, url, teaser, titleOnly);
        }).ToList();
    }

    /// <summary>
    /// Takes out the post's "Continue reading" link (and the paragraph it leaves empty): WordPress's more-link, or any
    /// link of its content to the post itself; whether it had one.
    /// </summary>
    private static bool RemoveReadMore(IElement post, string? url)
    {
        var content = post.QuerySelector(ContentSelectors);
        var links = post.QuerySelectorAll(".more-link, .wp-block-read-more").ToList();
        if (url is not null && content is not null)
        {
            var self = url.Split('#')[0];
            links.AddRange(content.QuerySelectorAll("a[href]").Where(a => a.GetAttribute("href")!.Split('#')[0] == self && !links.Contains(a)));
        }

        foreach (var link in links)
        {
            var parent = link.ParentElement;
            link.Remove();
            if (parent is { LocalName: "p" } && parent.TextContent.Trim().Length == 0 && parent.Children.Length == 0)
            {
                parent.Remove();
            }
        }

        var text = content?.TextContent.TrimEnd() ?? string.Empty;
        return links.Count > 0 || text.EndsWith("[…]", StringComparison.Ordinal) || text.EndsWith("[...]", StringComparison.Ordinal);
    }

    /// <summary>The post's link: its title's, or the first link WordPress marks as the post's own.</summary>
    private static string? Permalink(IElement post)
    {
        var link = post.QuerySelector(".entry-title a[href], .wp-block-post-title a[href]") ?? post.QuerySelector("a[rel~='bookmark'][href]");
        var href = link?.GetAttribute("href")?.Trim();
        return string.IsNullOrEmpty(href) ? null : href;
    }

    /// <summary>What the head says of the blog (its generator, its files), not what it says of the listing (title, URL, dates).</summary>
    private static bool Kept(IElement element) => element.LocalName switch
    {
        "meta" => element.GetAttribute("name") is "generator",
        "link" => element.GetAttribute("rel") is not ("canonical" or "shortlink"),
        "script" => element.HasAttribute("src"),
        _ => false,
    };
}
