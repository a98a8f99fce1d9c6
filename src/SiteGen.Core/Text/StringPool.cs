using System.Collections.Concurrent;

namespace SiteGen.Text;

/// <summary>
/// One copy of each string, for values that thousands of pages repeat (hrefs, ids) and that a build keeps to its end:
/// at 100,000 dispatches the copies came to gigabytes. Thread-safe; a span that is already pooled allocates nothing.
/// </summary>
internal sealed class StringPool
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Get(ReadOnlySpan<char> value)
    {
        if (_lookup.TryGetValue(value, out var pooled))
        {
            return pooled;
        }

        var text = value.ToString();
        return _strings.GetOrAdd(text, text);
    }
}
