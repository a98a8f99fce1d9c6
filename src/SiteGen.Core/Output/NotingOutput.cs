using System.Collections.Concurrent;
using SiteGen.IO;

namespace SiteGen.Output;

/// <summary>Passes writes through and notes the paths written, so that a pass knows what it wrote (and so what it no longer writes).</summary>
internal sealed class NotingOutput(IOutputSink inner) : IOutputSink
{
    private readonly ConcurrentDictionary<string, byte> _written = new(StringComparer.Ordinal);

    public ICollection<string> Written => _written.Keys;

    public bool Wrote(string path) => _written.ContainsKey(path);

    public void Write(string path, ReadOnlySpan<byte> bytes)
    {
        _written[path] = 0;
        inner.Write(path, bytes);
    }

    public void Write(string path, ReadOnlySpan<char> text)
    {
        _written[path] = 0;
        inner.Write(path, text);
    }

    public void Copy(IFileSource source, string sourcePath, string path)
    {
        _written[path] = 0;
        inner.Copy(source, sourcePath, path);
    }
}
