using System.Collections.Concurrent;
using SiteGen.IO;

namespace SiteGen.Incremental;

/// <summary>
/// The build's input tracker (<see cref="InputTrackingFileSource"/>: every path read or looked for, every folder
/// listed) that also keeps the bytes of the Markdown files read, to compare the preview's edits against.
/// </summary>
internal sealed class RecordingFileSource(IFileSource inner) : InputTrackingFileSource(inner)
{
    private readonly ConcurrentDictionary<string, byte[]> _markdown = new(StringComparer.Ordinal);

    /// <summary>The source read through, to look at without recording.</summary>
    public new IFileSource Inner => base.Inner;

    public override byte[] ReadAllBytes(string path)
    {
        var bytes = base.ReadAllBytes(path);
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
