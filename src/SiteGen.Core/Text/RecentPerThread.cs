namespace SiteGen.Text;

/// <summary>
/// Each thread's small direct-mapped cache of recent lookups for one owner (a build's string pool, its partials), in
/// front of a shared dictionary too large for the processor's caches. A thread that serves another owner (another
/// build) empties its cache first.
/// </summary>
internal static class RecentPerThread<T>
{
    [ThreadStatic]
    private static T[]? _slots;

    [ThreadStatic]
    private static long _owner;

    /// <summary>This thread's slots for <paramref name="owner"/> (from <see cref="RecentOwner.Next"/>); <paramref name="size"/> is a power of two.</summary>
    public static T[] Slots(long owner, int size)
    {
        if (_owner == owner && _slots is { } slots && slots.Length == size)
        {
            return slots;
        }

        _owner = owner;
        if (_slots is { } other && other.Length == size)
        {
            Array.Clear(other);
            return other;
        }

        return _slots = new T[size];
    }
}

/// <summary>Ids for the owners of <see cref="RecentPerThread{T}"/>: ids rather than references, so that a thread does not keep a finished build alive.</summary>
internal static class RecentOwner
{
    private static long _last;

    public static long Next() => Interlocked.Increment(ref _last);
}
