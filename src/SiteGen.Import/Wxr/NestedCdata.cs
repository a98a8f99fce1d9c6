using System.Text.RegularExpressions;

namespace SiteGen.Import.Wxr;

/// <summary>
/// Repairs CDATA sections that hold "]]&gt;" (<c>&lt;wp:meta_value&gt;&lt;![CDATA[]]&gt;]]&gt;&lt;/wp:meta_value&gt;</c>):
/// an element's whole content from its <c>&lt;![CDATA[</c> to the last <c>]]&gt;</c> before its end tag is its value,
/// as WordPress's regex parser reads it, and each inner "]]&gt;" is split across two sections.
/// </summary>
internal static partial class NestedCdata
{
    public sealed record Repaired(string Text, int Count, int FirstLine);

    /// <summary>The repaired file, or null when no section needed it.</summary>
    public static Repaired? Repair(string text)
    {
        var count = 0;
        var first = -1;
        string repaired;
        try
        {
            repaired = Section().Replace(text, match =>
        {
            var value = match.Groups["value"].Value;
            if (!value.Contains("]]>", StringComparison.Ordinal))
            {
                return match.Value;
            }

            count++;
            first = first < 0 ? match.Index : first;
            return $"{match.Groups["open"].Value}<![CDATA[{value.Replace("]]>", "]]]]><![CDATA[>", StringComparison.Ordinal)}]]></{match.Groups["name"].Value}>";
        });
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        if (count == 0)
        {
            return null;
        }

        var line = 1 + text.AsSpan(0, first).Count('\n');
        return new Repaired(repaired, count, line);
    }

    [GeneratedRegex(@"(?<open><(?<name>[A-Za-z_][\w.:-]*)(?:\s[^<>]*)?>)<!\[CDATA\[(?<value>(?:(?!</\k<name>>).)*?)\]\]></\k<name>>", RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex Section();
}
