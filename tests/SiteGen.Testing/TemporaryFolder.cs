namespace SiteGen.Testing;

/// <summary>A fresh folder under the system's temporary folder, deleted on dispose.</summary>
public sealed class TemporaryFolder : IDisposable
{
    private TemporaryFolder(string path) => Path = path;

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <param name="prefix">Starts the folder's name, saying which test made it (e.g. <c>sitegen-import-</c>).</param>
    public static TemporaryFolder Create(string prefix) => new(Directory.CreateTempSubdirectory(prefix).FullName);

    /// <summary>The full path of <paramref name="relative"/> (written with '/') inside the folder.</summary>
    public string FullPath(string relative) => System.IO.Path.Combine(Path, relative);

    /// <summary>Writes <paramref name="text"/> to <paramref name="relative"/>, creating its folders.</summary>
    public void Write(string relative, string text)
    {
        var full = FullPath(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public string Read(string relative) => File.ReadAllText(FullPath(relative));

    public bool Exists(string relative) => File.Exists(FullPath(relative));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A watcher still closing, or a file a test made read-only: the system's temp cleaner gets it.
        }
    }
}
