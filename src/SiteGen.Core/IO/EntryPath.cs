using System.IO.Enumeration;

namespace SiteGen.IO;

/// <summary>The path of a listed entry below the folder a listing started from, with '/' between names.</summary>
/// <remarks>
/// Made from the listing's own entry: a FileInfo per file, and its full path cut back afterwards, cost a listing of
/// tens of thousands of files an object, two strings and a mode check each.
/// </remarks>
internal static class EntryPath
{
    /// <summary>The folder as a prefix of the entries' full paths: full, ending in a separator.</summary>
    public static string Prefix(string folder)
    {
        var full = Path.GetFullPath(folder);
        return Path.EndsInDirectorySeparator(full) ? full : full + Path.DirectorySeparatorChar;
    }

    /// <summary>The entry's path below <paramref name="prefix"/> (from <see cref="Prefix"/>).</summary>
    public static string Below(string prefix, ref FileSystemEntry entry)
    {
        var directory = entry.Directory.Length >= prefix.Length ? entry.Directory[prefix.Length..] : [];
        var path = directory.IsEmpty ? entry.FileName.ToString() : string.Concat(directory, "/", entry.FileName);
        return Path.DirectorySeparatorChar == '/' ? path : path.Replace('\\', '/');
    }
}
