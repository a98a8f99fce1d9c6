using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace SiteGen.Import.Wxr;

/// <summary>
/// The attachments read so far, for a body converted before the export is read to its end; every lookup is kept,
/// so that the body can be checked against the export's final attachments before it is used.
/// </summary>
internal sealed class RecordedAttachments(ConcurrentDictionary<long, WxrItem> read) : IReadOnlyDictionary<long, WxrItem>
{
    private readonly List<(long Id, WxrItem? Found)> _lookups = [];

    // Set when the conversion looked at all of them (a gallery without ids): only the whole export can answer that.
    private bool _wholeSetRead;

    public int Count => All().Count;

    public IEnumerable<long> Keys => All().Keys;

    public IEnumerable<WxrItem> Values => All().Values;

    public WxrItem this[long key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no attachment {key}");

    public bool ContainsKey(long key) => TryGetValue(key, out _);

    public bool TryGetValue(long key, [MaybeNullWhen(false)] out WxrItem value)
    {
        var found = read.TryGetValue(key, out value);
        _lookups.Add((key, found ? value : null));
        return found;
    }

    public IEnumerator<KeyValuePair<long, WxrItem>> GetEnumerator() => All().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Whether every lookup gives the same answer in <paramref name="attachments"/> (the same item, or none).</summary>
    public bool SameIn(IReadOnlyDictionary<long, WxrItem> attachments) =>
        !_wholeSetRead && _lookups.All(l => attachments.TryGetValue(l.Id, out var item) ? ReferenceEquals(item, l.Found) : l.Found is null);

    private Dictionary<long, WxrItem> All()
    {
        _wholeSetRead = true;
        return new Dictionary<long, WxrItem>(read);
    }
}
