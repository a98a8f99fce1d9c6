using System.Collections.Frozen;
using SiteGen.Content;
using SiteGen.Text;

namespace SiteGen.Actors;

/// <summary>Every actor of the site with lookups by id, name or alias, blind to case and Latin diacritics.</summary>
public sealed class ActorRegistry
{
    private readonly FrozenDictionary<string, Actor> _byKey;
    private readonly FrozenDictionary<string, Actor> _byId;
    private readonly FrozenSet<string> _contested;

    public ActorRegistry(IReadOnlyList<Actor> actors, IReadOnlyDictionary<string, Actor> byKey, IEnumerable<string>? contestedKeys = null)
    {
        Actors = actors;
        _contested = (contestedKeys ?? []).ToFrozenSet(StringComparer.Ordinal);
        _byKey = byKey.ToFrozenDictionary(StringComparer.Ordinal);
        _byId = actors.ToFrozenDictionary(a => a.Id, StringComparer.Ordinal);
        Children = actors
            .Where(a => a.ParentId is not null)
            .GroupBy(a => a.ParentId!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<Actor>)g.OrderBy(a => a.Name, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
    }

    public static ActorRegistry Empty { get; } = new([], new Dictionary<string, Actor>());

    /// <summary>Actors in id order.</summary>
    public IReadOnlyList<Actor> Actors { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<Actor>> Children { get; }

    public Actor? FindById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The actor a front-matter name stands for: its id, name or any alias, in any case, with or without diacritics.</summary>
    public Actor? Resolve(string name) => _byKey.GetValueOrDefault(LatinFolding.MatchKey(name));

    /// <summary>Whether two or more actors claim <paramref name="name"/> (an error reported where they claim it).</summary>
    public bool IsContested(string name) => _contested.Contains(LatinFolding.MatchKey(name));

    /// <summary>Up to three ids closest to an unknown name, for "did you mean".</summary>
    public IReadOnlyList<string> Suggest(string name, int count = 3)
    {
        // A typo changes a few letters of a name; measured against the shorter of the two, so that a short alias
        // ("UN") is not three edits away from every five-letter name ("Putin").
        var key = LatinFolding.MatchKey(name);
        return _byKey
            .Select(entry => (entry.Value.Id, Distance: EditDistance.Compute(key, entry.Key), Shorter: Math.Min(key.Length, entry.Key.Length)))
            .Where(x => x.Distance <= Math.Max(1, Math.Min(3, x.Shorter / 3)))
            .GroupBy(x => x.Id, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, Distance: g.Min(x => x.Distance)))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Id, StringComparer.Ordinal)
            .Take(count)
            .Select(x => x.Id)
            .ToList();
    }
}
