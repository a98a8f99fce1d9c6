namespace SiteGen.Urls;

/// <summary>
/// Every URL the site emits comes from here, so the whole site works under a sub-path of <c>base_url</c>.
/// Site paths are root-relative (<c>/2022/05/15/slug/</c>); hrefs carry the base path (<c>/briefings/2022/...</c>).
/// </summary>
public sealed class UrlBuilder(Uri baseUrl)
{
    private readonly string _origin = baseUrl.GetLeftPart(UriPartial.Authority);

    public Uri BaseUrl { get; } = baseUrl;

    /// <summary>"/" or "/briefings/".</summary>
    public string BasePath { get; } = baseUrl.AbsolutePath;

    /// <summary>The href for a site path: the base path joined to it.</summary>
    public string Href(string sitePath) => string.Concat(BasePath, sitePath.AsSpan().TrimStart('/'));

    /// <summary>The absolute URL of a site path, for feeds, canonical links and the sitemap.</summary>
    public string Absolute(string sitePath) => string.Concat(_origin, BasePath, sitePath.AsSpan().TrimStart('/'));

    /// <summary>Rewrites a root-relative URL written by an author ("/images/a.png") to carry the base path; others stay.</summary>
    public string RewriteAuthored(string url)
    {
        if (url.Length == 0 || url[0] != '/' || url.StartsWith("//", StringComparison.Ordinal))
        {
            return url;
        }

        return BasePath.Length > 1 && url.StartsWith(BasePath, StringComparison.Ordinal) ? url : Href(url);
    }

    /// <summary>
    /// <paramref name="url"/> with every non-ASCII character of its path percent-encoded as UTF-8 (<c>/tags/无人机/</c> →
    /// <c>/tags/%E6%97%A0%E4%BA%BA%E6%9C%BA/</c>), for the sitemap, whose protocol asks for URLs, not IRIs. The host
    /// is left as written.
    /// </summary>
    public static string Escaped(string url)
    {
        if (System.Text.Ascii.IsValid(url))
        {
            return url;
        }

        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        var path = scheme < 0 ? 0 : url.IndexOf('/', scheme + 3);
        if (path < 0)
        {
            return url;
        }

        var builder = new System.Text.StringBuilder(url.Length * 3).Append(url, 0, path);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in url[path..].EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                builder.Append((char)rune.Value);
                continue;
            }

            var count = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..count])
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>The output file for a site path: folders get index.html.</summary>
    public static string OutputFile(string sitePath)
    {
        var relative = sitePath.TrimStart('/');
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }

    /// <summary>The site path of a paginated list's page (1-based): page 1 is the list itself.</summary>
    public static string Paged(string sitePath, int page) => page <= 1 ? sitePath : $"{sitePath}page/{page}/";
}
