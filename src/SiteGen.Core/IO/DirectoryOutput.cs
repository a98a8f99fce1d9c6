namespace SiteGen.IO;

/// <summary>Writes a build's files below a folder on disk (the staging folder of a <see cref="Output.DiskPublishing"/>).</summary>
/// <remarks>
/// A file in the output may be a hard link to an entry of the image cache (<see cref="Link"/>), so nothing here ever
/// writes into a file that is already there: a path written twice gets a new file in place of the old one.
/// </remarks>
internal sealed class DirectoryOutput(string root) : IOutputSink
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _createdDirectories = new(StringComparer.Ordinal);

    // Set once a link fails for a reason that would hold for the next one too (another file system, no links there).
    private volatile bool _noLinks;

    public string Root { get; } = Path.GetFullPath(root);

    public void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var full = Prepare(path);
        using var handle = Open(full);
        RandomAccess.Write(handle, bytes, 0);
    }

    /// <summary>
    /// Opens a new file to write. Output goes to a fresh staging folder, so the file is nearly always new: CreateNew
    /// spares the truncate that Create costs, and sharing reads spares .NET's advisory lock (two more system calls
    /// each, per file, on thousands of files).
    /// </summary>
    private static Microsoft.Win32.SafeHandles.SafeFileHandle Open(string full)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return File.OpenHandle(full, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
            }
            catch (IOException) when (attempt < 3 && File.Exists(full))
            {
                // Two writers of one path (CountingOutput reports them as SG0210): the last one wins, in a file of its own.
                File.Delete(full);
            }
        }
    }

    public void Copy(IFileSource source, string sourcePath, string path)
    {
        if (source is PhysicalFileSource physical)
        {
            CopyFile(physical.FullPath(sourcePath), Prepare(path));
        }
        else
        {
            Write(path, source.ReadAllBytes(sourcePath));
        }
    }

    /// <summary>
    /// A hard link to <paramref name="immutableFile"/> where the output and the cache share a file system: no bytes
    /// written, no new inode (on this VM's ext4 the inode allocator is most of a file's cost); a copy elsewhere.
    /// </summary>
    public void Link(string immutableFile, string path)
    {
        var full = Prepare(path);
        if (!_noLinks && (HardLink.TryCreate(immutableFile, full) || LinkOverExisting(immutableFile, full)))
        {
            return;
        }

        CopyFile(immutableFile, full);
    }

    /// <summary>After a failed link: replaces a file already at <paramref name="full"/>, or notes that links do not work here.</summary>
    private bool LinkOverExisting(string immutableFile, string full)
    {
        if (File.Exists(full))
        {
            File.Delete(full);
            return HardLink.TryCreate(immutableFile, full);
        }

        if (File.Exists(immutableFile))
        {
            _noLinks = true;
        }

        return false;
    }

    private static void CopyFile(string from, string full)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                File.Copy(from, full, overwrite: false);
                return;
            }
            catch (IOException) when (attempt < 3 && File.Exists(full))
            {
                File.Delete(full);
            }
        }
    }

    private string Prepare(string path)
    {
        var full = Path.Combine(Root, path);
        var directory = Path.GetDirectoryName(full)!;
        // CreateDirectory is idempotent and safe across threads; remember it only once it has really happened.
        if (!_createdDirectories.ContainsKey(directory))
        {
            Directory.CreateDirectory(directory);
            _createdDirectories.TryAdd(directory, 0);
        }

        return full;
    }
}
