using System.Globalization;
using System.Text;

namespace SiteGen.Text;

/// <summary>Removes diacritics from Latin letters (ŭ → u, ł → l, ß → ss) for slugs and matching.</summary>
public static class LatinFolding
{
    public static string Fold(char ch)
    {
        switch (ch)
        {
            case 'ł': return "l";
            case 'Ł': return "L";
            case 'ø': return "o";
            case 'Ø': return "O";
            case 'đ': return "d";
            case 'Đ': return "D";
            case 'ß': return "ss";
            case 'æ': return "ae";
            case 'œ': return "oe";
            case 'þ': return "th";
            case 'ı': return "i";
        }

        if (ch < 0x80)
        {
            return ch.ToString();
        }

        var decomposed = ch.ToString().Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (c < 0x80)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Folds every letter of <paramref name="text"/> and lower-cases it: the key for case- and accent-blind matching.</summary>
    public static string MatchKey(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormC))
        {
            var lower = char.ToLowerInvariant(ch);
            if (lower < 0x80)
            {
                builder.Append(lower);
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(lower);
            if (lower is '’' or 'ʼ' or '‘')
            {
                builder.Append('\'');
            }
            else if (lower is >= '\u0400' and <= '\u04FF')
            {
                builder.Append(lower);
            }
            else if (category is UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            else
            {
                var folded = Fold(lower);
                builder.Append(folded.Length > 0 ? folded.ToLowerInvariant() : lower.ToString());
            }
        }

        return string.Join(' ', builder.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
