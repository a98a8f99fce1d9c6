using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Import.Html;

/// <summary>Decides which URLs an imported link or image may keep: web and mail links and relative paths only.</summary>
internal static partial class SafeUrl
{
    // What browsers skip inside a scheme: white space, control characters (C0, DEL, C1) and the no-break space.
    private static readonly SearchValues<char> Invisible = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x21).Concat(Enumerable.Range(0x7F, 0x22)).Select(c => (char)c)));

    // What would end or break a Markdown link destination.
    private static readonly SearchValues<char> Encoded = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x21).Select(c => (char)c)) + "()<>\"\\`\u007F\u00A0");

    /// <summary>The URL ready for a Markdown link destination, or null when it must not survive (javascript:, data:, vbscript:, ...).</summary>
    /// <remarks>
    /// Browsers ignore whitespace and control characters inside a scheme ("java&#9;script:"), so they are removed
    /// before the scheme is read. <c>mailto:</c> is kept for links, never for images.
    /// </remarks>
    public static string? Clean(string? url, bool forImage = false)
    {
        if (url is null)
        {
            return null;
        }

        var compact = url.AsSpan().IndexOfAny(Invisible) < 0 ? url : new string(url.Where(c => !Invisible.Contains(c)).ToArray());
        if (compact.Length == 0)
        {
            return null;
        }

        var scheme = Scheme().Match(compact);
        if (scheme.Success)
        {
            var name = scheme.Groups[1].Value.ToLowerInvariant();
            if (!(name is "http" or "https" || (name == "mailto" && !forImage)))
            {
                return null;
            }
        }
        else if (compact.Contains(':', StringComparison.Ordinal) && compact.IndexOf(':', StringComparison.Ordinal) < FirstOf(compact, '/', '?', '#'))
        {
            // Something like "javascript :alert(1)" that no parser would call relative.
            return null;
        }

        return Encode(url.Trim());
    }

    /// <summary>Whether <paramref name="text"/> is one absolute web URL and nothing else (a bare embed line).</summary>
    public static bool IsBareWebUrl(string text) => BareWebUrl().IsMatch(text);

    private static int FirstOf(string text, params char[] chars)
    {
        var index = text.IndexOfAny(chars);
        return index < 0 ? int.MaxValue : index;
    }

    /// <summary>Percent-encodes what would end or break a Markdown link destination: spaces, parentheses, angle brackets, controls.</summary>
    private static string Encode(string url)
    {
        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            url = "https:" + url;
        }

        if (url.AsSpan().IndexOfAny(Encoded) < 0)
        {
            return url;
        }

        var builder = new StringBuilder(url.Length);
        foreach (var ch in url)
        {
            if (ch <= ' ' || ch is '(' or ')' or '<' or '>' or '"' or '\\' or '`' or '\u007F' or '\u00A0')
            {
                foreach (var b in Encoding.UTF8.GetBytes(ch.ToString()))
                {
                    builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }
            else
            {
                builder.Append(ch);
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9+.-]*):")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"^https?://[^\s<>""]+$")]
    private static partial Regex BareWebUrl();
}
