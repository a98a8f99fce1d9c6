using System.Buffers;
using System.Text;

namespace SiteGen.Benchmarks.Places;

/// <summary>Reads /proc/mounts to tell which file system a folder is on (the deepest mount point above it).</summary>
public static class MountTable
{
    private static readonly SearchValues<char> OctalDigits = SearchValues.Create("01234567");

    public const string ProcMounts = "/proc/mounts";

    /// <summary>The mount holding <paramref name="path"/> on this machine, or null where /proc/mounts does not exist.</summary>
    public static MountPoint? Find(string path) =>
        File.Exists(ProcMounts) ? Find(File.ReadAllText(ProcMounts), Path.GetFullPath(path)) : null;

    /// <summary>The mount in <paramref name="mounts"/> (the text of /proc/mounts) whose mount point is the deepest one above <paramref name="path"/>.</summary>
    public static MountPoint? Find(string mounts, string path)
    {
        MountPoint? best = null;
        foreach (var line in mounts.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = line.Split(' ');
            if (fields.Length < 3)
            {
                continue;
            }

            var mount = new MountPoint(Unescape(fields[0]), Unescape(fields[1]), fields[2]);

            // A later line for the same point is mounted over the earlier one, so it wins a tie.
            if (Contains(mount.Path, path) && (best is null || mount.Path.Length >= best.Path.Length))
            {
                best = mount;
            }
        }

        return best;
    }

    private static bool Contains(string mountPoint, string path) =>
        mountPoint == "/"
        || path == mountPoint
        || path.StartsWith(mountPoint + "/", StringComparison.Ordinal);

    /// <summary>/proc/mounts writes a space, tab, newline or backslash in a path as a backslash and three octal digits.</summary>
    private static string Unescape(string field)
    {
        if (!field.Contains('\\', StringComparison.Ordinal))
        {
            return field;
        }

        var text = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] == '\\' && i + 3 < field.Length && !field.AsSpan(i + 1, 3).ContainsAnyExcept(OctalDigits))
            {
                text.Append((char)Convert.ToInt32(field.Substring(i + 1, 3), 8));
                i += 3;
            }
            else
            {
                text.Append(field[i]);
            }
        }

        return text.ToString();
    }
}
