namespace SiteGen.Tests.Robustness.Support;

/// <summary>
/// Makes a folder really read-only for the length of a test: by its mode for an ordinary user, by the immutable
/// attribute (chattr +i) for root, whom modes do not stop. Skips the test where neither works.
/// </summary>
public sealed class ReadOnlyFolder : IDisposable
{
    private readonly string _path;
    private readonly UnixFileMode? _mode;

    private ReadOnlyFolder(string path, UnixFileMode? mode)
    {
        _path = path;
        _mode = mode;
    }

    /// <param name="path">The folder.</param>
    /// <param name="immutableOnly">Only the immutable attribute will do: a read-only mode still lets a folder be renamed.</param>
    public static ReadOnlyFolder Make(string path, bool immutableOnly = false)
    {
        ReadOnlyFolder folder;
        if (Environment.IsPrivilegedProcess)
        {
            Skip.IfNot(Chattr("+i", path), "chattr +i is not available here, and root ignores folder modes");
            folder = new ReadOnlyFolder(path, null);
        }
        else if (!OperatingSystem.IsWindows())
        {
            Skip.If(immutableOnly, "only root can make a folder immutable");
            var mode = File.GetUnixFileMode(path);
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            folder = new ReadOnlyFolder(path, mode);
        }
        else
        {
            throw new SkipException("read-only folders are tested on Unix only");
        }

        if (IsWritable(path))
        {
            folder.Dispose();
            Skip.If(true, $"{path} could not be made read-only");
        }

        return folder;
    }

    public void Dispose()
    {
        if (_mode is { } mode && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_path, mode);
        }
        else
        {
            Chattr("-i", _path);
        }
    }

    private static bool IsWritable(string path)
    {
        var probe = Path.Combine(path, ".write-probe");
        try
        {
            File.WriteAllText(probe, string.Empty);
            File.Delete(probe);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool Chattr(string flag, string path)
    {
        try
        {
            return RunningProcess.Run("chattr", [flag, path], TimeSpan.FromSeconds(30)).Succeeded;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
