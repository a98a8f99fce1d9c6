using System.Text.RegularExpressions;
using AngleSharp.Dom;
using SiteGen.Import.Media;

namespace SiteGen.Import.Html;

/// <summary>
/// The blog whose uploads a saved page's own theme shows, which may be served from another host than the page's
/// address: a WordPress.com blog on its own domain (<c>https://example-briefings.com</c>) keeps its uploads on
/// <c>examplebriefings.files.wordpress.com</c>, or has them served through Photon (<c>i0.wp.com/…</c>).
/// </summary>
/// <remarks>
/// Read from what only the blog's own files are: the theme's header image and custom logo, the site icon, and the
/// logo its structured data (JSON-LD) names. The post's pictures are not asked: a reblogged post shows another blog's.
/// </remarks>
internal static partial class UploadsBlog
{
    private const string ThemeImages =
        "header img, #header img, #branding img, #masthead img, .site-header img, .custom-header img, .header-image img, img.header-image, img.custom-logo, .site-logo img, .site-branding img";

    /// <summary>The blog (as <see cref="BlogUploads.BlogOf"/> names it) most of the page's own upload addresses are of, or null.</summary>
    public static string? Of(IDocument document, IElement content, string? pageUrl)
    {
        var folders = BlogUploads.Of(pageUrl is null ? [] : [pageUrl], [], []);
        var urls = document.QuerySelectorAll(ThemeImages).Where(i => !content.Contains(i)).Select(i => i.GetAttribute("src"))
            .Concat(document.QuerySelectorAll("link[rel~='icon'], link[rel='apple-touch-icon']").Select(l => l.GetAttribute("href")))
            .Concat(document.QuerySelectorAll("meta[name='msapplication-TileImage']").Select(m => m.GetAttribute("content")))
            .Concat(document.QuerySelectorAll("script[type='application/ld+json']").SelectMany(s => Logo().Matches(s.TextContent).Select(m => m.Groups["url"].Value.Replace("\\/", "/", StringComparison.Ordinal))));
        return urls.OfType<string>().Select(u => MediaUrl.Parse(u, folders)).OfType<MediaUrl>().Select(u => BlogUploads.BlogOf(u.Original))
            .GroupBy(b => b, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
    }

    /// <summary>A logo in JSON-LD: <c>"logo": "URL"</c> or <c>"logo": {"@type": "ImageObject", "url": "URL"}</c>.</summary>
    [GeneratedRegex(@"""logo""\s*:\s*(?:\{[^{}]*?""(?:url|contentUrl)""\s*:\s*)?""(?<url>https?:[^""]+)""")]
    private static partial Regex Logo();
}
