using System.Collections.Concurrent;
using SiteGen.IO;

namespace SiteGen.Incremental;

/// <summary>Reads through to another source and keeps the bytes of the Markdown files read, to compare edits against.</summary>
internal sealed class RecordingFileSource(IFileSource inner) : PassThroughFileSource(inner)
{
    private readonly ConcurrentDictionary<string, byte[]> _markdown = new(StringComparer.Ordinal);

    public override byte[] ReadAllBytes(string path)
    {
        var bytes = Inner.ReadAllBytes(path);
        if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase))
        {
            _markdown[path] = bytes;
        }

        return bytes;
    }

    /// <summary>The bytes <paramref name="path"/> had when last read, or null.</summary>
    public byte[]? Recorded(string path) => _markdown.TryGetValue(path, out var bytes) ? bytes : null;

    public void Record(string path, byte[] bytes) => _markdown[path] = bytes;
}
