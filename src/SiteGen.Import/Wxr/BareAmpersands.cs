using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Import.Wxr;

/// <summary>
/// Escapes the ampersands of an export that start no entity (a title's <c>Q&amp;A</c> or a URL's <c>?a=1&amp;b=2</c>
/// written bare outside CDATA, which XML forbids): exporters other than WordPress's (Squarespace's, hand-edited files)
/// write them, and WordPress's own importer, which falls back on a regex parser, reads such files. Text inside CDATA
/// sections and comments, where an ampersand is only a character, is left alone.
/// </summary>
internal static partial class BareAmpersands
{
    /// <summary>The repaired text and where the first ampersand was, or null when there was none to escape.</summary>
    public static (string Text, int Count, int FirstLine, int FirstColumn)? Repair(string text)
    {
        var result = new StringBuilder(text.Length + 64);
        int count = 0, firstLine = 0, firstColumn = 0, position = 0;
        foreach (Match quoted in Quoted().Matches(text))
        {
            Escape(text, position, quoted.Index);
            result.Append(text, quoted.Index, quoted.Length);
            position = quoted.Index + quoted.Length;
        }

        Escape(text, position, text.Length);
        return count == 0 ? null : (result.ToString(), count, firstLine, firstColumn);

        void Escape(string source, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                result.Append(source[i]);
                if (source[i] != '&' || Entity().IsMatch(source.AsSpan(i, Math.Min(end - i, 40))))
                {
                    continue;
                }

                result.Append("amp;");
                if (count++ == 0)
                {
                    var before = source.AsSpan(0, i);
                    firstLine = 1 + before.Count('\n');
                    firstColumn = i - before.LastIndexOf('\n');
                }
            }
        }
    }

    [GeneratedRegex(@"<!\[CDATA\[.*?\]\]>|<!--.*?-->", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^&(?:[A-Za-z_][\w.-]*|#[0-9]+|#x[0-9A-Fa-f]+);", RegexOptions.CultureInvariant)]
    private static partial Regex Entity();
}
