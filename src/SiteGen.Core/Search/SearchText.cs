using SiteGen.Text;

namespace SiteGen.Search;

/// <summary>
/// How search sees text: lower case, Latin diacritics folded, Cyrillic transliterated, split into words;
/// one-letter words, a possessive "s" and a few English stop words dropped. An apostrophe inside a Cyrillic word
/// (Куп’янськ) is dropped as the transliteration drops it, so the word stays one (<c>kupiansk</c>); combining marks
/// do not split a word: Arabic and Hebrew vowel points and other non-spacing marks are dropped (يُتوقع is found by
/// يتوقع), vowel signs that take space (Devanagari) are kept. Chinese, Japanese, Thai, Lao, Khmer and Myanmar,
/// written without spaces between words, are cut into overlapping pairs of characters (乌克兰军队 → 乌克, 克兰, 兰军,
/// 军队), as Lucene's CJK analyser does, so that a word is found wherever it stands without a dictionary to cut it
/// out; a character standing alone is a word of its own, and a non-spacing mark (a Thai tone mark) is dropped
/// without ending the run.
/// <c>themes/default/assets/site.js</c> does the same in the browser; the two must agree.
/// </summary>
internal static class SearchText
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "he", "her", "his", "in", "is",
        "it", "its", "of", "on", "or", "that", "the", "their", "this", "to", "was", "were", "which", "with", "will",
    };

    // char.ToLowerInvariant asks ICU for every non-ASCII character, which made lower-casing most of the cost of
    // indexing; the Latin, Greek and Cyrillic blocks are looked up once instead.
    internal static readonly char[] LowerCase = LowerCaseTable();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // Most words are longer than any stop word, and need no lookup.
    private static readonly int LongestStopWord = StopWords.Max(w => w.Length);

    /// <summary>U+0000 to U+1FFF lower-cased as <see cref="char.ToLowerInvariant"/> does each.</summary>
    /// <remarks>
    /// Lower-cased as one span, which is one call into ICU where a character at a time made 8,000 at every build's
    /// start (the same mapping, a code point at a time: the block holds no surrogates).
    /// </remarks>
    private static char[] LowerCaseTable()
    {
        var block = new char[0x2000];
        for (var c = 0; c < block.Length; c++)
        {
            block[c] = (char)c;
        }

        var lower = new char[block.Length];
        ((ReadOnlySpan<char>)block).ToLowerInvariant(lower);
        return lower;
    }

    public static IEnumerable<string> Tokens(string text)
    {
        var tokens = new List<string>();
        ForEachToken(text, token => tokens.Add(token.ToString()));
        return tokens;
    }

    /// <summary>Calls <paramref name="visit"/> with each token as a span of a reused buffer (copy it to keep it).</summary>
    public static void ForEachToken(ReadOnlySpan<char> text, TokenVisitor visit)
    {
        Span<char> buffer = stackalloc char[64];
        Span<char> pair = stackalloc char[2];
        var length = 0;
        var overflow = false;
        var run = 0;
        var runLast = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (IsUnspaced(ch))
            {
                Flush(buffer, ref length, ref overflow, visit);
                if (run++ > 0)
                {
                    (pair[0], pair[1]) = (runLast, ch);
                    visit(pair);
                }

                runLast = ch;
                continue;
            }

            if (run > 0)
            {
                // A vowel or tone mark above or below a Thai letter is dropped as everywhere, and does not end the run.
                if (char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }

                EndRun(runLast, ref run, visit);
            }

            if (WordApostrophe.IsApostrophe(ch))
            {
                if (!WordApostrophe.IsInWord(text, i))
                {
                    Flush(buffer, ref length, ref overflow, visit);
                }

                continue;
            }

            if (ch < 0x80)
            {
                if (ch is >= 'a' and <= 'z' or >= '0' and <= '9')
                {
                    Append(buffer, ref length, ref overflow, ch);
                    continue;
                }

                if (ch is >= 'A' and <= 'Z')
                {
                    Append(buffer, ref length, ref overflow, (char)(ch | 0x20));
                    continue;
                }

                Flush(buffer, ref length, ref overflow, visit);
                continue;
            }

            if (!char.IsLetterOrDigit(ch))
            {
                var category = char.GetUnicodeCategory(ch);
                if (category == System.Globalization.UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }

                if (category != System.Globalization.UnicodeCategory.SpacingCombiningMark)
                {
                    Flush(buffer, ref length, ref overflow, visit);
                    continue;
                }
            }

            var lower = ch < LowerCase.Length ? LowerCase[ch] : char.ToLowerInvariant(ch);
            if (Transliteration.TryGet(lower, out var latin))
            {
                foreach (var c in latin)
                {
                    Append(buffer, ref length, ref overflow, c);
                }

                continue;
            }

            var folded = LatinFolding.Fold(lower);
            if (folded.Length == 0)
            {
                Append(buffer, ref length, ref overflow, lower);
                continue;
            }

            foreach (var c in folded)
            {
                Append(buffer, ref length, ref overflow, char.ToLowerInvariant(c));
            }
        }

        Flush(buffer, ref length, ref overflow, visit);
        if (run > 0)
        {
            EndRun(runLast, ref run, visit);
        }
    }

    /// <summary>
    /// A letter (or a vowel sign that takes space) of a script written without spaces between words, which search
    /// cuts into pairs: Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar.
    /// </summary>
    internal static bool IsUnspaced(char ch) =>
        ch >= '\u0E00' && (ch <= '\u0EFF' || ch is >= '\u1000' and <= '\u109F' or >= '\u1780' and <= '\u17FF' or >= '\u19E0' and <= '\u19FF' or >= '\uA9E0' and <= '\uA9FF' or >= '\uAA60' and <= '\uAA7F'
            ? char.IsLetter(ch) || char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.SpacingCombiningMark
            : ch is >= '\u3040' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' && char.IsLetter(ch));

    /// <summary>Ends a run of an unspaced script: a run of one character is that character, a longer one has given its pairs.</summary>
    private static void EndRun(char last, ref int run, TokenVisitor visit)
    {
        if (run == 1)
        {
            visit([last]);
        }

        run = 0;
    }

    /// <summary>The token a dispatch of that local day is found by (<c>d20250624</c>): what "24 June 2025" becomes in a query.</summary>
    public static string DayToken(DateTime local) => "d" + local.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The token a dispatch of that month is found by (<c>m202506</c>): what "June 2025" becomes in a query.</summary>
    public static string MonthToken(DateTime local) => "m" + local.ToString("yyyyMM", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// A token with the differences between transliterations taken out: y and j read as i, w as v, doubled letters
    /// once (Zelenskyy, Zelensky and Zelenskiy all give <c>zelenski</c>; Syrskyi and Сирський give <c>sirski</c>).
    /// </summary>
    public static string Fold(string token)
    {
        var folded = new System.Text.StringBuilder(token.Length);
        foreach (var ch in token)
        {
            var c = ch switch { 'y' or 'j' => 'i', 'w' => 'v', _ => ch };
            if (folded.Length == 0 || folded[^1] != c)
            {
                folded.Append(c);
            }
        }

        return folded.ToString();
    }

    /// <summary>
    /// The vocabulary file a word is listed in: the first <paramref name="length"/> letters of its <see cref="Fold"/>,
    /// a-z or '_' past its end or for another letter; a word that begins with a letter past a-z, each letter as
    /// <c>u</c> and its code point in four hex digits (<c>u0627u0644</c>), and a pair of an unspaced script by its
    /// first letter alone (<c>u4e4c</c>).
    /// </summary>
    /// <remarks>
    /// Names in lower-case ASCII, safe on every file system and web host. A word holds no surrogates (the tokenizer
    /// ends a word at one), so four hex digits name any of its letters.
    /// </remarks>
    public static string VocabularyShard(string token, int length)
    {
        var folded = Fold(token);
        if (folded.Length > 0 && folded[0] is not (>= 'a' and <= 'z'))
        {
            var letters = IsUnspaced(folded[0]) ? 1 : Math.Min(length, folded.Length);
            var name = new System.Text.StringBuilder(10);
            for (var i = 0; i < letters; i++)
            {
                if (folded[i] is >= 'a' and <= 'z')
                {
                    name.Append(folded[i]);
                }
                else
                {
                    name.Append('u').Append(((int)folded[i]).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            return name.ToString();
        }

        var shard = new char[length];
        for (var i = 0; i < length; i++)
        {
            shard[i] = i < folded.Length && folded[i] is >= 'a' and <= 'z' ? folded[i] : '_';
        }

        return new string(shard);
    }

    /// <summary>FNV-1a over the token's UTF-16 code units: the bucket a token's postings live in.</summary>
    public static uint Hash(string token)
    {
        var hash = 2166136261u;
        foreach (var ch in token)
        {
            hash ^= ch;
            hash *= 16777619u;
        }

        return hash;
    }

    public delegate void TokenVisitor(ReadOnlySpan<char> token);

    private static void Append(Span<char> buffer, ref int length, ref bool overflow, char ch)
    {
        if (length < buffer.Length)
        {
            buffer[length++] = ch;
        }
        else
        {
            overflow = true;
        }
    }

    private static void Flush(Span<char> buffer, ref int length, ref bool overflow, TokenVisitor visit)
    {
        // Words longer than the buffer (URLs, hashes) are not worth indexing.
        if (length > 0 && !overflow)
        {
            var token = buffer[..length];
            var keep = (length >= 2 || char.IsAsciiDigit(token[0])) && (length > LongestStopWord || !StopLookup.Contains(token));
            if (keep)
            {
                visit(token);
            }
        }

        length = 0;
        overflow = false;
    }
}
