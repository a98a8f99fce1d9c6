using Scriban.Runtime;

namespace SiteGen.Rendering;

/// <summary>
/// Where a layout writes its page: a buffer that one thread's renderer keeps from page to page, so that a page is
/// written from it as it stands, with no string of the whole page made in between.
/// </summary>
internal sealed class PageOutput : IScriptOutput
{
    private char[] _buffer = new char[16 * 1024];
    private int _length;

    /// <summary>What was written since the last <see cref="Clear"/>.</summary>
    public ReadOnlySpan<char> Written => _buffer.AsSpan(0, _length);

    public void Clear() => _length = 0;

    public void Write(string text, int offset, int count) => Write(text.AsSpan(offset, count));

    public void Write(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + text.Length));
        }

        text.CopyTo(_buffer.AsSpan(_length));
        _length += text.Length;
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public override string ToString() => Written.ToString();
}
