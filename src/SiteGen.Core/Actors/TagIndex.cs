using System.Runtime.InteropServices;
using SiteGen.Content;

namespace SiteGen.Actors;

/// <summary>For each tag (compared without regard to case), the dispatches that carry it, newest first.</summary>
public sealed class TagIndex
{
    private readonly Dictionary<string, List<int>> _dispatches = new(StringComparer.OrdinalIgnoreCase);

    private TagIndex(Dictionary<string, List<int>> dispatches)
    {
        _dispatches = dispatches;
    }

    /// <param name="dispatches">The published dispatches, newest first; the index keeps their positions.</param>
    public TagIndex(IReadOnlyList<Dispatch> dispatches)
    {
        for (var i = 0; i < dispatches.Count; i++)
        {
            foreach (var tag in dispatches[i].Tags)
            {
                if (!_dispatches.TryGetValue(tag, out var list))
                {
                    _dispatches[tag] = list = [];
                }

                list.Add(i);
            }
        }
    }

    /// <summary>
    /// The index after the dispatches at <paramref name="edited"/> changed from <paramref name="before"/> to
    /// <paramref name="after"/> (same positions): this one when none changed its tags, else a new one.
    /// </summary>
    public TagIndex WithEdits(IReadOnlyList<Dispatch> before, IReadOnlyList<Dispatch> after, IEnumerable<int> edited) =>
        edited.All(i => before[i].Tags.SequenceEqual(after[i].Tags, StringComparer.Ordinal)) ? this : new TagIndex(after);

    /// <summary>
    /// The index after dispatches were added and removed (see <see cref="ActorIndex.WithDispatchSet"/>).
    /// </summary>
    public TagIndex WithDispatchSet(IReadOnlyList<Dispatch> before, IReadOnlyList<Dispatch> after, IReadOnlyList<int> newToOld)
    {
        var oldToNew = DispatchMoves.OldToNew(before.Count, newToOld, out var added);
        return new TagIndex(DispatchMoves.Apply(_dispatches, oldToNew, added, p => after[p].Tags));
    }

    /// <summary>Positions of the dispatches that carry <paramref name="tag"/>.</summary>
    public ReadOnlySpan<int> DispatchesOf(string tag) => _dispatches.TryGetValue(tag, out var list) ? CollectionsMarshal.AsSpan(list) : [];
}
