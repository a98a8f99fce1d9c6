using System.Net;

namespace SiteGen.Verification;

/// <summary>The links and ids of one page.</summary>
internal sealed record PageLinks(IReadOnlyList<string> Links, IReadOnlySet<string> Ids);

/// <summary>
/// Finds <c>href</c>, <c>src</c>, <c>srcset</c> and <c>id</c> attributes in HTML that SiteGen wrote. A scanner
/// rather than a parser: it runs on every page of every build, and the output is ours, with quoted attributes.
/// </summary>
internal static class HtmlLinkScanner
{
    /// <param name="html">The page.</param>
    /// <param name="pool">Keeps one copy of each link and id across pages, which repeat them by the thousand.</param>
    public static PageLinks Scan(ReadOnlySpan<char> html, Text.StringPool pool)
    {
        var links = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var span = html;
        var position = 0;
        while (true)
        {
            var equals = span[position..].IndexOf("=\"", StringComparison.Ordinal);
            if (equals < 0)
            {
                break;
            }

            var at = position + equals;
            var valueStart = at + 2;
            var valueEnd = span[valueStart..].IndexOf('"') is var found and >= 0 ? valueStart + found : -1;
            if (valueEnd < 0)
            {
                break;
            }

            var name = AttributeName(span, at);
            if (name is "href" or "src" or "srcset" or "id")
            {
                var raw = span[valueStart..valueEnd];
                var value = raw.Contains('&') ? WebUtility.HtmlDecode(raw.ToString()).AsSpan() : raw;
                switch (name)
                {
                    case "id":
                        ids.Add(pool.Get(value));
                        break;
                    case "srcset":
                        foreach (var candidate in value.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                        {
                            links.Add(pool.Get(candidate.Split(' ', 2)[0]));
                        }

                        break;
                    default:
                        links.Add(pool.Get(value.Trim()));
                        break;
                }
            }

            position = valueEnd + 1;
        }

        return new PageLinks(links.ToArray(), ids);
    }

    private static string AttributeName(ReadOnlySpan<char> html, int equals)
    {
        var end = equals;
        var start = end;
        while (start > 0 && (char.IsAsciiLetterOrDigit(html[start - 1]) || html[start - 1] is '-' or ':'))
        {
            start--;
        }

        if (start == 0 || !char.IsWhiteSpace(html[start - 1]))
        {
            return string.Empty;
        }

        var name = html[start..end];
        return name switch
        {
            "href" => "href",
            "src" => "src",
            "srcset" => "srcset",
            "id" => "id",
            _ => string.Empty,
        };
    }
}
