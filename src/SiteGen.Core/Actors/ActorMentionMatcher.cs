using System.Buffers;
using System.Collections.Frozen;
using SiteGen.Content;
using SiteGen.Text;

namespace SiteGen.Actors;

/// <summary>Finds whole-word mentions of any registered actor's name or alias in running text.</summary>
/// <remarks>
/// Forms are indexed by their first word; at each word start the candidates for that word are tried longest
/// first, so "Kastuś Kalinoŭski Battalion" wins over a shorter alias. Matching is case-sensitive (names are
/// proper nouns: "Belarus" but not "belarus"); possessives such as "Putin's" and "Putin’s" match because the
/// apostrophe ends the word. An apostrophe inside a Cyrillic word does not end it (Бар is not found in Бар’єр), and
/// is one sign however it is typed: an alias Куп’янськ finds Купʼянськ and Куп'янськ too. Scripts written without
/// spaces between words (Chinese, Japanese, Thai, ...) have a word boundary at every character, so 乌克兰 is found in
/// 乌克兰军队. A word lookup per word start keeps this linear in the text, whatever the registry's size.
/// </remarks>
public sealed class ActorMentionMatcher
{
    private readonly FrozenDictionary<string, (string Form, Actor Actor)[]> _byFirstWord;
    private readonly FrozenDictionary<string, (string Form, Actor Actor)[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // Most of running text is words that start with a character no form starts with (lower case, for one): a
    // vectorised search for the characters forms start with passes over them without looking at each word.
    private readonly SearchValues<char> _formStarts;

    public ActorMentionMatcher(ActorRegistry registry)
    {
        var forms = new Dictionary<string, Actor>(StringComparer.Ordinal);
        foreach (var actor in registry.Actors)
        {
            foreach (var form in actor.Names)
            {
                var trimmed = form.Trim();
                if (trimmed.Length >= 2 && IsWordChar(trimmed, 0))
                {
                    foreach (var spelling in ApostropheSpellings(trimmed))
                    {
                        forms.TryAdd(spelling, actor);
                    }
                }
            }
        }

        _byFirstWord = forms
            .GroupBy(f => FirstWord(f.Key), StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.OrderByDescending(f => f.Key.Length).ThenBy(f => f.Key, StringComparer.Ordinal).Select(f => (f.Key, f.Value)).ToArray(),
                StringComparer.Ordinal);
        _lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _formStarts = SearchValues.Create(_byFirstWord.Keys.Select(word => word[0]).Distinct().Order().ToArray());
    }

    public bool IsEmpty => _byFirstWord.Count == 0;

    /// <summary>Every mention in <paramref name="text"/>, left to right, not overlapping.</summary>
    public IReadOnlyList<(int Index, int Length, Actor Actor)> Find(ReadOnlySpan<char> text)
    {
        var found = new List<(int, int, Actor)>();
        Find(text, found);
        return found;
    }

    /// <summary>Adds every mention in <paramref name="text"/> to <paramref name="found"/>, left to right, not overlapping.</summary>
    public void Find(ReadOnlySpan<char> text, List<(int Index, int Length, Actor Actor)> found)
    {
        var i = 0;
        while (i < text.Length)
        {
            var next = text[i..].IndexOfAny(_formStarts);
            if (next < 0)
            {
                break;
            }

            i += next;
            if (!IsBoundary(text, i))
            {
                // Inside a word: a mention starts only where a word does.
                i++;
                continue;
            }

            var end = WordEnd(text, i);
            var matched = 0;
            if (_lookup.TryGetValue(text[i..end], out var candidates))
            {
                foreach (var (form, actor) in candidates)
                {
                    var after = i + form.Length;
                    if (text[i..].StartsWith(form, StringComparison.Ordinal) && IsBoundary(text, after))
                    {
                        found.Add((i, form.Length, actor));
                        matched = form.Length;
                        break;
                    }
                }
            }

            i = matched > 0 ? i + matched : end;
        }
    }

    private static string FirstWord(string form) => form[..WordEnd(form, 0)];

    /// <summary>Where the word starting at <paramref name="start"/> ends: after one character of a script without spaces.</summary>
    private static int WordEnd(ReadOnlySpan<char> text, int start)
    {
        if (start < text.Length && IsWithoutSpaces(text[start]))
        {
            return start + 1;
        }

        var end = start;
        while (end < text.Length && IsWordChar(text, end) && !IsWithoutSpaces(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>Whether a word may start or end between <c>text[index - 1]</c> and <c>text[index]</c>.</summary>
    private static bool IsBoundary(ReadOnlySpan<char> text, int index) =>
        index == 0 || index == text.Length || !IsWordChar(text, index - 1) || !IsWordChar(text, index) ||
        IsWithoutSpaces(text[index - 1]) || IsWithoutSpaces(text[index]);

    private static bool IsWordChar(ReadOnlySpan<char> text, int index)
    {
        var ch = text[index];
        if (WordApostrophe.IsApostrophe(ch))
        {
            return WordApostrophe.IsInWord(text, index);
        }

        // A vowel sign or virama (Devanagari, Bengali, ...) is part of its word, as an accent is.
        return char.IsAscii(ch)
            ? char.IsAsciiLetterOrDigit(ch) || ch == '_'
            : char.IsLetterOrDigit(ch) || char.GetUnicodeCategory(ch) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>
    /// A character of a script written without spaces between words (Han, Hiragana, Katakana, Thai, Lao, Khmer,
    /// Myanmar), where any character may start a word.
    /// </summary>
    private static bool IsWithoutSpaces(char ch) =>
        ch is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' or >= '\u3040' and <= '\u30FF' or
            >= '\u31F0' and <= '\u31FF' or >= '\uFF66' and <= '\uFF9F' or >= '\u0E00' and <= '\u0EFF' or >= '\u1780' and <= '\u17FF' or
            >= '\u1000' and <= '\u109F';

    /// <summary>The form as written, and with each other apostrophe where it has one inside a Cyrillic word.</summary>
    private static IEnumerable<string> ApostropheSpellings(string form)
    {
        yield return form;
        var inWord = Enumerable.Range(0, form.Length).Where(i => WordApostrophe.IsInWord(form, i)).ToList();
        if (inWord.Count == 0)
        {
            yield break;
        }

        foreach (var apostrophe in WordApostrophe.Forms)
        {
            var chars = form.ToCharArray();
            inWord.ForEach(i => chars[i] = apostrophe);
            yield return new string(chars);
        }
    }
}
