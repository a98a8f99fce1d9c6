namespace SiteGen.Benchmarks.Places;

/// <summary>The mounted file system a folder lives on, as /proc/mounts lists it.</summary>
/// <param name="Device">What is mounted, e.g. <c>/dev/vda</c> or <c>tmpfs</c>.</param>
/// <param name="Path">Where it is mounted.</param>
/// <param name="FileSystem">Its type, e.g. <c>ext4</c> or <c>tmpfs</c>.</param>
public sealed record MountPoint(string Device, string Path, string FileSystem)
{
    private static readonly string[] MemoryFileSystems = ["tmpfs", "ramfs"];

    public PlaceKind Kind => MemoryFileSystems.Contains(FileSystem, StringComparer.Ordinal) ? PlaceKind.Memory : PlaceKind.Disk;

    /// <summary>For the report: "ext4 on /dev/vda, mounted at /" or "tmpfs, mounted at /dev/shm".</summary>
    public string Description => Kind == PlaceKind.Memory || Device == FileSystem
        ? $"{FileSystem}, mounted at {Path}"
        : $"{FileSystem} on {Device}, mounted at {Path}";
}
