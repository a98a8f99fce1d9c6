namespace SiteGen.IO;

/// <summary>
/// The one seam through which a build reads a site: on disk for real builds, in memory for whole-site tests.
/// Paths are relative to the source's root and use '/'.
/// </summary>
public interface IFileSource
{
    /// <summary>What the root is, for messages (a folder path, or "memory").</summary>
    string Description { get; }

    bool FileExists(string path);

    bool DirectoryExists(string path);

    /// <summary>Every file below <paramref name="directory"/> (recursively), as root-relative paths in ordinal order.</summary>
    IReadOnlyList<string> EnumerateFiles(string directory);

    byte[] ReadAllBytes(string path);

    long GetLength(string path);

    /// <summary>
    /// The bytes of <paramref name="path"/>, or null, unread, when it is longer than <paramref name="maxLength"/>;
    /// <paramref name="length"/> is its length either way.
    /// </summary>
    byte[]? ReadAllBytesUpTo(string path, long maxLength, out long length)
    {
        length = GetLength(path);
        return length > maxLength ? null : ReadAllBytes(path);
    }
}
