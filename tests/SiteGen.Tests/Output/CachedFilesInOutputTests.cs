using SiteGen.Configuration;
using SiteGen.IO;
using SiteGen.Tests.Images;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Output;

/// <summary>
/// The image cache's files reach an output on disk as hard links where they can: the same bytes, no copy, and never a
/// way for a write into the output to change the cache.
/// </summary>
public sealed class CachedFilesInOutputTests : IDisposable
{
    private readonly DirectoryInfo _site = Directory.CreateTempSubdirectory("sitegen-links-");

    public void Dispose() => _site.Delete(recursive: true);

    private string Output => Path.Combine(_site.FullName, "_site");

    private string Cache => Path.Combine(_site.FullName, ".sitegen", "images");

    private void Write(string path, byte[] bytes)
    {
        var full = Path.Combine(_site.FullName, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    private void WriteSite()
    {
        Write("site.yml", "title: T\nbase_url: https://example.org/\npermalink: /:slug/\n"u8.ToArray());
        Write("content/dispatches/a.md", "---\ntitle: A\ndate: 2022-05-15\nimage:\n  src: /images/front.jpg\n  alt: Front\n---\nA.\n"u8.ToArray());
        Write("content/dispatches/b.md", "---\ntitle: B\ndate: 2022-05-16\n---\nB, with a social card.\n"u8.ToArray());
        Write("static/images/front.jpg", TestImages.Jpeg(2000, 1000));
    }

    private BuildResult Build() => SiteGen.Site.BuildFolder(_site.FullName, new BuildOptions { Now = TestSite.Now, Clean = true });

    [Fact]
    public void ACachedCardOrCopyInTheOutputHasTheCachedBytesAndTheCacheIsReadOnly()
    {
        WriteSite();
        Assert.True(Build().Succeeded);
        var second = Build();

        Assert.True(second.Succeeded);
        Assert.Equal(0, second.ImagesMade);
        var cached = Directory.GetFiles(Cache, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith("facts.txt", StringComparison.Ordinal)).ToList();
        var card = Directory.GetFiles(Path.Combine(Cache, "cards")).Single();
        Assert.Equal(File.ReadAllBytes(card), File.ReadAllBytes(Path.Combine(Output, "b/card.png")));
        var copies = Directory.GetFiles(Path.Combine(Output, "images"), "front.*-800.*");
        Assert.NotEmpty(copies);
        Assert.All(copies, copy => Assert.Contains(cached, c => File.ReadAllBytes(c).AsSpan().SequenceEqual(File.ReadAllBytes(copy))));
        if (!OperatingSystem.IsWindows())
        {
            Assert.All(cached, file => Assert.Equal(UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead, new FileInfo(file).UnixFileMode));
        }
    }

    [Fact]
    public void ACachedCardIsLinkedNotCopiedWhereTheFileSystemAllows()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        WriteSite();
        Assert.True(Build().Succeeded);
        Assert.True(Build().Succeeded);
        var card = Directory.GetFiles(Path.Combine(Cache, "cards")).Single();

        // Only a second name of the same file shows a change made through the other name.
        File.SetUnixFileMode(card, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.AppendAllText(card, "changed");

        Assert.Equal(File.ReadAllBytes(card), File.ReadAllBytes(Path.Combine(Output, "b/card.png")));
    }

    [Fact]
    public void WritingALinkedPathAgainLeavesTheCachedFileAsItWas()
    {
        var cache = Path.Combine(_site.FullName, "cache.png");
        File.WriteAllBytes(cache, [1, 2, 3]);
        File.WriteAllBytes(Path.Combine(_site.FullName, "site.png"), [4]);
        var output = new DirectoryOutput(Path.Combine(_site.FullName, "out"));

        output.Link(cache, "a/card.png");
        output.Write("a/card.png", new byte[] { 9, 9 });
        output.Link(cache, "b/card.png");
        output.Copy(new PhysicalFileSource(_site.FullName), "site.png", "b/card.png");

        Assert.Equal([1, 2, 3], File.ReadAllBytes(cache));
        Assert.Equal([9, 9], File.ReadAllBytes(Path.Combine(_site.FullName, "out/a/card.png")));
        Assert.Equal([4], File.ReadAllBytes(Path.Combine(_site.FullName, "out/b/card.png")));
    }
}
