using System.Buffers;
using System.Collections.Frozen;
using SiteGen.Content;

namespace SiteGen.Actors;

/// <summary>Finds whole-word mentions of any registered actor's name or alias in running text.</summary>
/// <remarks>
/// Forms are indexed by their first word; at each word start the candidates for that word are tried longest
/// first, so "Kastuś Kalinoŭski Battalion" wins over a shorter alias. Matching is case-sensitive (names are
/// proper nouns: "Belarus" but not "belarus"); possessives such as "Putin's" and "Putin’s" match because the
/// apostrophe ends the word. A word lookup per word start keeps this linear in the text, whatever the registry's size.
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
                if (trimmed.Length >= 2 && IsWordChar(trimmed[0]))
                {
                    forms.TryAdd(trimmed, actor);
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
            if (i > 0 && IsWordChar(text[i - 1]))
            {
                // Inside a word: a mention starts only where a word does.
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && IsWordChar(text[end]))
            {
                end++;
            }

            var matched = 0;
            if (_lookup.TryGetValue(text[i..end], out var candidates))
            {
                foreach (var (form, actor) in candidates)
                {
                    var after = i + form.Length;
                    if (text[i..].StartsWith(form, StringComparison.Ordinal) && (after == text.Length || !IsWordChar(text[after])))
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

    private static string FirstWord(string form)
    {
        var end = 0;
        while (end < form.Length && IsWordChar(form[end]))
        {
            end++;
        }

        return form[..end];
    }

    private static bool IsWordChar(char ch) => char.IsAscii(ch) ? char.IsAsciiLetterOrDigit(ch) || ch == '_' : char.IsLetterOrDigit(ch) || ch == '_' || char.GetUnicodeCategory(ch) is System.Globalization.UnicodeCategory.NonSpacingMark;
}
