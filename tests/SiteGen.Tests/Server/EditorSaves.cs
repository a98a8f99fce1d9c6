namespace SiteGen.Tests.Server;

/// <summary>
/// The ways editors save a file, done to the file system as they do it (full path, new text): in place, through a
/// temporary file renamed over the original, or deleted and written again.
/// </summary>
internal static class EditorSaves
{
    private static int _counter;

    /// <summary>Truncates and writes the file (VS Code, nano, vim with backupcopy=yes, most programs).</summary>
    public static void InPlace(string path, string text) => File.WriteAllText(path, text);

    /// <summary>Deletes the file and writes a new one under the same name.</summary>
    public static void DeleteAndCreate(string path, string text)
    {
        File.Delete(path);
        File.WriteAllText(path, text);
    }

    /// <summary><c>sed -i</c>: writes <c>sedXXXXXX</c> beside the file and renames it over.</summary>
    public static void Sed(string path, string text)
    {
        var temporary = Beside(path, $"sed{Unique()}");
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>
    /// Vim with backupcopy=no (the default where it can): probes the folder with <c>4913</c>, renames the file to
    /// <c>a.md~</c>, writes a new file, deletes the backup.
    /// </summary>
    public static void Vim(string path, string text)
    {
        var probe = Beside(path, "4913");
        File.WriteAllText(probe, string.Empty);
        File.Delete(probe);
        var backup = path + "~";
        if (File.Exists(path))
        {
            File.Move(path, backup, overwrite: true);
        }

        File.WriteAllText(path, text);
        File.Delete(backup);
    }

    /// <summary>Emacs: a <c>.#a.md</c> lock, the original renamed to the backup <c>a.md~</c> (which stays), a new file.</summary>
    public static void Emacs(string path, string text)
    {
        var lockFile = Beside(path, ".#" + Path.GetFileName(path));
        File.WriteAllText(lockFile, "user@host.1234");
        if (File.Exists(path))
        {
            File.Move(path, path + "~", overwrite: true);
        }

        File.WriteAllText(path, text);
        File.Delete(lockFile);
    }

    /// <summary>JetBrains "safe write": <c>a.md___jb_tmp___</c> written, the original moved to <c>a.md___jb_old___</c>, the new one moved in, the old deleted.</summary>
    public static void JetBrains(string path, string text)
    {
        var temporary = path + "___jb_tmp___";
        var old = path + "___jb_old___";
        File.WriteAllText(temporary, text);
        if (File.Exists(path))
        {
            File.Move(path, old, overwrite: true);
        }

        File.Move(temporary, path);
        File.Delete(old);
    }

    /// <summary>gedit (GIO): a hidden <c>.goutputstream-XXXXXX</c> renamed over the file.</summary>
    public static void Gedit(string path, string text)
    {
        var temporary = Beside(path, $".goutputstream-{Unique()}");
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }

    private static string Beside(string path, string name) => Path.Combine(Path.GetDirectoryName(path)!, name);

    private static string Unique() => Interlocked.Increment(ref _counter).ToString("X6", System.Globalization.CultureInfo.InvariantCulture);
}
