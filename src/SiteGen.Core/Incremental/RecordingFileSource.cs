using System.Collections.Concurrent;
using SiteGen.IO;

namespace SiteGen.Incremental;

/// <summary>
/// Reads through to another source and records what the build asked of it: every path it read or looked for, every
/// folder it listed, and the bytes of the Markdown files read, to compare edits against.
/// </summary>
internal sealed class RecordingFileSource(IFileSource inner) : IFileSource
{
    private readonly ConcurrentDictionary<string, byte[]> _markdown = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _touched = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _listed = new(StringComparer.Ordinal);

    public string Description => inner.Description;

    /// <summary>The source read through, to look at without recording.</summary>
    public IFileSource Inner => inner;

    /// <summary>Every path read, measured or looked for (whether it was there or not).</summary>
    public ICollection<string> Touched => _touched.Keys;

    /// <summary>Every folder listed.</summary>
    public ICollection<string> Listed => _listed.Keys;

    public bool FileExists(string path)
    {
        _touched[path] = true;
        return inner.FileExists(path);
    }

    public bool DirectoryExists(string path)
    {
        _touched[path] = true;
        return inner.DirectoryExists(path);
    }

    public IReadOnlyList<string> EnumerateFiles(string directory)
    {
        _listed[directory] = true;
        return inner.EnumerateFiles(directory);
    }

    public long GetLength(string path)
    {
        _touched[path] = true;
        return inner.GetLength(path);
    }

    public byte[] ReadAllBytes(string path)
    {
        _touched[path] = true;
        var bytes = inner.ReadAllBytes(path);
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
