using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace SiteGen.IO;

/// <summary>
/// Reads through to another source and keeps the SHA-256 of every file read, so that a build's fingerprint can be
/// taken from the bytes the build used instead of reading every file a second time.
/// </summary>
public sealed class DigestingFileSource(IFileSource inner) : PassThroughFileSource(inner)
{
    private readonly ConcurrentDictionary<string, byte[]> _digests = new(StringComparer.Ordinal);

    /// <summary>The digest of each file read so far, by path.</summary>
    public IReadOnlyDictionary<string, byte[]> Digests => _digests;

    public override byte[] ReadAllBytes(string path)
    {
        var bytes = Inner.ReadAllBytes(path);
        _digests[path] = SHA256.HashData(bytes);
        return bytes;
    }
}
