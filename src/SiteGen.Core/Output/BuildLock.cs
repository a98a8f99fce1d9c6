using SiteGen.Diagnostics;

namespace SiteGen.Output;

/// <summary>One build per site at a time: a second build refuses with a clear message rather than mixing outputs.</summary>
internal sealed class BuildLock : IDisposable
{
    private readonly FileStream _stream;

    private BuildLock(FileStream stream)
    {
        _stream = stream;
        Taken = File.GetLastWriteTimeUtc(stream.SafeFileHandle).Ticks;
    }

    /// <summary>
    /// The file system's clock when the lock was taken (UTC ticks): the write time the lock file got, so that it
    /// compares with the site's files' write times even where the file system's clock is coarser than the system's.
    /// </summary>
    public long Taken { get; }

    public static BuildLock? TryAcquire(string siteRoot, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(siteRoot, DiskPublishing.CacheFolder);
        var path = Path.Combine(folder, "build.lock");
        try
        {
            Directory.CreateDirectory(folder);
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            stream.SetLength(0);
            var pid = System.Text.Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            stream.Write(pid);
            stream.Flush();
            return new BuildLock(stream);
        }
        catch (IOException)
        {
            diagnostics.Error(DiagnosticCodes.BuildLocked, new SourceLocation(Path.Combine(DiskPublishing.CacheFolder, "build.lock")),
                "another build of this site is running (it holds this lock file); wait for it to finish and build again");
            return null;
        }
    }

    public void Dispose() => _stream.Dispose();
}
