namespace SiteGen.Actors;

/// <summary>Moves an index's dispatch positions to a new list of dispatches, for indexes kept across added and removed dispatches.</summary>
internal static class DispatchMoves
{
    /// <summary>Where each of the old list's dispatches is now (-1: removed), and the positions of the added ones.</summary>
    public static int[] OldToNew(int oldCount, IReadOnlyList<int> newToOld, out List<int> added)
    {
        var oldToNew = new int[oldCount];
        Array.Fill(oldToNew, -1);
        added = [];
        for (var p = 0; p < newToOld.Count; p++)
        {
            if (newToOld[p] >= 0)
            {
                oldToNew[newToOld[p]] = p;
            }
            else
            {
                added.Add(p);
            }
        }

        return oldToNew;
    }

    /// <summary>
    /// Each key's positions after dispatches were added and removed: the kept ones moved (still in order, since the
    /// dispatches kept keep their order among themselves), the added ones put in their place, the keys no dispatch
    /// carries any more left out, as a new index would have them.
    /// </summary>
    public static Dictionary<TKey, List<int>> Apply<TKey>(Dictionary<TKey, List<int>> lists, int[] oldToNew, List<int> added, Func<int, IEnumerable<TKey>> keysOf)
        where TKey : notnull
    {
        var moved = new Dictionary<TKey, List<int>>(lists.Count, lists.Comparer);
        foreach (var (key, list) in lists)
        {
            var positions = new List<int>(list.Count + 1);
            foreach (var old in list)
            {
                if (oldToNew[old] is var p and >= 0)
                {
                    positions.Add(p);
                }
            }

            if (positions.Count > 0)
            {
                moved[key] = positions;
            }
        }

        foreach (var p in added)
        {
            foreach (var key in keysOf(p))
            {
                if (!moved.TryGetValue(key, out var list))
                {
                    moved[key] = list = [];
                }

                // A dispatch may carry one tag twice in two spellings; a new index lists it twice too.
                var at = list.BinarySearch(p);
                list.Insert(at < 0 ? ~at : at, p);
            }
        }

        return moved;
    }
}
