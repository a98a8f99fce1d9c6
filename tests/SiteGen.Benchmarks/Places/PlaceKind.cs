namespace SiteGen.Benchmarks.Places;

/// <summary>Where a place keeps its files: a real disk, or memory (tmpfs), where creating a file costs no I/O.</summary>
public enum PlaceKind
{
    /// <summary>A folder on a disk-backed file system (ext4, xfs, btrfs, ...).</summary>
    Disk,

    /// <summary>A folder on a memory-backed file system (tmpfs, ramfs), such as /dev/shm.</summary>
    Memory,
}
