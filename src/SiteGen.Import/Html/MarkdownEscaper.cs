using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Import.Html;

/// <summary>Makes plain text safe to place in Markdown: it renders as the same text, never as markup or HTML.</summary>
/// <remarks>
/// Escapes as little as possible so that imported files stay readable: only characters that would start emphasis,
/// code, links, raw HTML or an entity anywhere, and at the start of a line only what would open a block (heading,
/// quote, list, fence, figure, table or thematic break).
/// </remarks>
internal static partial class MarkdownEscaper
{
    private static readonly SearchValues<char> Special = SearchValues.Create("\\`*[]<_&");

    /// <summary>Escapes running text; each line of it is taken to start a Markdown line.</summary>
    public static string Escape(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = EscapeLineStart(EscapeInline(lines[i]));
        }

        return string.Join('\n', lines);
    }

    /// <summary>Escapes text that will sit inside a line (after other inline content, or in a table cell).</summary>
    public static string EscapeInline(string text)
    {
        var first = text.AsSpan().IndexOfAny(Special);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var ch = text[i];
            switch (ch)
            {
                case '\\' or '`' or '*' or '[' or ']' or '<':
                    builder.Append('\\').Append(ch);
                    break;
                case '_':
                    // An underscore inside a word never makes emphasis (snake_case stays readable).
                    var inWord = i > 0 && char.IsLetterOrDigit(text[i - 1]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
                    builder.Append(inWord ? "_" : "\\_");
                    break;
                case '&' when EntityAhead().IsMatch(text.AsSpan(i)):
                    builder.Append("\\&");
                    break;
                default:
                    builder.Append(ch);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Escapes what would make a line a block other than a paragraph line.</summary>
    public static string EscapeLineStart(string line)
    {
        var trimmed = line.TrimStart(' ', '\t');
        if (trimmed.Length == 0)
        {
            return trimmed;
        }

        if (BlockStart().IsMatch(trimmed))
        {
            return "\\" + trimmed;
        }

        var ordered = OrderedMarker().Match(trimmed);
        return ordered.Success ? trimmed[..ordered.Groups[1].Length] + "\\" + trimmed[ordered.Groups[1].Length..] : trimmed;
    }

    /// <summary>Escapes a table cell's text: also the pipe that would end the cell.</summary>
    public static string EscapeCell(string text) => EscapeInline(text).Replace("|", "\\|", StringComparison.Ordinal);

    [GeneratedRegex(@"^&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{0,31});")]
    private static partial Regex EntityAhead();

    // '#' headings, '>' quotes, '-+*' bullets, breaks (three or more of one character: "**--" opens strong emphasis),
    // '=' and '-' setext lines, '~' and '^' fences, '+' grid tables, '|' tables.
    [GeneratedRegex(@"^(?:#{1,6}(?:\s|$)|>|[-+*](?:\s|$)|([-*_])(?:[ \t]*\1){2,}\s*$|=+\s*$|-+\s*$|~~~|\^\^\^|\+[-=]|\|)")]
    private static partial Regex BlockStart();

    [GeneratedRegex(@"^(\d{1,9})[.)](?:\s|$)")]
    private static partial Regex OrderedMarker();
}
