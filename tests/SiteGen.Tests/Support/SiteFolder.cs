using System.Text;

namespace SiteGen.Tests.Support;

/// <summary>A site written to a fresh temporary folder from the same text-block form as <see cref="TestSite"/>; deleted on dispose.</summary>
public sealed class SiteFolder : IDisposable
{
    private SiteFolder(string root) => Root = root;

    /// <summary>The temporary folder; the site itself is <see cref="Site"/>, one level down, so tests can put files beside it.</summary>
    public string Root { get; }

    public string Site => Path.Combine(Root, "site");

    public static SiteFolder Create(string text)
    {
        var root = Path.Combine(Path.GetTempPath(), "sitegen-tests", Guid.NewGuid().ToString("N")[..12]);
        var folder = new SiteFolder(root);
        Directory.CreateDirectory(folder.Site);
        var files = TestSite.Parse(text).Files;
        foreach (var path in files.EnumerateFiles(string.Empty))
        {
            folder.Write(path, Encoding.UTF8.GetString(files.ReadAllBytes(path)));
        }

        return folder;
    }

    public string FullPath(string sitePath) => Path.Combine(Site, sitePath);

    public void Write(string sitePath, string text)
    {
        var full = FullPath(sitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public string Read(string sitePath) => File.ReadAllText(FullPath(sitePath));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A watcher still closing; the OS temp cleaner gets it.
        }
    }
}

/// <summary>A clock that always says the same time, so that which dispatches are "future" never changes mid-test.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
