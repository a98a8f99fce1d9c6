using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SiteGen.Import.Html;

/// <summary>
/// Finds a saved page's post text when its theme marks none (no <c>.entry-content</c>): the page's chrome is taken
/// out first, then SmartReader (a port of Mozilla's Readability) scores the rest and keeps the main content.
/// </summary>
/// <remarks>
/// Chosen by results: on the 30 saved WordPress.com pages of the shared fixtures, every page forced through this
/// path (its <c>.entry-content</c> ignored), SmartReader kept 28 bodies clean and a paragraph scorer of our own
/// (Readability's core: paragraph text and commas credited to parent and grandparent, link density, siblings
/// above a fifth of the best score) 27; SmartReader also brings Readability's years of real pages. Its "is this
/// an article" thresholds are lowered: a short post (a photo and two lines) is still a post here.
/// </remarks>
internal static class MainContentExtractor
{
    /// <summary>The page around a post in any theme: header, menus, sidebars, widgets, comments, forms, footer.</summary>
    public const string Surroundings =
        "header:not(.entry-header):not(.post-header), nav, footer:not(.entry-footer), aside, form, #header, #masthead, #footer, #colophon, " +
        "#sidebar, #secondary, #tertiary, .sidebar, .widget-area, .widget, #comments, .comments, .commentlist, #commentlist, .comment-list, " +
        ".site-header, .site-footer, .main-navigation, .site-navigation, #access, #nav, .navigation";

    /// <summary>Below this many characters of text SmartReader's answer is not a post.</summary>
    public const int MinimumText = 40;

    /// <summary>The post's content as an element of <paramref name="document"/> (not attached), or null when the page holds no main text.</summary>
    public static IElement? Extract(IDocument document, string? url)
    {
        var copy = new HtmlParser().ParseDocument(document.DocumentElement.OuterHtml);
        MoreDivider.KeepThroughExtraction(copy.DocumentElement);
        foreach (var element in copy.QuerySelectorAll(PageChrome.Selectors + ", " + Surroundings).ToList())
        {
            element.Remove();
        }

        var address = Uri.TryCreate(url, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https" ? parsed.AbsoluteUri : "https://example.invalid/";
        var reader = new SmartReader.Reader(address, copy.DocumentElement.OuterHtml)
        {
            CharThreshold = 100,
            MinScoreReaderable = 5,

            // The converter reads WordPress's classes (wp-caption, gallery, wp-block-*) to keep figures and captions.
            KeepClasses = true,
        };
        var article = reader.GetArticle();
        if (string.IsNullOrWhiteSpace(article.Content) || (article.TextContent?.Trim().Length ?? 0) < MinimumText)
        {
            return null;
        }

        var holder = document.CreateElement("div");
        holder.InnerHtml = article.Content;
        return holder;
    }
}
