using System.Text.RegularExpressions;
using SiteGen.Urls;

namespace SiteGen.Markdown;

/// <summary>
/// Gives root-relative URLs in an author's raw HTML (<c>&lt;img src="/images/a.png"&gt;</c>, <c>href</c>,
/// <c>srcset</c>, ...) the base path, as Markdown links get it, so a site under <c>/briefings/</c> works the same.
/// </summary>
internal static partial class RawHtmlUrls
{
    /// <param name="html">The raw HTML.</param>
    /// <param name="urls">The site's URLs.</param>
    /// <param name="found">Told each URL attribute's value as it reaches the page, with its index in <paramref name="html"/>.</param>
    public static string Rewrite(string html, UrlBuilder urls, Action<string, int>? found = null)
    {
        if ((urls.BasePath == "/" && found is null) || !html.Contains('=', StringComparison.Ordinal))
        {
            return html;
        }

        return Attribute().Replace(html, match =>
        {
            var value = match.Groups["value"];
            if (found is not null && !match.Groups["name"].Value.Equals("srcset", StringComparison.OrdinalIgnoreCase))
            {
                found(urls.RewriteAuthored(value.Value), value.Index);
            }

            var rewritten = match.Groups["name"].Value.Equals("srcset", StringComparison.OrdinalIgnoreCase)
                ? RewriteSrcset(value.Value, urls)
                : urls.RewriteAuthored(value.Value);
            return rewritten == value.Value
                ? match.Value
                : string.Concat(match.Value.AsSpan(0, value.Index - match.Index), rewritten, match.Value.AsSpan(value.Index - match.Index + value.Length));
        });
    }

    /// <summary>Each candidate of a srcset is a URL and an optional descriptor, separated by commas.</summary>
    private static string RewriteSrcset(string srcset, UrlBuilder urls) =>
        string.Join(", ", srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(candidate =>
        {
            var space = candidate.IndexOfAny([' ', '\t', '\n']);
            return space < 0 ? urls.RewriteAuthored(candidate) : urls.RewriteAuthored(candidate[..space]) + candidate[space..];
        }));

    [GeneratedRegex("""(?<=<[a-zA-Z][^<>]*?\s)(?<name>href|src|srcset|poster|action|data|formaction)\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<value>[^\s"'=<>`]+))""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();
}
