using SiteGen.Content;

namespace SiteGen.Actors;

/// <summary>For each actor, the dispatches that tag it (newest first) and the actors it appears with.</summary>
public sealed class ActorIndex
{
    private readonly Dictionary<Actor, List<int>> _dispatches;
    private readonly Dictionary<Actor, Dictionary<Actor, int>> _coActors;

    /// <param name="dispatches">The published dispatches, newest first; the index keeps their positions.</param>
    public ActorIndex(IReadOnlyList<Dispatch> dispatches)
    {
        _dispatches = [];
        _coActors = [];
        for (var i = 0; i < dispatches.Count; i++)
        {
            var actors = dispatches[i].Actors;
            for (var a = 0; a < actors.Count; a++)
            {
                var actor = actors[a];
                if (!_dispatches.TryGetValue(actor, out var list))
                {
                    _dispatches[actor] = list = [];
                }

                list.Add(i);
                if (!_coActors.TryGetValue(actor, out var counts))
                {
                    _coActors[actor] = counts = [];
                }

                for (var b = 0; b < actors.Count; b++)
                {
                    var other = actors[b];
                    if (b != a)
                    {
                        counts[other] = counts.GetValueOrDefault(other) + 1;
                    }
                }
            }
        }
    }

    private ActorIndex(Dictionary<Actor, List<int>> dispatches, Dictionary<Actor, Dictionary<Actor, int>> coActors)
    {
        _dispatches = dispatches;
        _coActors = coActors;
    }

    /// <summary>
    /// The index after the dispatches at <paramref name="edited"/> changed their actors from <paramref name="before"/> to
    /// <paramref name="after"/> (same positions): what a new index of <paramref name="after"/> would hold, copying only
    /// the lists of the actors involved. This index is left as it was.
    /// </summary>
    public ActorIndex WithEdits(IReadOnlyList<Dispatch> before, IReadOnlyList<Dispatch> after, IEnumerable<int> edited)
    {
        var result = new ActorIndex(new Dictionary<Actor, List<int>>(_dispatches), new Dictionary<Actor, Dictionary<Actor, int>>(_coActors));
        var copied = new HashSet<Actor>();
        void Own(Actor actor)
        {
            if (copied.Add(actor))
            {
                result._dispatches[actor] = result._dispatches.TryGetValue(actor, out var list) ? [.. list] : [];
                result._coActors[actor] = result._coActors.TryGetValue(actor, out var counts) ? new Dictionary<Actor, int>(counts) : [];
            }
        }

        foreach (var i in edited)
        {
            foreach (var actor in before[i].Actors)
            {
                Own(actor);
                var list = result._dispatches[actor];
                list.RemoveAt(list.BinarySearch(i));
                var counts = result._coActors[actor];
                foreach (var other in before[i].Actors.Where(o => o != actor))
                {
                    counts[other]--;
                    if (counts[other] == 0)
                    {
                        counts.Remove(other);
                    }
                }
            }

            foreach (var actor in after[i].Actors)
            {
                Own(actor);
                var list = result._dispatches[actor];
                list.Insert(~list.BinarySearch(i), i);
                var counts = result._coActors[actor];
                foreach (var other in after[i].Actors.Where(o => o != actor))
                {
                    counts[other] = counts.GetValueOrDefault(other) + 1;
                }
            }
        }

        // A new index has no entry for an actor no dispatch names.
        foreach (var actor in copied.Where(a => result._dispatches[a].Count == 0))
        {
            result._dispatches.Remove(actor);
            result._coActors.Remove(actor);
        }

        return result;
    }

