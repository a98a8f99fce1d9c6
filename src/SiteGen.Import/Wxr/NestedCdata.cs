using System.Text.RegularExpressions;

namespace SiteGen.Import.Wxr;

/// <summary>
/// Repairs CDATA sections that hold "]]&gt;" (<c>&lt;wp:meta_value&gt;&lt;![CDATA[]]&gt;]]&gt;&lt;/wp:meta_value&gt;</c>):
/// an element's whole content from its <c>&lt;![CDATA[</c> to the last <c>]]&gt;</c> before its end tag is its value,
/// as WordPress's regex parser reads it, and each inner "]]&gt;" is split across two sections.
/// </summary>
internal static partial class NestedCdata
{
    /// <summary>The repaired file, how many sections were repaired and the line of the first.</summary>
    /// <param name="Text">The repaired file.</param>
    /// <param name="Count">How many sections held "]]&gt;".</param>
    /// <param name="FirstLine">The line of the first.</param>
    /// <param name="Insertions">Where in the original text each inner "]]&gt;" had <see cref="Inserted"/> put after its "]]".</param>
    public sealed record Repaired(string Text, int Count, int FirstLine, IReadOnlyList<int> Insertions)
    {
        /// <summary>Where <paramref name="index"/> of <see cref="Text"/> was in the text as the user has it.</summary>
        public int Original(int index)
        {
            var shift = 0;
            foreach (var at in Insertions)
            {
                if (index < at + shift)
                {
                    break;
                }

                // Within an insertion, the position is the "]]" it was put after.
                shift += Inserted.Length;
                if (index < at + shift)
                {
                    return at - 1;
                }
            }

            return index - shift;
        }
    }

    /// <summary>What each inner "]]&gt;" gets between its "]]" and its "&gt;".</summary>
    private const string Inserted = "]]><![CDATA[";

    /// <summary>The repaired file, or null when no section needed it.</summary>
    public static Repaired? Repair(string text)
    {
        var count = 0;
        var first = -1;
        var insertions = new List<int>();
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
            var start = match.Groups["value"].Index;
            for (var inner = value.IndexOf("]]>", StringComparison.Ordinal); inner >= 0; inner = value.IndexOf("]]>", inner + 3, StringComparison.Ordinal))
            {
                insertions.Add(start + inner + 2);
            }

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
        return new Repaired(repaired, count, line, insertions);
    }

    [GeneratedRegex(@"(?<open><(?<name>[A-Za-z_][\w.:-]*)(?:\s[^<>]*)?>)<!\[CDATA\[(?<value>(?:(?!</\k<name>>).)*?)\]\]></\k<name>>", RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex Section();
}
