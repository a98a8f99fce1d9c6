using System.Collections.Concurrent;
using System.Numerics;
using System.Runtime.InteropServices;

namespace SiteGen.Text;

/// <summary>
/// One copy of each string, for values that thousands of pages repeat (hrefs, ids) and that a build keeps to its end:
/// at 100,000 dispatches the copies came to gigabytes. Thread-safe; a span that is already pooled allocates nothing.
/// </summary>
/// <remarks>
/// The shared dictionary holds every string of the build, far more than the processor's caches: a lookup there
/// cost a few cache misses, and the link scanner makes dozens per page. Most of those are the same few hundred
/// values (the menu, the assets, the actors), so each thread first asks a small cache of its own that stays in the
/// processor's cache (<see cref="RecentPerThread{T}"/>).
/// </remarks>
public sealed class StringPool
{
    private const int RecentSlots = 2048;

    private readonly long _id = RecentOwner.Next();
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Get(ReadOnlySpan<char> value)
    {
        var recent = RecentPerThread<string?>.Slots(_id, RecentSlots);
        ref var slot = ref recent[Slot(value)];
        if (slot is { } cached && value.SequenceEqual(cached))
        {
            return cached;
        }

        if (!_lookup.TryGetValue(value, out var pooled))
        {
            var text = value.ToString();
            pooled = _strings.GetOrAdd(text, text);
        }

        slot = pooled;
        return pooled;
    }

    // Not string's randomised hash: it only picks a slot in a cache that belongs to this thread.
    private static int Slot(ReadOnlySpan<char> value)
    {
        var hash = (ulong)value.Length;
        foreach (var block in MemoryMarshal.Cast<char, ulong>(value))
        {
            hash = BitOperations.RotateLeft((hash ^ block) * 0x9E3779B97F4A7C15ul, 29);
        }

        for (var i = value.Length & ~3; i < value.Length; i++)
        {
            hash = BitOperations.RotateLeft((hash ^ value[i]) * 0x9E3779B97F4A7C15ul, 29);
        }

        return (int)((hash ^ (hash >> 32)) & (RecentSlots - 1));
    }
}
