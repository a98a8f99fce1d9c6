namespace SiteGen.Output;

/// <summary>
/// A number for each dispatch that stays its own while the preview adds and removes dispatches, whose positions in the
/// newest-first list then move; what pages read is remembered by these numbers. A first build numbers them by position.
/// </summary>
internal sealed class DispatchIds
{
    private readonly int[] _ids;
    private readonly int[] _positions;

    private DispatchIds(int[] ids, int[] positions)
    {
        _ids = ids;
        _positions = positions;
    }

    public int Count => _ids.Length;

    public static DispatchIds ByPosition(int count)
    {
        var ids = Enumerable.Range(0, count).ToArray();
        return new DispatchIds(ids, ids);
    }

    public int IdOf(int position) => _ids[position];

    /// <summary>Where dispatch <paramref name="id"/> is now; -1 when it was removed.</summary>
    public int PositionOf(int id) => id < _positions.Length ? _positions[id] : -1;

    /// <summary>
    /// The numbers after the list changed: new position p holds the dispatch that was at <paramref name="newToOld"/>[p],
    /// or a new one (-1), which gets a number never used before.
    /// </summary>
    public DispatchIds Reordered(IReadOnlyList<int> newToOld)
    {
        var next = _positions.Length;
        var ids = new int[newToOld.Count];
        for (var p = 0; p < ids.Length; p++)
        {
            ids[p] = newToOld[p] >= 0 ? _ids[newToOld[p]] : next++;
        }

        var positions = new int[next];
        Array.Fill(positions, -1);
        for (var p = 0; p < ids.Length; p++)
        {
            positions[ids[p]] = p;
        }

        return new DispatchIds(ids, positions);
    }
}
