using System.Globalization;
using System.Net;
using System.Text;
using SiteGen.Urls;

namespace SiteGen.Images;

/// <summary>Writes a processed image as HTML: a <c>&lt;picture&gt;</c> with its copies, its size, its loading, and a link to the full size.</summary>
internal static class ImageMarkup
{
    /// <summary>
    /// The column of the default theme (40rem): an image wider than this is shown scaled down, so it links to its
    /// full size (a map's labels can then be read).
    /// </summary>
    public const int ColumnWidth = 640;

    /// <param name="image">The processed image.</param>
    /// <param name="alt">Its text alternative (already plain text).</param>
    /// <param name="title">Its title, if the author gave one.</param>
    /// <param name="loading">How soon to fetch it.</param>
    /// <param name="sizes">The <c>sizes</c> attribute.</param>
    /// <param name="urls">The site's URLs.</param>
    /// <param name="linkFullSize">Whether it may be wrapped in a link to the original (not when it is inside a link already).</param>
    public static string Write(ProcessedImage image, string alt, string? title, ImageLoading loading, string sizes, UrlBuilder urls, bool linkFullSize)
    {
        var html = new StringBuilder(512);
        var link = linkFullSize && (image.Facts.Width > ColumnWidth || image.Facts.Format == "svg");
        if (link)
        {
            html.Append("<a class=\"full-size\" href=\"").Append(Encode(Href(image.SitePath, urls))).Append("\">");
        }

        var modern = image.ModernFormats.ToList();
        if (modern.Count > 0)
        {
            html.Append("<picture>");
            foreach (var format in modern)
            {
                html.Append("<source type=\"").Append(ImageFormats.MimeType(format)).Append("\" srcset=\"").Append(Srcset(image.Candidates(format), urls))
                    .Append("\" sizes=\"").Append(Encode(sizes)).Append("\">");
            }
        }

        var (src, width, height) = image.Fallback;
        html.Append("<img src=\"").Append(Encode(Href(src, urls))).Append('"');
        var own = image.Candidates(image.Facts.Format);
        if (own.Count > 1)
        {
            html.Append(" srcset=\"").Append(Srcset(own, urls)).Append("\" sizes=\"").Append(Encode(sizes)).Append('"');
        }

        html.Append(" alt=\"").Append(Encode(alt)).Append('"');
        if (!string.IsNullOrEmpty(title))
        {
            html.Append(" title=\"").Append(Encode(title)).Append('"');
        }

        html.Append(CultureInfo.InvariantCulture, $" width=\"{width}\" height=\"{height}\"");
        html.Append(Attributes(loading));
        if (image.Facts.HasAlpha || image.Facts.Format == "svg")
        {
            html.Append(" class=\"has-alpha\"");
        }

        html.Append('>');
        if (modern.Count > 0)
        {
            html.Append("</picture>");
        }

        if (link)
        {
            html.Append("</a>");
        }

        return html.ToString();
    }

    /// <summary>The loading attributes of an image fetched <paramref name="loading"/>, each with its leading space.</summary>
    public static string Attributes(ImageLoading loading) => loading switch
    {
        ImageLoading.Lazy => " loading=\"lazy\" decoding=\"async\"",
        ImageLoading.Priority => " fetchpriority=\"high\"",
        _ => " decoding=\"async\"",
    };

    private static string Srcset(IReadOnlyList<(string SitePath, int Width)> candidates, UrlBuilder urls) =>
        string.Join(", ", candidates.Select(c => string.Create(CultureInfo.InvariantCulture, $"{Encode(Href(c.SitePath, urls))} {c.Width}w")));

    /// <summary>The href of a site path, its segments escaped: a space would end a srcset candidate.</summary>
    public static string Href(string sitePath, UrlBuilder urls) => urls.Href(EscapedPath(sitePath));

    /// <summary>A site path with each segment escaped for a URL.</summary>
    public static string EscapedPath(string sitePath) => string.Join('/', sitePath.Split('/').Select(Uri.EscapeDataString));

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
