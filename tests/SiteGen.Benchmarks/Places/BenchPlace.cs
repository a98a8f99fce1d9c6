namespace SiteGen.Benchmarks.Places;

/// <summary>A work folder the session builds in: corpora, outputs and the trash for cold builds, all on one file system.</summary>
/// <param name="Kind">Disk or memory, as asked for with <c>--places</c>.</param>
/// <param name="Directory">The work folder.</param>
/// <param name="Mount">The file system it is on, where /proc/mounts could tell.</param>
public sealed record BenchPlace(PlaceKind Kind, string Directory, MountPoint? Mount)
{
    /// <summary>For headings: "in memory" or "on disk".</summary>
    public string Name => Kind == PlaceKind.Memory ? "in memory" : "on disk";

    /// <summary>For the machine table: the folder and its file system.</summary>
    public string Description => $"{Directory} ({Mount?.Description ?? "file system unknown"})";

    /// <summary>
    /// Checks the folder is on the kind of file system its name promises: a "disk" folder on tmpfs (where /tmp is
    /// on some systems) would measure memory twice. Null when it is, else why not, with the fix.
    /// </summary>
    public string? Mismatch()
    {
        if (Mount is null || Mount.Kind == Kind)
        {
            return null;
        }

        return Kind == PlaceKind.Disk
            ? $"the disk folder {Directory} is on {Mount.Description}, which is memory: give a folder on a disk with --disk DIR"
            : $"the memory folder {Directory} is on {Mount.Description}, not tmpfs: give a folder on tmpfs with --memory DIR (e.g. /dev/shm/sitegen-bench)";
    }

    /// <summary>Finds the file system of <paramref name="directory"/>, creating the folder first.</summary>
    public static BenchPlace Open(PlaceKind kind, string directory)
    {
        System.IO.Directory.CreateDirectory(directory);
        return new BenchPlace(kind, directory, MountTable.Find(directory));
    }
}
