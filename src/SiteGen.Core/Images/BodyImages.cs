using System.Text.RegularExpressions;
using SiteGen.Diagnostics;

namespace SiteGen.Images;

/// <summary>
/// The images of one page's body as the Markdown renderer meets them, in order: each local one gets its size, copies
/// and loading; the first image that repeats the page's lead image is left out; problems are reported where written.
/// </summary>
/// <param name="pipeline">The build's image stage.</param>
/// <param name="urls">The site's URLs.</param>
/// <param name="sourcePath">The file the body comes from, for diagnostics.</param>
/// <param name="leadImage">The URL of the page's lead image as authored, if it has one.</param>
/// <param name="diagnostics">Where problems go.</param>
internal sealed partial class BodyImages(ImagePipeline pipeline, Urls.UrlBuilder urls, string sourcePath, string? leadImage, DiagnosticBag diagnostics)
{
    private readonly string? _lead = leadImage is null ? null : SameImageKey(leadImage);
    private bool _leadRepeated;
    private int _count;

    /// <summary>The HTML that replaces a Markdown image: its markup, "" to leave it out, or null to render it as written.</summary>
    /// <param name="url">The URL as authored.</param>
    /// <param name="alt">The alt text.</param>
    /// <param name="title">The title, if any.</param>
    /// <param name="line">Where it was written (1-based).</param>
    /// <param name="column">Where it was written (1-based).</param>
    /// <param name="insideLink">Whether the author put it inside a link.</param>
    public string? Render(string url, string alt, string? title, int line, int column, bool insideLink)
    {
        if (RepeatsLead(url))
        {
            return string.Empty;
        }

        var loading = NextLoading();
        var found = Find(url, line, column);
        return found is null ? null : ImageMarkup.Write(found, alt, title, loading, pipeline.Settings.Sizes, urls, linkFullSize: !insideLink);
    }

    /// <summary>Raw HTML with each <c>&lt;img&gt;</c> given its size and loading where the author left them out.</summary>
    /// <param name="html">The raw HTML, URLs already carrying the base path.</param>
    /// <param name="line">Where it starts (1-based).</param>
    /// <param name="column">Where it starts (1-based).</param>
    public string RewriteRawHtml(string html, int line, int column)
    {
        if (!html.Contains("<img", StringComparison.OrdinalIgnoreCase))
        {
            return html;
        }

        return ImageTag().Replace(html, match =>
        {
            var src = SrcAttribute().Match(match.Value);
            if (!src.Success)
            {
                return match.Value;
            }

            var authored = Authored(src.Groups["value"].Value);
            if (RepeatsLead(authored))
            {
                return string.Empty;
            }

            var loading = NextLoading();
            var found = Find(authored, line, column + match.Index);
            return found is null ? match.Value : RawHtmlImage.Enrich(match.Value, found, loading, pipeline.Settings.Sizes, urls);
        });
    }

    private ProcessedImage? Find(string url, int line, int column)
    {
        var lookup = pipeline.Find(url);
        if (lookup.Code is { } code)
        {
            var location = new SourceLocation(sourcePath, line, column);
            // Served as it is, so nothing is lost: a warning (an error under --strict).
            diagnostics.Warning(code, location, lookup.Problem!);
        }

        return lookup.Image;
    }

    /// <summary>The first image may be on the first screen when there is no lead image; every later one is below the fold.</summary>
    private ImageLoading NextLoading() => _count++ == 0 && _lead is null ? ImageLoading.Eager : ImageLoading.Lazy;

    private bool RepeatsLead(string url)
    {
        if (_lead is null || _leadRepeated || SameImageKey(url) != _lead)
        {
            return false;
        }

        _leadRepeated = true;
        return true;
    }

    /// <summary>The authored form of a URL that already carries the base path.</summary>
    private string Authored(string url) =>
        urls.BasePath.Length > 1 && url.StartsWith(urls.BasePath, StringComparison.Ordinal) ? "/" + url[urls.BasePath.Length..] : url;

    /// <summary>
    /// What two URLs of one picture share: the path without query, scheme or host, and without the size WordPress adds
    /// to its smaller copies ("map-1024x768.png" is "map.png").
    /// </summary>
    public static string SameImageKey(string url)
    {
        var end = url.IndexOfAny(['?', '#']);
        var path = end < 0 ? url : url[..end];
        if (Uri.TryCreate(path, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            path = absolute.AbsolutePath;
        }

        return WordPressSize().Replace(Uri.UnescapeDataString(path), string.Empty).ToLowerInvariant();
    }

    [GeneratedRegex(@"-\d{2,5}x\d{2,5}(?=\.[A-Za-z0-9]+$)", RegexOptions.CultureInvariant)]
    private static partial Regex WordPressSize();

    [GeneratedRegex(@"<img\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImageTag();

    [GeneratedRegex("""\ssrc\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<value>[^\s"'=<>`]+))""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SrcAttribute();
}
