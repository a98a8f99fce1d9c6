using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace SiteGen.IO;

/// <summary>
/// Reads through to another source and keeps the SHA-256 of every file read, so that a build's fingerprint can be
/// taken from the bytes the build used instead of reading every file a second time.
/// </summary>
public sealed class DigestingFileSource(IFileSource inner) : IFileSource
{
    private readonly ConcurrentDictionary<string, byte[]> _digests = new(StringComparer.Ordinal);

    public string Description => inner.Description;

    /// <summary>The digest of each file read so far, by path.</summary>
    public IReadOnlyDictionary<string, byte[]> Digests => _digests;

    public bool FileExists(string path) => inner.FileExists(path);

    public bool DirectoryExists(string path) => inner.DirectoryExists(path);

    public IReadOnlyList<string> EnumerateFiles(string directory) => inner.EnumerateFiles(directory);

    public long GetLength(string path) => inner.GetLength(path);

    public byte[] ReadAllBytes(string path)
    {
        var bytes = inner.ReadAllBytes(path);
        _digests[path] = SHA256.HashData(bytes);
        return bytes;
    }
}
