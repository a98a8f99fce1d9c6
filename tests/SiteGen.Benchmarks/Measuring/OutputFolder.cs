namespace SiteGen.Benchmarks.Measuring;

/// <summary>
/// Clears outputs for cold builds without timing the deletion (on these disks deleting 100,000 pages alone takes
/// seconds): a folder is renamed into the work folder's .trash/, which is emptied after the timed run.
/// </summary>
public static class OutputFolder
{
    private const string Trash = ".trash";

    public static void MoveAside(string path, string workDirectory)
    {
        if (!Directory.Exists(path) && !File.Exists(path))
        {
            return;
        }

        var trash = Path.Combine(workDirectory, Trash);
        Directory.CreateDirectory(trash);
        var target = Path.Combine(trash, $"{Path.GetFileName(path)}-{Guid.NewGuid():N}");
        if (File.Exists(path))
        {
            File.Move(path, target);
        }
        else
        {
            Directory.Move(path, target);
        }
    }

    public static void EmptyTrash(string workDirectory)
    {
        var trash = Path.Combine(workDirectory, Trash);
        if (Directory.Exists(trash))
        {
            Directory.Delete(trash, recursive: true);
        }
    }

    public static void Remove(string path, string workDirectory)
    {
        MoveAside(path, workDirectory);
        EmptyTrash(workDirectory);
    }

    /// <summary>The number of files under <paramref name="path"/> and the sum of their lengths.</summary>
    public static (int Files, long Bytes) Size(string path)
    {
        if (!Directory.Exists(path))
        {
            return (0, 0);
        }

        var files = 0;
        long bytes = 0;
        foreach (var file in new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            files++;
            bytes += file.Length;
        }

        return (files, bytes);
    }
}