    /// <summary>
    /// The index after dispatches were added and removed: <paramref name="after"/> is the new list, whose dispatch at
    /// position p was at <paramref name="newToOld"/>[p] in <paramref name="before"/> (-1: added). What a new index of
    /// <paramref name="after"/> would hold, the kept positions moved rather than every actor looked up again. This
    /// index is left as it was.
    /// </summary>
    public ActorIndex WithDispatchSet(IReadOnlyList<Dispatch> before, IReadOnlyList<Dispatch> after, IReadOnlyList<int> newToOld)
    {
        var oldToNew = DispatchMoves.OldToNew(before.Count, newToOld, out var added);
        var dispatches = DispatchMoves.Apply(_dispatches, oldToNew, added, p => after[p].Actors);
        var coActors = new Dictionary<Actor, Dictionary<Actor, int>>(_coActors);
        var copied = new HashSet<Actor>();
        void Count(IReadOnlyList<Actor> actors, int by)
        {
            foreach (var actor in actors)
            {
                if (copied.Add(actor))
                {
                    coActors[actor] = coActors.TryGetValue(actor, out var was) ? new Dictionary<Actor, int>(was) : [];
                }

                var counts = coActors[actor];
                foreach (var other in actors.Where(o => o != actor))
                {
                    var count = counts.GetValueOrDefault(other) + by;
                    if (count == 0)
                    {
                        counts.Remove(other);
                    }
                    else
                    {
                        counts[other] = count;
                    }
                }
            }
        }

        for (var old = 0; old < before.Count; old++)
        {
            if (oldToNew[old] < 0)
            {
                Count(before[old].Actors, -1);
            }
        }

        added.ForEach(p => Count(after[p].Actors, +1));

        // A new index has no entry for an actor no dispatch names.
        foreach (var actor in copied.Where(a => !dispatches.ContainsKey(a)))
        {
            coActors.Remove(actor);
        }

        return new ActorIndex(dispatches, coActors);
    }

    /// <summary>Positions (in the newest-first dispatch list) of the dispatches that tag <paramref name="actor"/>.</summary>
    public IReadOnlyList<int> DispatchesOf(Actor actor) => _dispatches.TryGetValue(actor, out var list) ? list : [];

    /// <summary>The same positions as a span, for loops that read them many times over.</summary>
    internal ReadOnlySpan<int> PostingsOf(Actor actor) =>
        _dispatches.TryGetValue(actor, out var list) ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list) : [];

    public int CountOf(Actor actor) => _dispatches.TryGetValue(actor, out var list) ? list.Count : 0;

    /// <summary>The actors seen with <paramref name="actor"/>, most frequent first (name breaks ties).</summary>
    public IReadOnlyList<(Actor Actor, int Count)> CoActorsOf(Actor actor, int max) =>
        _coActors.TryGetValue(actor, out var counts)
            ? counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key.Id, StringComparer.Ordinal).Take(max).Select(c => (c.Key, c.Value)).ToList()
            : [];

    /// <summary>The strongest ties of the whole network: pairs of actors by how many dispatches tag both.</summary>
    /// <remarks>A few hundred actors make tens of thousands of pairs, of which a few dozen are kept: the best so far are
    /// kept in order, and a pair weaker than the last of them is passed over at once.</remarks>
    public IReadOnlyList<(Actor A, Actor B, int Count)> StrongestTies(int max)
    {
        if (max <= 0)
        {
            return [];
        }

        var best = new List<(Actor A, Actor B, int Count)>(max + 1);
        foreach (var (actor, counts) in _coActors)
        {
            foreach (var (other, count) in counts)
            {
                if (string.CompareOrdinal(actor.Id, other.Id) >= 0 || (best.Count == max && count < best[^1].Count))
                {
                    continue;
                }

                var tie = (actor, other, count);
                var at = best.Count;
                while (at > 0 && Stronger(tie, best[at - 1]))
                {
                    at--;
                }

                if (at < max)
                {
                    best.Insert(at, tie);
                    if (best.Count > max)
                    {
                        best.RemoveAt(max);
                    }
                }
            }
        }

        return best;
    }

    private static bool Stronger((Actor A, Actor B, int Count) x, (Actor A, Actor B, int Count) y) =>
        x.Count != y.Count ? x.Count > y.Count
        : string.CompareOrdinal(x.A.Id, y.A.Id) is var byA and not 0 ? byA < 0
        : string.CompareOrdinal(x.B.Id, y.B.Id) < 0;
}
