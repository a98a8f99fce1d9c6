using SiteGen.Configuration;
using SiteGen.Import.Media;
using SiteGen.IO;
using SiteGen.Tests.Import.Support;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>The old blog's media: counted while remote, copied from --media-from, downloaded by --fetch-media (a local server stands in for the host).</summary>
public sealed class MediaHomeTests
{
    private const string SiteYml = "title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\n";

    private static readonly byte[] Jpeg = [.. Enumerable.Range(0, 5000).Select(i => (byte)(i * 7))];
    private static readonly byte[] Pdf = "%PDF-1.4 a small document"u8.ToArray();
    private static readonly byte[] Mp3 = [.. Enumerable.Range(0, 300).Select(i => (byte)i)];

    private static string Export(string blog) => Wxr.ExportOf(blog,
        Wxr.Item(1, "With media", "with-media", blogUrl: blog, extra: Wxr.Featured(10), content:
            $"<p><img src=\"{blog}/wp-content/uploads/2022/05/a.jpg?w=640\" alt=\"A\" /></p><p><a href=\"{blog}/wp-content/uploads/2022/05/doc.pdf\">The report</a></p><p><img src=\"{blog}/wp-content/uploads/2022/05/gone.png\" alt=\"Gone\" /></p>"),
        Wxr.Attachment(10, $"{blog}/wp-content/uploads/2022/05/b.jpg", parent: 1, blogUrl: blog),
        Wxr.Attachment(11, $"{blog}/wp-content/uploads/2022/04/c.mp3", blogUrl: blog));

