using System.Text;
using SiteGen.Text;

namespace SiteGen.Search;

/// <summary>
/// How search sees text: lower case, Latin diacritics folded, Cyrillic transliterated, split into words.
/// <c>themes/default/assets/site.js</c> does the same in the browser; the two must agree.
/// </summary>
public static class SearchText
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "he", "her", "his", "in", "is",
        "it", "its", "of", "on", "or", "that", "the", "their", "this", "to", "was", "were", "which", "with", "will",
    };

    public static IEnumerable<string> Tokens(string text)
    {
        var word = new StringBuilder(24);
        foreach (var ch in text)
        {
            var lower = char.ToLowerInvariant(ch);
            if (char.IsLetterOrDigit(lower))
            {
                if (Transliteration.TryGet(lower, out var latin))
                {
                    word.Append(latin);
                }
                else if (lower < 0x80)
                {
                    word.Append(lower);
                }
                else
                {
                    var folded = LatinFolding.Fold(lower);
                    word.Append(folded.Length > 0 ? folded.ToLowerInvariant() : lower.ToString());
                }
            }
            else if (ch is '\'' or '’' && word.Length > 0)
            {
                // Apostrophes join (Lukashenko's -> lukashenkos is not wanted): end the word and skip the 's.
                Flush(word, out var token);
                if (token is not null)
                {
                    yield return token;
                }
            }
            else if (word.Length > 0)
            {
                Flush(word, out var token);
                if (token is not null)
                {
                    yield return token;
                }
            }
        }

        if (word.Length > 0)
        {
            Flush(word, out var token);
            if (token is not null)
            {
                yield return token;
            }
        }
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

    private static void Flush(StringBuilder word, out string? token)
    {
        var text = word.ToString();
        word.Clear();
        token = (text.Length < 2 && !char.IsDigit(text[0])) || StopWords.Contains(text) ? null : text;
    }
}
