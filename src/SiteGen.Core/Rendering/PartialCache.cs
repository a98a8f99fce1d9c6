using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Scriban.Runtime;

namespace SiteGen.Rendering;

/// <summary>
/// The output of <c>include_cached</c> partials for one build, by partial name and key. A key's values compare as
/// values when they are text, numbers or booleans, and as the very same object otherwise (a dispatch's card model),
/// so that a dispatch edited in the preview, which gets new models, is rendered again.
/// </summary>
/// <remarks>
/// A page of the default theme asks for five cards, and a site renders thousands of pages: a lookup is made with the
/// call's own arguments, so that no key is built unless the partial is rendered.
/// </remarks>
internal sealed class PartialCache
{
    private readonly ConcurrentDictionary<Key, Output> _outputs = new(KeyComparer.Instance);
    private readonly ConcurrentDictionary<Key, Output>.AlternateLookup<ScriptArray> _lookup;

    public PartialCache() => _lookup = _outputs.GetAlternateLookup<ScriptArray>();

    /// <summary>The output cached for the arguments of an <c>include_cached</c>: the partial's name, then its key.</summary>
    public bool TryGet(ScriptArray arguments, out Output output) => _lookup.TryGetValue(arguments, out output);

    /// <summary>Whether a partial cached here read the site's totals (see <see cref="HtmlTemplateContext.ReadSiteTotals"/>).</summary>
    public bool ReadSiteTotals { get; private set; }

    public void Add(ScriptArray arguments, Output output)
    {
        ReadSiteTotals |= output.ReadSiteTotals;
        _outputs.TryAdd(new Key(arguments), output);
    }

    /// <summary>A partial's output, and whether making it read the site's totals (which a page using it then reads too).</summary>
    public readonly record struct Output(string Html, bool ReadSiteTotals);

    /// <summary>The arguments of an <c>include_cached</c>, kept: the partial's name, then its key.</summary>
    public readonly struct Key(ScriptArray arguments)
    {
        // Kept as what Scriban's arguments are, a list of values: one comparison serves both.
        private readonly object?[] _values = [.. arguments];

        public bool Matches(ScriptArray arguments) => SameValues(_values, arguments);

        public bool Matches(Key other) => SameValues(_values, other._values);

        public int Hash() => HashOf(_values);

        public static int HashOf(ScriptArray arguments) => HashOf((IList<object?>)arguments);

        private static bool SameValues(IList<object?> a, IList<object?> b)
        {
            if (a.Count != b.Count)
            {
                return false;
            }

            for (var i = 0; i < a.Count; i++)
            {
                if (!Same(a[i], b[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static int HashOf(IList<object?> values)
        {
            var hash = new HashCode();
            for (var i = 0; i < values.Count; i++)
            {
                hash.Add(HashOf(values[i]));
            }

            return hash.ToHashCode();
        }

        private static int HashOf(object? value) => IsValue(value) ? value!.GetHashCode() : RuntimeHelpers.GetHashCode(value);

        private static bool Same(object? a, object? b) =>
            IsValue(a) ? a!.Equals(b) : ReferenceEquals(a, b);

        private static bool IsValue(object? value) => value is string or bool or int or long or double or decimal or float;
    }

    private sealed class KeyComparer : IEqualityComparer<Key>, IAlternateEqualityComparer<ScriptArray, Key>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals(Key x, Key y) => x.Matches(y);

        public int GetHashCode(Key key) => key.Hash();

        public bool Equals(ScriptArray alternate, Key other) => other.Matches(alternate);

        public int GetHashCode(ScriptArray alternate) => Key.HashOf(alternate);

        public Key Create(ScriptArray alternate) => new(alternate);
    }
}
