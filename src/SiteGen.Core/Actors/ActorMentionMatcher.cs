using System.Text.RegularExpressions;

namespace SiteGen.Actors;

/// <summary>Finds whole-word mentions of any registered actor's name or alias in running text.</summary>
/// <remarks>
/// One compiled alternation, longest forms first, so "Kastuś Kalinoŭski Battalion" wins over a shorter alias.
/// Matching is case-sensitive (names are proper nouns: "Belarus" but not "belarus"); possessives such as
/// "Putin's" and "Putin’s" match because the apostrophe ends the word.
/// </remarks>
public sealed class ActorMentionMatcher
{
    private readonly Regex? _regex;
    private readonly Dictionary<string, Actor> _byForm = new(StringComparer.Ordinal);

    public ActorMentionMatcher(ActorRegistry registry)
    {
        foreach (var actor in registry.Actors)
        {
            foreach (var form in actor.Names)
            {
                var trimmed = form.Trim();
                if (trimmed.Length >= 2)
                {
                    _byForm.TryAdd(trimmed, actor);
                }
            }
        }

        if (_byForm.Count == 0)
        {
            return;
        }

        var alternation = string.Join('|', _byForm.Keys
            .OrderByDescending(f => f.Length)
            .ThenBy(f => f, StringComparer.Ordinal)
            .Select(Regex.Escape));
        _regex = new Regex($@"(?<![\p{{L}}\p{{N}}_])(?:{alternation})(?![\p{{L}}\p{{N}}_])",
            RegexOptions.Compiled | RegexOptions.CultureInvariant);
    }

    public bool IsEmpty => _regex is null;

    /// <summary>Every mention in <paramref name="text"/>, left to right.</summary>
    public IEnumerable<(int Index, int Length, Actor Actor)> Find(string text)
    {
        if (_regex is null)
        {
            yield break;
        }

        for (var match = _regex.Match(text); match.Success; match = match.NextMatch())
        {
            yield return (match.Index, match.Length, _byForm[match.Value]);
        }
    }
}
