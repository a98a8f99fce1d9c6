using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace SiteGen.Text;

/// <summary>Removes diacritics from Latin letters (ŭ → u, ł → l, ß → ss) for slugs and matching.</summary>
internal static class LatinFolding
{
    // The ASCII letter or digit left of each character once decomposed (NFKD) and stripped of its marks, '-' for
    // none, for U+00A0 to U+024F and U+1E00 to U+1EFF. A table, not string.Normalize: under invariant globalization
    // (DOTNET_SYSTEM_GLOBALIZATION_INVARIANT, which container images often set) Normalize leaves every non-ASCII
    // character as it is, and a slug must not depend on the host. SlugFoldingTests checks every entry against
    // Normalize where ICU is present.
    private static readonly string LatinExtended =
        " ------- -a---- --23 --- 1o-----AAAAAA-CEEEEIIII-NOOOOO--UUUUY--"
        + "aaaaaa-ceeeeiiii-nooooo--uuuuy-yAaAaAaCcCcCcCcDd--EeEeEeEeEeGgGg"
        + "GgGgHh--IiIiIiIiI---JjKk-LlLlLlLl--NnNnNnn--OoOoOo--RrRrRrSsSsSs"
        + "SsTtTt--UuUuUuUuUuUuWwYyYZzZzZzs--------------------------------"
        + "Oo-------------Uu----------------------------AaIiOoUuUuUuUuUu-Aa"
        + "Aa----GgKkOoOo--j---Gg--NnAa----AaAaEeEeIiIiOoOoRrRrUuUuSsTt--Hh"
        + "------AaEeOoOoOoOoYy----------------------------";

    private static readonly string LatinExtendedAdditional =
        "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMm"
        + "MmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVv"
        + "WwWwWwWwWwXxXxYyZzZzZzhtwyas----AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEe"
        + "EeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy------";

    private static readonly FrozenDictionary<char, string> Multiple = new Dictionary<char, string>
    {
        ['\u00BC'] = "14",
        ['\u00BD'] = "12",
        ['\u00BE'] = "34",
        ['\u0132'] = "IJ",
        ['\u0133'] = "ij",
        ['\u01C4'] = "DZ",
        ['\u01C5'] = "Dz",
        ['\u01C6'] = "dz",
        ['\u01C7'] = "LJ",
        ['\u01C8'] = "Lj",
        ['\u01C9'] = "lj",
        ['\u01CA'] = "NJ",
        ['\u01CB'] = "Nj",
        ['\u01CC'] = "nj",
        ['\u01F1'] = "DZ",
        ['\u01F2'] = "Dz",
        ['\u01F3'] = "dz",
        ['\uFB00'] = "ff",
        ['\uFB01'] = "fi",
        ['\uFB02'] = "fl",
        ['\uFB03'] = "ffi",
        ['\uFB04'] = "ffl",
        ['\uFB05'] = "st",
        ['\uFB06'] = "st",
    }.ToFrozenDictionary();

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

        if (Multiple.TryGetValue(ch, out var letters))
        {
            return letters;
        }

        if (ch is >= '\uFF01' and <= '\uFF5E')
        {
            return ((char)(ch - 0xFEE0)).ToString(); // fullwidth ASCII
        }

        var single = ch switch
        {
            >= '\u00A0' and < '\u0250' => LatinExtended[ch - 0xA0],
            >= '\u1E00' and < '\u1F00' => LatinExtendedAdditional[ch - 0x1E00],
            _ => '-',
        };
        return single == '-' ? string.Empty : single.ToString();
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
