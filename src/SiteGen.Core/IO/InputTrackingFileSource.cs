using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace SiteGen.IO;

/// <summary>
/// Reads through to another source and notes every question the build asks of it: which files it read (with their
/// SHA-256, and their size and write time where the source tells them), which folders it listed, which paths it probed. Whatever a build's output depends on in the site
/// passes through here, so <see cref="Inputs"/> is the whole of what a later build must find unchanged before it
/// may say that nothing changed.
/// </summary>
internal class InputTrackingFileSource(IFileSource inner) : PassThroughFileSource(inner)
{
    private readonly ConcurrentDictionary<string, InputFile> _reads = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _listings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _directories = new(StringComparer.Ordinal);

    /// <remarks>
    /// The stamp is taken before the bytes are read: a write in between leaves a stamp older than the bytes, which
    /// costs the next build a digest, never a wrong answer.
    /// </remarks>
    public override byte[] ReadAllBytes(string path)
    {
        var stamp = (Inner as IFileStamps)?.Stamp(path);
        var bytes = Inner.ReadAllBytes(path);
        _reads[path] = new InputFile(stamp, Digest(bytes));
        return bytes;
    }

    public override bool FileExists(string path)
    {
        var exists = Inner.FileExists(path);
        _files[path] = exists;
        return exists;
    }

    public override bool DirectoryExists(string path)
    {
        var exists = Inner.DirectoryExists(path);
        _directories[path] = exists;
        return exists;
    }

    public override IReadOnlyList<string> EnumerateFiles(string directory)
    {
        var files = Inner.EnumerateFiles(directory);
        _listings[directory] = Listing(files);
        return files;
    }

    /// <summary>A file's length tells little of its content: a file measured but never read is read here to be digested.</summary>
    public override long GetLength(string path)
    {
        var length = Inner.GetLength(path);
        _reads.GetOrAdd(path, p => new InputFile((Inner as IFileStamps)?.Stamp(p), Digest(Inner.ReadAllBytes(p))));
        return length;
    }

    /// <summary>A file measured to be read needs no digest of its own: the read notes it, so it is read once, not twice.</summary>
    public override byte[]? ReadAllBytesUpTo(string path, long maxLength, out long length)
    {
        length = Inner.GetLength(path);
        if (length > maxLength)
        {
            GetLength(path);
            return null;
        }

        return ReadAllBytes(path);
    }

    /// <summary>Every path read, measured or looked for, whether it was there or not.</summary>
    public IEnumerable<string> Touched => _reads.Keys.Concat(_files.Keys).Concat(_directories.Keys);

    /// <summary>Every folder listed.</summary>
    public ICollection<string> Listed => _listings.Keys;

    /// <summary>What the build has asked so far.</summary>
    public BuildInputs Inputs => new(
        new SortedDictionary<string, InputFile>(_reads, StringComparer.Ordinal),
        new SortedDictionary<string, string>(_listings, StringComparer.Ordinal),
        new SortedDictionary<string, bool>(_files, StringComparer.Ordinal),
        new SortedDictionary<string, bool>(_directories, StringComparer.Ordinal));

    internal static string Digest(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    internal static string Listing(IReadOnlyList<string> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file));
            hash.AppendData("\n"u8);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
