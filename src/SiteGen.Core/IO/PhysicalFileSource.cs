using System.IO.Enumeration;

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
        if (IsHiddenPath(directory) || !Directory.Exists(full))
        {
            return [];
        }

        // No file or folder whose name starts with a dot, as the walk goes.
        var prefix = EntryPath.Prefix(Root);
        var walk = new FileSystemEnumerable<string>(full, (ref FileSystemEntry entry) => EntryPath.Below(prefix, ref entry), Listing)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory && !entry.FileName.StartsWith('.'),
            ShouldRecursePredicate = (ref FileSystemEntry entry) => !entry.FileName.StartsWith('.'),
        };
        var files = walk.ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static readonly EnumerationOptions Listing = new() { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };

    private static bool IsHiddenPath(string directory) => directory.Split('/', '\\').Any(part => part.StartsWith('.') && part is not "." and not "..");

    public byte[] ReadAllBytes(string path) => File.ReadAllBytes(FullPath(path));

    public long GetLength(string path) => new FileInfo(FullPath(path)).Length;

    public FileStamp? Stamp(string path)
    {
        var info = new FileInfo(FullPath(path));
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : null;
    }

    public string FullPath(string path) => Path.Combine(Root, path);
}
