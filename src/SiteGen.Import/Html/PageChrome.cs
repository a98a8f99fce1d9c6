using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace SiteGen.Import.Html;

/// <summary>The parts of a WordPress page around and inside a post that are the platform's, not the author's.</summary>
internal static partial class PageChrome
{
    /// <summary>
    /// Sharing buttons, likes, ratings, related posts, author boxes, comments, ads, subscription boxes, cookie notices and
    /// post navigation (core themes, Jetpack, WordPress.com, common plugins). Themes that write the links to the previous
    /// and next post, or a box of related posts, inside the content name them as core themes do (<c>nav-previous</c>,
    /// <c>nav-next</c>) or with "related-posts" in a class of their own (<c>wrapper-related-posts</c>, see
    /// <see cref="IsRelatedPostsBox"/>).
    /// </summary>
    public const string Selectors =
        ".sharedaddy, .sd-sharing-enabled, .sd-block, .sharing, .sd-like, .sharedaddy-dark, .jetpack-likes-widget-wrapper, " +
        ".wpl-likebox, .wp-block-jetpack-sharing-buttons, .addtoany_share_save_container, .share-buttons, " +
        "#jp-relatedposts, .jp-relatedposts, .wp-block-jetpack-related-posts, .related-posts, .yarpp-related, " +
        "#comments, .comments-area, #respond, .comment-respond, .wp-block-comments, .wp-block-post-comments-form, " +
        ".wordads-ad-wrapper, .wpcnt, .wpa, .wordads-tag, .inline-ad-slot, .adsbygoogle, " +
        ".wp-block-jetpack-subscriptions, .jetpack_subscription_widget, .wp-block-jetpack-like, " +
        ".post-navigation, .navigation.post-navigation, .nav-links, .wp-block-post-navigation-link, " +
        ".entry-footer, .entry-meta, .wp-block-post-terms, .wp-block-post-author, .author-bio, .edit-link, .screen-reader-text, " +
        ".author-box, .authorbox, .author_box, .about-author, .author-info, .saboxplugin-wrap, .crp_related, .rp4wp-related-posts, .yarpp, " +
        ".heateor_sss_sharing_container, .ssba, .shared-counts-wrap, .social-share, .cookie-notice-container, #cookie-notice, " +
        ".shariff, .addthis_tool, .post-ratings, .post-ratings-loading, " +
        ".nav-previous, .nav-next, #nav-above, #nav-below";

    public static void Remove(IElement root)
    {
        foreach (var element in root.QuerySelectorAll(Selectors).ToList())
        {
            element.Remove();
        }

        foreach (var box in root.QuerySelectorAll("[class]").Where(IsRelatedPostsBox).ToList())
        {
            box.Remove();
        }

        foreach (var image in root.QuerySelectorAll("img").Where(IsTrackingPixel).ToList())
        {
            image.Remove();
        }

        RemovePostLists(root);
        RemoveTermLines(root);
    }

    /// <summary>
    /// A box of related posts that a theme names in a class of its own (<c>wrapper-related-posts</c>,
    /// <c>related_posts_box</c>), matched class by class: WordPress writes the post's terms into the classes of its
    /// article and of the page's body (<c>tag-related-posts</c>, <c>category-related-posts</c>), and a substring match
    /// took the whole post away with them.
    /// </summary>
    private static bool IsRelatedPostsBox(IElement element) =>
        element.LocalName is not ("html" or "body" or "main" or "article")
        && element.ClassList.Any(name => RelatedPostsClass().IsMatch(name) && !TermClass().IsMatch(name));

    [GeneratedRegex("related[-_]posts", RegexOptions.IgnoreCase)]
    private static partial Regex RelatedPostsClass();

    // The classes post_class() and body_class() give a post's terms: tag-x, category-x, and term-x or
    // <taxonomy>-x for others, of which only the first three can be told from a theme's own names.
    [GeneratedRegex("^(tag|category|term)-", RegexOptions.IgnoreCase)]
    private static partial Regex TermClass();

    /// <summary>Most characters of a line of the post's terms that are not its links: a label such as "Tags:" or "getaggt mit:".</summary>
    public const int TermLineLabel = 30;

    /// <summary>
    /// Removes the theme's line of the post's tags or categories that it writes into the content ("Tags: Bilt, Cent"):
    /// a block whose links all carry <c>rel="tag"</c> or <c>rel="category"</c>, which WordPress gives the links of
    /// <c>the_tags()</c> and <c>the_category()</c>, with a short label before them and only separators between them
    /// (the arguments those functions take). The page's metadata already gave the dispatch these terms.
    /// </summary>
    /// <remarks>
    /// A plugin that links tagged words in the post's text gives those links <c>rel="tag"</c> too, so a line is
    /// taken only where themes put it, standing alone before the post's first words or after its last, the rule
    /// <see cref="Bylines"/> keeps; a theme's byline after it is not the post's words.
    /// </remarks>
    private static void RemoveTermLines(IElement root)
    {
        var lines = root.QuerySelectorAll("p, small, div, span, ul, footer")
            .Where(l => IsTermLine(l, root) && StandsAlone(l))
            .ToList();
        var outermost = lines.Where(l => !lines.Any(other => other != l && other.Contains(l))).ToList();
        foreach (var line in PostEdges.AtEdges(root, outermost, Bylines.Lines(root)))
        {
            line.Remove();
        }
    }

