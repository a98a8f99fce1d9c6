namespace SiteGen.IO;

/// <summary>Reads a site from a folder on disk.</summary>
public sealed class PhysicalFileSource(string root) : IFileSource, IFileStamps
{
    public string Root { get; } = Path.GetFullPath(root);

    public string Description => Root;

    public bool FileExists(string path) => File.Exists(FullPath(path));

    public bool DirectoryExists(string path) => Directory.Exists(FullPath(path));

    public IReadOnlyList<string> EnumerateFiles(string directory)
    {
        var full = FullPath(directory);
        if (!Directory.Exists(full))
        {
            return [];
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        var files = Directory.EnumerateFiles(full, "*", options)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part.StartsWith('.')))
            .ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    public byte[] ReadAllBytes(string path) => File.ReadAllBytes(FullPath(path));

    public long GetLength(string path) => new FileInfo(FullPath(path)).Length;

    public FileStamp? Stamp(string path)
    {
        var info = new FileInfo(FullPath(path));
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : null;
    }

    public string FullPath(string path) => Path.Combine(Root, path);
}
