using System.Collections.Concurrent;
using System.Text;

namespace SiteGen.IO;

/// <summary>Collects a build's output in memory.</summary>
public sealed class MemoryOutput : IOutputSink
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public void Write(string path, ReadOnlySpan<byte> bytes) => _files[path] = bytes.ToArray();

    public void Copy(IFileSource source, string sourcePath, string path) => _files[path] = source.ReadAllBytes(sourcePath);

    public string ReadText(string path) =>
        _files.TryGetValue(path, out var bytes)
            ? Encoding.UTF8.GetString(bytes)
            : throw new KeyNotFoundException($"The build wrote no '{path}'. It wrote: {string.Join(", ", _files.Keys.Order(StringComparer.Ordinal).Take(40))}");
}