    private static bool IsTermLine(IElement block, IElement root)
    {
        var links = block.QuerySelectorAll("a[href]").ToList();
        if (links.Count == 0 || !links.All(a => (a.GetAttribute("rel") ?? string.Empty).Split(' ').Any(r => r.Equals("tag", StringComparison.OrdinalIgnoreCase) || r.Equals("category", StringComparison.OrdinalIgnoreCase))))
        {
            return false;
        }

        // The text before the first link, between the links and after the last.
        var gaps = new List<string> { string.Empty };
        foreach (var node in block.GetDescendants())
        {
            if (node is IElement element && links.Contains(element))
            {
                gaps.Add(string.Empty);
            }
            else if (node is IText text && !links.Any(a => a.Contains(text)))
            {
                gaps[^1] += text.Data;
            }
        }

        // Words before a lone link need the theme's mark to be its label ("Tags:", a tags box): an author's sentence
        // ending in a tagged word ("More on Kyiv") has neither.
        return gaps[0].Trim().Length <= TermLineLabel && !HasWords(gaps[^1])
            && gaps.Skip(1).SkipLast(1).All(gap => !HasWords(gap) || IsLabel(gap))
            && (links.Count > 1 || !HasWords(gaps[0]) || IsLabel(gaps[0]) || InTermsBox(block, root));
    }

    /// <summary>
    /// Whether the line is in the box a theme writes the post's terms in (<c>.tags-links</c>, <c>.post-tags</c>,
    /// <c>.entry-tags</c>, <c>.cat-links</c>, Kubrick's <c>.postmetadata</c>, <c>.entry-utility</c>), the line itself or a
    /// box around it inside <paramref name="root"/>.
    /// </summary>
    private static bool InTermsBox(IElement line, IElement root) =>
        new[] { line }.Concat(line.GetAncestors().OfType<IElement>().TakeWhile(a => a != root))
            .Any(e => e.ClassList.Any(c => TermsBoxClass().IsMatch(c)));

    [GeneratedRegex(@"(?:^|[-_])(?:tags?|tagged|tag-links|categor(?:y|ies)|cats?|terms?)(?:[-_]|$)|^postmetadata$|^entry-utility|^post-meta", RegexOptions.IgnoreCase)]
    private static partial Regex TermsBoxClass();

    /// <summary>A second label between the links ("Categories: A Tags: B"): short and ending in a colon.</summary>
    private static bool IsLabel(string gap) => gap.Trim().Length <= TermLineLabel && gap.TrimEnd().EndsWith(':');

    private static bool HasWords(string text) => text.Any(char.IsLetterOrDigit);

    /// <summary>Whether an inline element is a line of its own, not words in its parent's text.</summary>
    private static bool StandsAlone(IElement line) =>
        ElementKinds.IsBlock(line) || line.LocalName is "footer" || line.ParentElement is not { } parent
        || parent.ChildNodes.OfType<IText>().All(t => string.IsNullOrWhiteSpace(t.Data));

    /// <summary>Most characters of a list of other posts that are not its links: a label such as "See also".</summary>
    public const int PostListLabel = 40;

    /// <summary>
    /// Removes lists of other posts that related-post plugins and themes write into the content: a block whose
    /// links are all post permalinks (<c>rel="bookmark"</c>, which WordPress gives a post's own link, never an
    /// author's link in the editor), with at most a short label, and a short heading right before it.
    /// </summary>
    private static void RemovePostLists(IElement root)
    {
        var lists = root.QuerySelectorAll("p, ul, ol, div, section")
            .Where(IsPostList)
            .ToList();
        foreach (var list in lists.Where(l => !lists.Any(other => other != l && other.Contains(l))))
        {
            if (list.PreviousElementSibling is { LocalName: "h2" or "h3" or "h4" or "h5" or "h6" } heading &&
                heading.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= 5)
            {
                heading.Remove();
            }

            list.Remove();
        }
    }

    private static bool IsPostList(IElement block)
    {
        var links = block.QuerySelectorAll("a[href]").ToList();
        if (links.Count < 2 || !links.All(a => (a.GetAttribute("rel") ?? string.Empty).Split(' ').Contains("bookmark", StringComparer.OrdinalIgnoreCase)))
        {
            return false;
        }

        var linkText = links.Sum(a => a.TextContent.Trim().Length);
        return block.TextContent.Trim().Length - linkText <= PostListLabel + links.Count * 3;
    }

    /// <summary>A 1×1 image, or one served by a known statistics host.</summary>
    public static bool IsTrackingPixel(IElement image)
    {
        var src = image.GetAttribute("src") ?? string.Empty;
        var tiny = image.GetAttribute("width") is "0" or "1" && image.GetAttribute("height") is "0" or "1";
        return tiny || TrackingHosts.Any(host => src.Contains(host, StringComparison.OrdinalIgnoreCase));
    }

    private static readonly string[] TrackingHosts =
    [
        "pixel.wp.com", "stats.wp.com", "pixel.quantserve.com", "google-analytics.com", "googletagmanager.com",
        "facebook.com/tr", "b.scorecardresearch.com", "sb.scorecardresearch.com", "pixel.", "/g.gif", "/b.gif",
    ];
}
