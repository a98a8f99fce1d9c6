using System.Text;
using Scriban.Runtime;

namespace SiteGen.Rendering;

/// <summary>The two buffers a page is rendered through, kept per thread from page to page.</summary>
internal sealed class PageBuffers
{
    // Large enough for nearly every page, so that a buffer stays one block and is written out without a copy.
    private const int InitialCapacity = 64 * 1024;

    private char[] _joined = [];

    public StringBuilderOutput Layout { get; } = new(new StringBuilder(InitialCapacity));

    public StringBuilderOutput Page { get; } = new(new StringBuilder(InitialCapacity));

    /// <summary>The builder's text as one span: its single block, or, for a page that outgrew it, a copy.</summary>
    public ReadOnlySpan<char> Contiguous(StringBuilder builder)
    {
        var chunks = builder.GetChunks();
        if (chunks.MoveNext())
        {
            var first = chunks.Current;
            if (!chunks.MoveNext())
            {
                return first.Span;
            }
        }
        else
        {
            return [];
        }

        if (_joined.Length < builder.Length)
        {
            _joined = new char[builder.Length];
        }

        builder.CopyTo(0, _joined, builder.Length);
        return _joined.AsSpan(0, builder.Length);
    }

    public void Clear()
    {
        Layout.Builder.Clear();
        Page.Builder.Clear();
    }
}
