using AngleSharp.Dom;

namespace SiteGen.Import.Html;

/// <summary>The parts of a WordPress page around and inside a post that are the platform's, not the author's.</summary>
public static class PageChrome
{
    /// <summary>Sharing buttons, likes, related posts, comments, ads, subscription boxes and post navigation (core themes, Jetpack, WordPress.com).</summary>
    public const string Selectors =
        ".sharedaddy, .sd-sharing-enabled, .sd-block, .sharing, .sd-like, .sharedaddy-dark, .jetpack-likes-widget-wrapper, " +
        ".wpl-likebox, .wp-block-jetpack-sharing-buttons, .addtoany_share_save_container, .share-buttons, " +
        "#jp-relatedposts, .jp-relatedposts, .wp-block-jetpack-related-posts, .related-posts, .yarpp-related, " +
        "#comments, .comments-area, #respond, .comment-respond, .wp-block-comments, .wp-block-post-comments-form, " +
        ".wordads-ad-wrapper, .wpcnt, .wpa, .wordads-tag, .inline-ad-slot, .adsbygoogle, " +
        ".wp-block-jetpack-subscriptions, .jetpack_subscription_widget, .wp-block-jetpack-like, " +
        ".post-navigation, .navigation.post-navigation, .nav-links, .wp-block-post-navigation-link, " +
        ".entry-footer, .entry-meta, .wp-block-post-terms, .wp-block-post-author, .author-bio, .edit-link, .screen-reader-text";

    public static void Remove(IElement root)
    {
        foreach (var element in root.QuerySelectorAll(Selectors).ToList())
        {
            element.Remove();
        }

        foreach (var image in root.QuerySelectorAll("img").Where(IsTrackingPixel).ToList())
        {
            image.Remove();
        }
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
