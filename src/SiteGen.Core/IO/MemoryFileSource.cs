using System.Text;

namespace SiteGen.IO;

/// <summary>A site held in memory, for whole-site tests and the preview server's overlays.</summary>
public sealed class MemoryFileSource : IFileSource
{
    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public MemoryFileSource()
    {
    }

    public MemoryFileSource(IEnumerable<KeyValuePair<string, string>> files)
    {
        foreach (var (path, text) in files)
        {
            Set(path, text);
        }
    }

    public string Description => "memory";

    public void Set(string path, string text) => _files[Normalize(path)] = Encoding.UTF8.GetBytes(text);

    public void Set(string path, byte[] bytes) => _files[Normalize(path)] = bytes;

    public bool Remove(string path) => _files.Remove(Normalize(path));

    public bool FileExists(string path) => _files.ContainsKey(Normalize(path));

    public bool DirectoryExists(string path)
    {
        var prefix = Normalize(path).TrimEnd('/') + "/";
        return prefix == "/" ? _files.Count > 0 : _files.Keys.Any(k => k.StartsWith(prefix, StringComparison.Ordinal));
    }

    public IReadOnlyList<string> EnumerateFiles(string directory)
    {
        var prefix = Normalize(directory).TrimEnd('/');
        prefix = prefix.Length == 0 ? string.Empty : prefix + "/";
        return _files.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList();
    }

    public byte[] ReadAllBytes(string path) =>
        _files.TryGetValue(Normalize(path), out var bytes) ? bytes : throw new FileNotFoundException($"No file '{path}' in memory.", path);

    public long GetLength(string path) => ReadAllBytes(path).LongLength;

    private static string Normalize(string path) => path.Replace('\\', '/').TrimStart('/');
}
