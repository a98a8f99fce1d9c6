
namespace SiteGen.IO;

/// <summary>Writes a build's files below a folder on disk (the staging folder of a <see cref="Output.DiskPublishing"/>).</summary>
internal sealed class DirectoryOutput(string root) : IOutputSink
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _createdDirectories = new(StringComparer.Ordinal);

    public string Root { get; } = Path.GetFullPath(root);

    public void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var full = Prepare(path);
        using var handle = Open(full);
        RandomAccess.Write(handle, bytes, 0);
    }

    /// <summary>
    /// Opens a file to write. Output goes to a fresh staging folder, so the file is nearly always new: CreateNew
    /// spares the truncate that Create costs, and sharing reads spares .NET's advisory lock (two more system calls
    /// each, per file, on thousands of files).
    /// </summary>
    private static Microsoft.Win32.SafeHandles.SafeFileHandle Open(string full)
    {
        try
        {
            return File.OpenHandle(full, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
        }
        catch (IOException) when (File.Exists(full))
        {
            return File.OpenHandle(full, FileMode.Create, FileAccess.Write, FileShare.Read);
        }
    }

    public void Copy(IFileSource source, string sourcePath, string path)
    {
        if (source is PhysicalFileSource physical)
        {
            File.Copy(physical.FullPath(sourcePath), Prepare(path), overwrite: true);
        }
        else
        {
            Write(path, source.ReadAllBytes(sourcePath));
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
