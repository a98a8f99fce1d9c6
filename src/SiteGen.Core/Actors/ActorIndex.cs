using SiteGen.Content;

namespace SiteGen.Actors;

/// <summary>For each actor, the dispatches that tag it (newest first) and the actors it appears with.</summary>
public sealed class ActorIndex
{
    private readonly Dictionary<Actor, List<int>> _dispatches = [];
    private readonly Dictionary<Actor, Dictionary<Actor, int>> _coActors = [];

    /// <param name="dispatches">The published dispatches, newest first; the index keeps their positions.</param>
    public ActorIndex(IReadOnlyList<Dispatch> dispatches)
    {
        for (var i = 0; i < dispatches.Count; i++)
        {
            var actors = dispatches[i].Actors;
            foreach (var actor in actors)
            {
                if (!_dispatches.TryGetValue(actor, out var list))
                {
                    _dispatches[actor] = list = [];
                }

                list.Add(i);
                if (!_coActors.TryGetValue(actor, out var counts))
                {
                    _coActors[actor] = counts = [];
                }

                foreach (var other in actors)
                {
                    if (other != actor)
                    {
                        counts[other] = counts.GetValueOrDefault(other) + 1;
                    }
                }
            }
        }
    }

    /// <summary>Positions (in the newest-first dispatch list) of the dispatches that tag <paramref name="actor"/>.</summary>
    public IReadOnlyList<int> DispatchesOf(Actor actor) => _dispatches.TryGetValue(actor, out var list) ? list : [];

    public int CountOf(Actor actor) => _dispatches.TryGetValue(actor, out var list) ? list.Count : 0;

    /// <summary>The actors seen with <paramref name="actor"/>, most frequent first (name breaks ties).</summary>
    public IReadOnlyList<(Actor Actor, int Count)> CoActorsOf(Actor actor, int max) =>
        _coActors.TryGetValue(actor, out var counts)
            ? counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key.Id, StringComparer.Ordinal).Take(max).Select(c => (c.Key, c.Value)).ToList()
            : [];

    /// <summary>The strongest ties of the whole network: pairs of actors by how many dispatches tag both.</summary>
    public IReadOnlyList<(Actor A, Actor B, int Count)> StrongestTies(int max) =>
        _coActors
            .SelectMany(entry => entry.Value.Where(c => string.CompareOrdinal(entry.Key.Id, c.Key.Id) < 0).Select(c => (A: entry.Key, B: c.Key, Count: c.Value)))
            .OrderByDescending(t => t.Count)
            .ThenBy(t => t.A.Id, StringComparer.Ordinal)
            .ThenBy(t => t.B.Id, StringComparer.Ordinal)
            .Take(max)
            .ToList();
}
