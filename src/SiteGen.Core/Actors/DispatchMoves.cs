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
    /// Each key's positions moved, the removed ones left out: still in order, since the dispatches kept keep their
    /// order among themselves.
    /// </summary>
    public static Dictionary<TKey, List<int>> Move<TKey>(Dictionary<TKey, List<int>> lists, int[] oldToNew)
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

            moved[key] = positions;
        }

        return moved;
    }

    /// <summary>Puts an added dispatch's position into the key's list, in order.</summary>
    public static void Insert<TKey>(Dictionary<TKey, List<int>> lists, TKey key, int position)
        where TKey : notnull
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        // A dispatch may carry one tag twice in two spellings; a new index lists it twice too.
        var at = list.BinarySearch(position);
        list.Insert(at < 0 ? ~at : at, position);
    }
}
