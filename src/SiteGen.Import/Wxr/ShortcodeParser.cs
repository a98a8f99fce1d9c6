using System.Text;

namespace SiteGen.Import.Wxr;

/// <summary>Finds shortcodes of known names in post content, the way WordPress reads them.</summary>
/// <remarks>
/// Only names in the given set count: "[sic]", "[1]" or "[Editor's note: ...]" are the author's text and stay.
/// A doubled bracket (<c>[[gallery]]</c>) is WordPress's escape for the literal text <c>[gallery]</c>.
/// </remarks>
internal static class ShortcodeParser
{
    /// <summary>Replaces every known shortcode with what <paramref name="replace"/> returns for it.</summary>
    public static string Replace(string content, IReadOnlySet<string> names, Func<Shortcode, string> replace)
    {
        var output = new StringBuilder(content.Length);
        var position = 0;
        while (position < content.Length)
        {
            var open = content.IndexOf('[', position);
            if (open < 0)
            {
                break;
            }

            output.Append(content, position, open - position);
            var shortcode = TryParse(content, open, names);
            if (shortcode is null)
            {
                output.Append('[');
                position = open + 1;
                continue;
            }

            var escaped = open > 0 && content[open - 1] == '[' && shortcode.Start + shortcode.Length < content.Length && content[shortcode.Start + shortcode.Length] == ']';
            if (escaped)
            {
                // "[[gallery]]": drop the doubled brackets, keep the text.
                output.Length--;
                output.Append(content, open, shortcode.Length);
                position = open + shortcode.Length + 1;
                continue;
            }

            output.Append(replace(shortcode));
            position = open + shortcode.Length;
        }

        if (position < content.Length)
        {
            output.Append(content, position, content.Length - position);
        }

        return output.ToString();
    }

    private static Shortcode? TryParse(string content, int open, IReadOnlySet<string> names)
    {
        var nameEnd = open + 1;
        while (nameEnd < content.Length && (char.IsLetterOrDigit(content[nameEnd]) || content[nameEnd] is '_' or '-' or '.'))
        {
            nameEnd++;
        }

        var name = content[(open + 1)..nameEnd];
        if (name.Length == 0 || !names.Contains(name.ToLowerInvariant()) || nameEnd >= content.Length || content[nameEnd] is not (' ' or ']' or '=' or '/' or '\t' or '\n'))
        {
            return null;
        }

        var close = FindTagEnd(content, nameEnd);
        if (close < 0)
        {
            return null;
        }

        var selfClosing = content[close - 1] == '/';
        var attributes = ParseAttributes(content[nameEnd..(selfClosing ? close - 1 : close)]);
        var end = close + 1;
        string? inner = null;
        if (!selfClosing)
        {
            var closing = $"[/{name}]";
            var closeTag = content.IndexOf(closing, end, StringComparison.OrdinalIgnoreCase);
            var nextOpen = content.IndexOf($"[{name}", end, StringComparison.OrdinalIgnoreCase);
            if (closeTag >= 0 && (nextOpen < 0 || nextOpen > closeTag))
            {
                inner = content[end..closeTag];
                end = closeTag + closing.Length;
            }
        }

        return new Shortcode(name.ToLowerInvariant(), attributes, inner, open, end - open) { Text = content[open..end] };
    }

    /// <summary>The ']' that ends the opening tag, skipping quoted values; -1 when there is none on this side of the next '['.</summary>
    private static int FindTagEnd(string content, int from)
    {
        char? quote = null;
        for (var i = from; i < content.Length; i++)
        {
            var ch = content[i];
            if (quote is not null)
            {
                if (ch == quote)
                {
                    quote = null;
                }

                continue;
            }

            switch (ch)
            {
                case '"' or '\'' or '“' or '”' or '″':
                    quote = ch is '“' ? '”' : ch;
                    break;
                case ']':
                    return i;
                case '[':
                    return -1;
            }
        }

        return -1;
    }

    private static Dictionary<string, string> ParseAttributes(string text)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var position = 0;
        var positional = 0;
        if (text.StartsWith('='))
        {
            // [youtube=https://...]: WordPress.com's form for one unnamed value.
            attributes["0"] = Unquote(text[1..].Trim());
            return attributes;
        }

        while (position < text.Length)
        {
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            if (position >= text.Length)
            {
                break;
            }

            var start = position;
            while (position < text.Length && !char.IsWhiteSpace(text[position]) && text[position] != '=')
            {
                position++;
            }

            var word = text[start..position];
            // An attribute's name is a word ([\w-]+ to WordPress): "https://youtube.com/watch?v=..." is one unnamed value.
            if (position < text.Length && text[position] == '=' && word.Length > 0 && word.All(c => char.IsLetterOrDigit(c) || c is '_' or '-'))
            {
                position++;
                var value = ReadValue(text, ref position);
                attributes[word] = value;
            }
            else
            {
                position = start;
                attributes[(positional++).ToString(System.Globalization.CultureInfo.InvariantCulture)] = ReadValue(text, ref position);
            }
        }

        return attributes;
    }

    private static string ReadValue(string text, ref int position)
    {
        if (position < text.Length && text[position] is '"' or '\'' or '“' or '”' or '″')
        {
            var quote = text[position] is '“' ? '”' : text[position];
            var end = text.IndexOf(quote, position + 1);
            end = end < 0 ? text.Length : end;
            var value = text[(position + 1)..end];
            position = Math.Min(text.Length, end + 1);
            return value;
        }

        var start = position;
        while (position < text.Length && !char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return text[start..position];
    }

    private static string Unquote(string value) => value.Trim('"', '\'', '“', '”');
}