    [Fact]
    public void WithoutAMediaOptionEveryFileIsCountedAsRemote()
    {
        using var site = ImportSandbox.Create(SiteYml);
        var report = site.Import(site.Input("export.xml", Export("https://blog.example")));

        Assert.Equal(2, report.Attachments);
        Assert.Equal(5, report.MediaRemote);
        Assert.All(report.Media, m => Assert.Equal(MediaState.Remote, m.State));
        Assert.Contains("https://blog.example/wp-content/uploads/2022/05/a.jpg?w=640", site.Read("content/dispatches/2022/with-media.md"), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "static")));
    }

    [Fact]
    public void FetchMediaDownloadsEveryFileAndPointsTheReferencesHome()
    {
        using var host = new MediaHost(Files());
        using var site = ImportSandbox.Create(SiteYml);
        var input = site.Input("export.xml", Export(host.Url));
        var report = site.Import(o => o with { FetchMedia = true, Fetch = new FetchSettings { Delay = TimeSpan.Zero } }, input);

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        Assert.Equal(Jpeg, File.ReadAllBytes(Path.Combine(site.Root, "static/wp-content/uploads/2022/05/a.jpg")));
        Assert.Equal(Pdf, File.ReadAllBytes(Path.Combine(site.Root, "static/wp-content/uploads/2022/05/doc.pdf")));
        Assert.Equal(Mp3, File.ReadAllBytes(Path.Combine(site.Root, "static/wp-content/uploads/2022/04/c.mp3")));
        Assert.True(File.Exists(Path.Combine(site.Root, "static/wp-content/uploads/2022/05/b.jpg")));

        var text = site.Read("content/dispatches/2022/with-media.md");
        Assert.Contains("](/wp-content/uploads/2022/05/a.jpg", text, StringComparison.Ordinal);
        Assert.Contains("](/wp-content/uploads/2022/05/doc.pdf)", text, StringComparison.Ordinal);
        Assert.Contains("src: \"/wp-content/uploads/2022/05/b.jpg\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("?w=640", text, StringComparison.Ordinal);

        // The missing file is listed, never fatal, and its reference stays where it was.
        var failed = Assert.Single(report.Diagnostics, d => d.Code == "SG0636");
        Assert.Contains("HTTP 404", failed.Message, StringComparison.Ordinal);
        Assert.Contains($"{host.Url}/wp-content/uploads/2022/05/gone.png", text, StringComparison.Ordinal);
        Assert.Equal(MediaState.Failed, Assert.Single(report.Media, m => !m.IsHome).State);
        Assert.DoesNotContain(host.Requests, r => r.Contains("?w=", StringComparison.Ordinal));

        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), new MemoryOutput(), new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));

        // A second run asks only for what is still missing.
        var requests = host.Requests.Count;
        site.Import(o => o with { FetchMedia = true, Fetch = new FetchSettings { Delay = TimeSpan.Zero } }, input);
        Assert.Equal(["GET /wp-content/uploads/2022/05/gone.png"], host.Requests.Skip(requests));
    }

    [Fact]
    public void AnInterruptedDownloadResumesWhereItStopped()
    {
        using var host = new MediaHost(Files());
        using var site = ImportSandbox.Create(SiteYml);
        var part = Path.Combine(site.Root, "static/wp-content/uploads/2022/05/a.jpg.part");
        Directory.CreateDirectory(Path.GetDirectoryName(part)!);
        File.WriteAllBytes(part, Jpeg[..1000]);

        site.Import(o => o with { FetchMedia = true, Fetch = new FetchSettings { Delay = TimeSpan.Zero } }, site.Input("export.xml", Export(host.Url)));

        Assert.Contains("GET /wp-content/uploads/2022/05/a.jpg range=1000-", host.Requests);
        Assert.Equal(Jpeg, File.ReadAllBytes(Path.Combine(site.Root, "static/wp-content/uploads/2022/05/a.jpg")));
        Assert.False(File.Exists(part));
    }

    [Fact]
    public void AFileOverTheSizeCapIsListedNotDownloaded()
    {
        using var host = new MediaHost(Files());
        using var site = ImportSandbox.Create(SiteYml);
        var report = site.Import(o => o with { FetchMedia = true, Fetch = new FetchSettings { Delay = TimeSpan.Zero, MaxBytes = 1024 } }, site.Input("export.xml", Export(host.Url)));

        Assert.Contains(report.Diagnostics, d => d.Code == "SG0636" && d.Location.Path.EndsWith("a.jpg", StringComparison.Ordinal) && d.Message.Contains("cap", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(site.Root, "static/wp-content/uploads/2022/05/a.jpg")));
        Assert.True(File.Exists(Path.Combine(site.Root, "static/wp-content/uploads/2022/05/doc.pdf")));
        Assert.False(report.HasErrors);
    }

    [Fact]
    public void MediaFromTheBlogsMediaExportIsCopied()
    {
        using var site = ImportSandbox.Create(SiteYml);
        var media = Path.Combine(site.Root, "inputs", "media");
        foreach (var (path, bytes) in new[] { ("wp-content/uploads/2022/05/a.jpg", Jpeg), ("2022/05/doc.pdf", Pdf), ("2022/05/b.jpg", Jpeg) })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(media, path))!);
            File.WriteAllBytes(Path.Combine(media, path), bytes);
        }

        var report = site.Import(o => o with { MediaFrom = media }, site.Input("export.xml", Export("https://blog.example")));

        Assert.Equal(Jpeg, File.ReadAllBytes(Path.Combine(site.Root, "static/wp-content/uploads/2022/05/a.jpg")));
        Assert.Equal(Pdf, File.ReadAllBytes(Path.Combine(site.Root, "static/wp-content/uploads/2022/05/doc.pdf")));
        Assert.Equal(3, report.MediaHome);
        Assert.Equal(["2022/04/c.mp3", "2022/05/gone.png"], report.Diagnostics.Where(d => d.Code == "SG0635").Select(d => d.Message[..d.Message.IndexOf(' ', StringComparison.Ordinal)]).Order(StringComparer.Ordinal));
        Assert.Contains("](/wp-content/uploads/2022/05/a.jpg", site.Read("content/dispatches/2022/with-media.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void AnAttachmentOnAnotherHostIsCopiedToWhereWordPressRecordedIt()
    {
        // WordPress's importer tests: an interrupted import (one attachment), then the whole export, whose three
        // attachments live on another host than the blog; each names its upload path in _wp_attached_file.
        using var site = ImportSandbox.Create(SiteYml);
        var media = Path.Combine(site.Root, "inputs", "media");
        Directory.CreateDirectory(Path.Combine(media, "2024", "01"));
        foreach (var name in new[] { "image-1.jpg", "image-2.jpg", "image-3.jpg" })
        {
            File.WriteAllBytes(Path.Combine(media, "2024", "01", name), Jpeg);
        }

        site.Import(o => o with { MediaFrom = media }, ImportPaths.Fixture("wordpress-importer/idempotency-partial.xml"));
        var complete = ImportPaths.Fixture("wordpress-importer/idempotency-complete.xml");
        var report = site.Import(o => o with { MediaFrom = media }, complete);

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        Assert.Equal((3, 3, 0), (report.Dispatches, report.MediaHome, report.MediaRemote));
        var text = site.Read("content/dispatches/2024/post-1-with-image-1.md");
        Assert.Contains("src: \"/wp-content/uploads/2024/01/image-1.jpg\"", text, StringComparison.Ordinal);
        Assert.Contains("![Image 1](/wp-content/uploads/2024/01/image-1.jpg)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("yavuzceliker", text, StringComparison.Ordinal);
        Assert.Equal(3, site.Import(o => o with { MediaFrom = media }, complete).Count(SiteGen.Import.Model.WriteOutcome.Unchanged));
    }

    [Fact]
    public void FetchMediaDownloadsAnAttachmentFromAnotherHostAndFilesItByItsDate()
    {
        using var host = new MediaHost(new Dictionary<string, byte[]>(StringComparer.Ordinal) { ["/cdn/photo.jpg"] = Jpeg, ["/cdn/other.jpg"] = Jpeg });
        using var site = ImportSandbox.Create(SiteYml);
        var input = site.Input("export.xml", Wxr.ExportOf("https://blog.example",
            Wxr.Item(1, "Offloaded", "offloaded", content: $"<p><img src=\"{host.Url}/cdn/photo.jpg\" alt=\"A\" /></p><p><img src=\"{host.Url}/cdn/other.jpg\" alt=\"B\" /></p>"),
            Wxr.Attachment(10, $"{host.Url}/cdn/photo.jpg", parent: 1)));
        var report = site.Import(o => o with { FetchMedia = true, Fetch = new FetchSettings { Delay = TimeSpan.Zero } }, input);

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        Assert.Equal(Jpeg, File.ReadAllBytes(Path.Combine(site.Root, "static/wp-content/uploads/2022/05/photo.jpg")));
        var text = site.Read("content/dispatches/2022/offloaded.md");
        Assert.Contains("![A](/wp-content/uploads/2022/05/photo.jpg)", text, StringComparison.Ordinal);

        // An image on that host that the export does not list as an attachment is another site's: left where it is.
        Assert.Contains($"![B]({host.Url}/cdn/other.jpg)", text, StringComparison.Ordinal);
        Assert.Equal(["GET /cdn/photo.jpg"], host.Requests);
    }

    private static Dictionary<string, byte[]> Files() => new(StringComparer.Ordinal)
    {
        ["/wp-content/uploads/2022/05/a.jpg"] = Jpeg,
        ["/wp-content/uploads/2022/05/b.jpg"] = Jpeg,
        ["/wp-content/uploads/2022/05/doc.pdf"] = Pdf,
        ["/wp-content/uploads/2022/04/c.mp3"] = Mp3,
    };
}
