using System.Collections.Concurrent;
using Scriban.Runtime;

namespace SiteGen.Rendering;

/// <summary>
/// The output of <c>include_cached</c> partials for one build, by partial name and key. A key's values compare as
/// values when they are text, numbers or booleans, and as the very same object otherwise (a dispatch's card model),
/// so that a dispatch edited in the preview, which gets new models, is rendered again.
/// </summary>
public sealed class PartialCache
{
    private readonly ConcurrentDictionary<Key, string> _outputs = new();

    public bool TryGet(Key key, out string html) => _outputs.TryGetValue(key, out html!);

    public void Add(Key key, string html) => _outputs.TryAdd(key, html);

    /// <summary>The arguments of an <c>include_cached</c>: the partial's name, then its key.</summary>
    public readonly struct Key(ScriptArray arguments) : IEquatable<Key>
    {
        private readonly object?[] _values = [.. arguments];

        public bool Equals(Key other)
        {
            if (_values.Length != other._values.Length)
            {
                return false;
            }

            for (var i = 0; i < _values.Length; i++)
            {
                if (!Same(_values[i], other._values[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public static bool operator ==(Key left, Key right) => left.Equals(right);

        public static bool operator !=(Key left, Key right) => !left.Equals(right);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (var value in _values)
            {
                hash.Add(IsValue(value) ? value!.GetHashCode() : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(value));
            }

            return hash.ToHashCode();
        }

        private static bool Same(object? a, object? b) =>
            IsValue(a) ? a!.Equals(b) : ReferenceEquals(a, b);

        private static bool IsValue(object? value) => value is string or bool or int or long or double or decimal or float;
    }
}
