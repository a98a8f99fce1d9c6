using SiteGen.Benchmarks.Places;

namespace SiteGen.Benchmarks.Tests.Places;

public class MountTableTests
{
    private const string Mounts = """
        /dev/vda / ext4 rw,relatime 0 0
        proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
        tmpfs /dev/shm tmpfs rw,nosuid,nodev 0 0
        /dev/vdb /mnt/bench\040disk xfs rw,relatime 0 0
        """;

    [Theory]
    [InlineData("/dev/shm/sitegen-bench", "tmpfs", PlaceKind.Memory)]
    [InlineData("/var/tmp/sitegen-bench", "ext4", PlaceKind.Disk)]
    [InlineData("/dev/shmem", "ext4", PlaceKind.Disk)]
    [InlineData("/mnt/bench disk/sitegen", "xfs", PlaceKind.Disk)]
    public void FolderIsOnTheDeepestMountAboveIt(string path, string fileSystem, PlaceKind kind)
    {
        var mount = MountTable.Find(Mounts, path);

        Assert.NotNull(mount);
        Assert.Equal(fileSystem, mount.FileSystem);
        Assert.Equal(kind, mount.Kind);
    }

    [Fact]
    public void ALaterMountOverTheSamePointHidesTheEarlierOne()
    {
        var mount = MountTable.Find(Mounts + "\ntmpfs /tmp tmpfs rw 0 0\n/dev/vdc /tmp ext4 rw 0 0\n", "/tmp/x");

        Assert.Equal("ext4", mount?.FileSystem);
    }

    [Fact]
    public void DiskFolderOnTmpfsIsRefusedWithTheOptionThatFixesIt()
    {
        var place = new BenchPlace(PlaceKind.Disk, "/tmp/sitegen-bench", new MountPoint("tmpfs", "/tmp", "tmpfs"));

        Assert.Contains("--disk DIR", place.Mismatch(), StringComparison.Ordinal);
    }

    [Fact]
    public void MemoryFolderOnADiskIsRefusedWithTheOptionThatFixesIt()
    {
        var place = new BenchPlace(PlaceKind.Memory, "/var/tmp/x", new MountPoint("/dev/vda", "/", "ext4"));

        Assert.Contains("--memory DIR", place.Mismatch(), StringComparison.Ordinal);
    }

    [Fact]
    public void FolderOnTheKindItStandsForIsAccepted()
    {
        Assert.Null(Results.Disk.Mismatch());
        Assert.Null(Results.Memory.Mismatch());
    }
}
