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

        // No file or folder whose name starts with a dot, as the walk goes, but .well-known (HiddenEntry).
        var prefix = EntryPath.Prefix(Root);
        var walk = new FileSystemEnumerable<string>(full, (ref FileSystemEntry entry) => EntryPath.Below(prefix, ref entry), Listing)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory && !HiddenEntry.IsHidden(entry.FileName),
            ShouldRecursePredicate = (ref FileSystemEntry entry) => !HiddenEntry.IsHidden(entry.FileName),
        };
        var files = walk.ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    // On Unix .NET reports every dot-named entry as Hidden, which would drop .well-known before the predicates see it:
    // there the names decide alone; on Windows the Hidden attribute is the user's own mark and still counts.
    private static readonly EnumerationOptions Listing = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = OperatingSystem.IsWindows() ? FileAttributes.Hidden | FileAttributes.System : FileAttributes.System,
    };

    private static bool IsHiddenPath(string directory) => directory.Split('/', '\\').Any(HiddenEntry.IsHidden);

    public byte[] ReadAllBytes(string path) => File.ReadAllBytes(FullPath(path));

    public long GetLength(string path) => new FileInfo(FullPath(path)).Length;

    public FileStamp? Stamp(string path)
    {
        var info = new FileInfo(FullPath(path));
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : null;
    }

    public string FullPath(string path) => Path.Combine(Root, path);
}
