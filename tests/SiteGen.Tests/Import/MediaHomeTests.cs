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

    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE1, .. Enumerable.Range(0, 4996).Select(i => (byte)(i * 7))];
    private static readonly byte[] Pdf = "%PDF-1.4 a small document"u8.ToArray();
    private static readonly byte[] Mp3 = [.. Enumerable.Range(0, 300).Select(i => (byte)i)];

    // A JPEG's signature, for a download from another host, which is kept only when it is media.
    private static readonly byte[] Photo = [0xFF, 0xD8, 0xFF, 0xE0, .. Enumerable.Range(0, 3000).Select(i => (byte)(i * 11))];

    private static readonly FetchSettings LocalHostStandsIn = new() { Delay = TimeSpan.Zero, AllowPrivateAddresses = true };

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
        var report = site.Import(o => o with { FetchMedia = true, Fetch = new FetchSettings { Delay = TimeSpan.Zero, PrivateBlogHosts = true } }, input);

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
        Assert.Contains("without a network, put the file in the --media-from folder as 2022/05/gone.png", failed.Message, StringComparison.Ordinal);
        Assert.Contains($"{host.Url}/wp-content/uploads/2022/05/gone.png", text, StringComparison.Ordinal);
        Assert.Equal(MediaState.Failed, Assert.Single(report.Media, m => !m.IsHome).State);
        Assert.DoesNotContain(host.Requests, r => r.Contains("?w=", StringComparison.Ordinal));

        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), new MemoryOutput(), new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));

        // A second run asks only for what is still missing.
        var requests = host.Requests.Count;
        site.Import(o => o with { FetchMedia = true, Fetch = new FetchSettings { Delay = TimeSpan.Zero, PrivateBlogHosts = true } }, input);
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

        site.Import(o => o with { FetchMedia = true, Fetch = new FetchSettings { Delay = TimeSpan.Zero, PrivateBlogHosts = true } }, site.Input("export.xml", Export(host.Url)));

        Assert.Contains("GET /wp-content/uploads/2022/05/a.jpg range=1000-", host.Requests);
        Assert.Equal(Jpeg, File.ReadAllBytes(Path.Combine(site.Root, "static/wp-content/uploads/2022/05/a.jpg")));
        Assert.False(File.Exists(part));
    }

    [Fact]
    public void AFileOverTheSizeCapIsListedNotDownloaded()
    {
        using var host = new MediaHost(Files());
        using var site = ImportSandbox.Create(SiteYml);
        var report = site.Import(o => o with { FetchMedia = true, Fetch = new FetchSettings { Delay = TimeSpan.Zero, MaxBytes = 1024, PrivateBlogHosts = true } }, site.Input("export.xml", Export(host.Url)));

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

    /// <summary>
    /// WordPress given its own directory serves uploads under it (/wordpress/wp-content/uploads/) while the blog's
    /// address, all the channel names, is the host's root: on that host, and no other, such a file is the blog's.
    /// </summary>
    [Fact]
    public void AnUploadOfWordPressInItsOwnDirectoryIsTheBlogsMediaOnItsOwnHostAlone()
    {
        using var site = ImportSandbox.Create(SiteYml);
        var media = Path.Combine(site.Root, "inputs", "media");
        Directory.CreateDirectory(Path.Combine(media, "2022/05"));
        File.WriteAllBytes(Path.Combine(media, "2022/05/a.jpg"), Jpeg);
        File.WriteAllBytes(Path.Combine(media, "2022/05/doc.pdf"), Pdf);

        var report = site.Import(o => o with { MediaFrom = media }, site.Input("export.xml", Wxr.ExportOf("https://blog.example", Wxr.Item(1, "With media", "with-media", content:
            """<p><img src="https://blog.example/wordpress/wp-content/uploads/2022/05/a.jpg" alt="A" /></p><p><a href="https://other.example/wordpress/wp-content/uploads/2022/05/doc.pdf">Their report</a></p>"""))));

        Assert.Equal(Jpeg, File.ReadAllBytes(Path.Combine(site.Root, "static/wp-content/uploads/2022/05/a.jpg")));
        Assert.False(File.Exists(Path.Combine(site.Root, "static/wp-content/uploads/2022/05/doc.pdf")));
        Assert.Equal(1, report.MediaHome);
        var post = site.Read("content/dispatches/2022/with-media.md");
        Assert.Contains("](/wp-content/uploads/2022/05/a.jpg", post, StringComparison.Ordinal);
        Assert.Contains("](https://other.example/wordpress/wp-content/uploads/2022/05/doc.pdf", post, StringComparison.Ordinal);
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
        using var host = new MediaHost(new Dictionary<string, byte[]>(StringComparer.Ordinal) { ["/cdn/photo.jpg"] = Photo, ["/cdn/other.jpg"] = Photo });
        using var site = ImportSandbox.Create(SiteYml);
        var input = site.Input("export.xml", Wxr.ExportOf("https://blog.example",
            Wxr.Item(1, "Offloaded", "offloaded", content: $"<p><img src=\"{host.Url}/cdn/photo.jpg\" alt=\"A\" /></p><p><img src=\"{host.Url}/cdn/other.jpg\" alt=\"B\" /></p>"),
            Wxr.Attachment(10, $"{host.Url}/cdn/photo.jpg", parent: 1)));
        var report = site.Import(o => o with { FetchMedia = true, Fetch = LocalHostStandsIn }, input);

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        Assert.Equal(Photo, File.ReadAllBytes(Path.Combine(site.Root, "static/wp-content/uploads/2022/05/photo.jpg")));
        var text = site.Read("content/dispatches/2022/offloaded.md");
        Assert.Contains("![A](/wp-content/uploads/2022/05/photo.jpg)", text, StringComparison.Ordinal);

        // An image on that host that the export does not list as an attachment is another site's: left where it is.
        Assert.Contains($"![B]({host.Url}/cdn/other.jpg)", text, StringComparison.Ordinal);
        Assert.Equal(["GET /cdn/photo.jpg"], host.Requests);
    }

    [Fact]
    public void AnAttachmentOnAnotherHostAtALoopbackAddressIsRefusedNotRequested()
    {
        // The export names the file innocent.jpg; the URL is a local service's secret.
        using var host = new MediaHost(new Dictionary<string, byte[]>(StringComparer.Ordinal) { ["/secret/credentials"] = "password=hunter2"u8.ToArray() });
        using var site = ImportSandbox.Create(SiteYml);
        var input = site.Input("export.xml", Wxr.ExportOf("https://blog.example",
            Wxr.Item(1, "Post", "post"),
            Wxr.Attachment(12, $"{host.Url}/secret/credentials", attachedFile: "2022/05/innocent.jpg")));
        var report = site.Import(o => o with { FetchMedia = true, Fetch = new FetchSettings { Delay = TimeSpan.Zero } }, input);

        var refused = Assert.Single(report.Diagnostics, d => d.Code == "SG0638");
        Assert.True(refused.IsError);
        Assert.EndsWith("export.xml", refused.Location.Path, StringComparison.Ordinal);
        var line = File.ReadAllLines(input).Select((text, i) => (text, i)).Single(l => l.text.Contains("<wp:post_id>12<", StringComparison.Ordinal)).i;
        Assert.InRange(refused.Location.Line, line - 4, line);
        Assert.Contains("127.0.0.1, a loopback address", refused.Message, StringComparison.Ordinal);
        Assert.Contains("--media-from folder as 2022/05/innocent.jpg", refused.Message, StringComparison.Ordinal);
        Assert.Empty(host.Requests);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "static/wp-content/uploads/2022/05")));
        Assert.Equal(MediaState.Failed, Assert.Single(report.Media).State);
    }

    [Fact]
    public async Task AProxyDoesNotCarryAnotherHostsAttachmentPastTheAddressCheck()
    {
        using var proxy = new ImageProxy(Photo);
        using var site = ImportSandbox.Create(SiteYml);
        var input = site.Input("export.xml", Wxr.ExportOf("https://blog.example",
            Wxr.Item(1, "Post", "post", content: "<p><img src=\"http://10.11.12.13/internal/photo.jpg\" alt=\"A\" /></p>"),
            Wxr.Attachment(10, "http://10.11.12.13/internal/photo.jpg", parent: 1)));
        var report = site.Import(o => o with { FetchMedia = true, Fetch = new FetchSettings { Delay = TimeSpan.Zero, Timeout = TimeSpan.FromSeconds(10), Proxy = proxy.Proxy } }, input);
        await proxy.StopAsync();

        var refused = Assert.Single(report.Diagnostics, d => d.Code == "SG0638");
        Assert.Contains("10.11.12.13, a private or reserved address", refused.Message, StringComparison.Ordinal);
        Assert.Empty(proxy.Asked);
        Assert.False(File.Exists(Path.Combine(site.Root, "static/wp-content/uploads/2022/05/photo.jpg")));
        Assert.Contains("http://10.11.12.13/internal/photo.jpg", site.Read("content/dispatches/2022/post.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void ADownloadFromAnotherHostThatIsNoMediaIsNotKept()
    {
        using var host = new MediaHost(
            new Dictionary<string, byte[]>(StringComparer.Ordinal) { ["/cdn/page.jpg"] = "<!doctype html><p>Sign in</p>"u8.ToArray(), ["/cdn/photo.jpg"] = Photo },
            new Dictionary<string, string>(StringComparer.Ordinal) { ["/cdn/page.jpg"] = "text/html; charset=utf-8" });
        using var site = ImportSandbox.Create(SiteYml);
        var input = site.Input("export.xml", Wxr.ExportOf("https://blog.example",
            Wxr.Item(1, "Post", "post", content: $"<p><img src=\"{host.Url}/cdn/page.jpg\" alt=\"A\" /></p>"),
            Wxr.Attachment(10, $"{host.Url}/cdn/page.jpg", parent: 1),
            Wxr.Attachment(11, $"{host.Url}/cdn/photo.jpg", parent: 1)));
        var report = site.Import(o => o with { FetchMedia = true, Fetch = LocalHostStandsIn }, input);

        var notMedia = Assert.Single(report.Diagnostics, d => d.Code == "SG0636");
        Assert.Contains("text/html", notMedia.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site.Root, "static/wp-content/uploads/2022/05/page.jpg")));
        Assert.Equal(Photo, File.ReadAllBytes(Path.Combine(site.Root, "static/wp-content/uploads/2022/05/photo.jpg")));
        Assert.Contains($"{host.Url}/cdn/page.jpg", site.Read("content/dispatches/2022/post.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void TwoFilesOfOneNameAndMonthAreTwoFilesAsWordPressNamesThem()
    {
        // a/photo.jpg and b/photo.jpg on another host, and the blog's own 2022/05/photo.jpg: three pictures.
        byte[] photoA = [.. Photo, 1], photoB = [.. Photo, 2], blogs = [.. Photo, 3];
        using var host = new MediaHost(new Dictionary<string, byte[]>(StringComparer.Ordinal) { ["/a/photo.jpg"] = photoA, ["/b/photo.jpg"] = photoB });
        using var site = ImportSandbox.Create(SiteYml);
        var media = Path.Combine(site.Root, "inputs", "media", "2022", "05");
        Directory.CreateDirectory(media);
        File.WriteAllBytes(Path.Combine(media, "photo.jpg"), blogs);
        var input = site.Input("export.xml", Wxr.ExportOf("https://blog.example",
            Wxr.Item(1, "Photos", "photos", content: $"<p><img src=\"{host.Url}/a/photo.jpg\" alt=\"A\" /></p><p><img src=\"{host.Url}/b/photo.jpg\" alt=\"B\" /></p><p><img src=\"https://blog.example/wp-content/uploads/2022/05/photo.jpg\" alt=\"C\" /></p>"),
            Wxr.Attachment(10, $"{host.Url}/a/photo.jpg", parent: 1),
            Wxr.Attachment(11, $"{host.Url}/b/photo.jpg", parent: 1)));
        var report = site.Import(o => o with { FetchMedia = true, Fetch = LocalHostStandsIn, MediaFrom = Path.Combine(site.Root, "inputs", "media") }, input);

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var uploads = Path.Combine(site.Root, "static/wp-content/uploads/2022/05");
        Assert.Equal(blogs, File.ReadAllBytes(Path.Combine(uploads, "photo.jpg")));
        Assert.Equal(photoA, File.ReadAllBytes(Path.Combine(uploads, "photo-1.jpg")));
        Assert.Equal(photoB, File.ReadAllBytes(Path.Combine(uploads, "photo-2.jpg")));
        var text = site.Read("content/dispatches/2022/photos.md");
        Assert.Contains("![A](/wp-content/uploads/2022/05/photo-1.jpg)", text, StringComparison.Ordinal);
        Assert.Contains("![B](/wp-content/uploads/2022/05/photo-2.jpg)", text, StringComparison.Ordinal);
        Assert.Contains("![C](/wp-content/uploads/2022/05/photo.jpg)", text, StringComparison.Ordinal);
        Assert.Equal(3, report.MediaHome);
    }

    [Fact]
    public void AnAttachmentOnAnotherHostKeepsItsQueryAndIsNamedByWhatItIs()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. Enumerable.Range(0, 500).Select(i => (byte)i)];
        using var host = new MediaHost(new Dictionary<string, byte[]>(StringComparer.Ordinal) { ["/img.php?id=5"] = Photo, ["/img.php?id=6"] = png });
        using var site = ImportSandbox.Create(SiteYml);
        var input = site.Input("export.xml", Wxr.ExportOf("https://blog.example",
            Wxr.Item(1, "Q", "q", content: $"<p><img src=\"{host.Url}/img.php?id=5\" alt=\"Five\" /></p><p><img src=\"{host.Url}/img.php?id=6\" alt=\"Six\" /></p>"),
            Wxr.Attachment(10, $"{host.Url}/img.php?id=5", parent: 1),
            Wxr.Attachment(11, $"{host.Url}/img.php?id=6", parent: 1)));
        var report = site.Import(o => o with { FetchMedia = true, Fetch = LocalHostStandsIn }, input);

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        Assert.Equal(["GET /img.php?id=5", "GET /img.php?id=6"], host.Requests.Order(StringComparer.Ordinal));
        var uploads = Path.Combine(site.Root, "static/wp-content/uploads/2022/05");
        Assert.Equal(Photo, File.ReadAllBytes(Path.Combine(uploads, "img.jpg")));
        Assert.Equal(png, File.ReadAllBytes(Path.Combine(uploads, "img-1.png")));
        Assert.Equal(["img-1.png", "img.jpg"], Directory.GetFiles(uploads).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var text = site.Read("content/dispatches/2022/q.md");
        Assert.Contains("![Five](/wp-content/uploads/2022/05/img.jpg)", text, StringComparison.Ordinal);
        Assert.Contains("![Six](/wp-content/uploads/2022/05/img-1.png)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AResizedCopyOfAnAttachmentOnAnotherHostIsItsMediaToo()
    {
        byte[] small = [.. Photo[..500]];
        using var host = new MediaHost(new Dictionary<string, byte[]>(StringComparer.Ordinal) { ["/a/photo.jpg"] = Photo, ["/a/photo-300x200.jpg"] = small });
        using var site = ImportSandbox.Create(SiteYml);
        var input = site.Input("export.xml", Wxr.ExportOf("https://blog.example",
            Wxr.Item(1, "Sized", "sized", content: $"<p><img src=\"{host.Url}/a/photo-300x200.jpg\" alt=\"A\" /></p>"),
            Wxr.Attachment(10, $"{host.Url}/a/photo.jpg", parent: 1, attachedFile: "2022/05/photo.jpg")));

        // Counted while remote: the summary's "still on the old host" is true.
        var remote = site.Import(input);
        Assert.Equal((0, 2), (remote.MediaHome, remote.MediaRemote));

        var report = site.Import(o => o with { FetchMedia = true, Fetch = LocalHostStandsIn }, input);
        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        Assert.Equal((2, 0), (report.MediaHome, report.MediaRemote));
        Assert.Equal(small, File.ReadAllBytes(Path.Combine(site.Root, "static/wp-content/uploads/2022/05/photo-300x200.jpg")));
        Assert.Contains("![A](/wp-content/uploads/2022/05/photo-300x200.jpg)", site.Read("content/dispatches/2022/sized.md"), StringComparison.Ordinal);
    }

    /// <summary>A media name read back from the manifest is a path under static/: one that leads out of it is not used.</summary>
    [Fact]
    public void AManifestsMediaNameThatLeavesTheUploadsFolderIsNamedAfresh()
    {
        using var host = new MediaHost(new Dictionary<string, byte[]>(StringComparer.Ordinal) { ["/img.php?id=5"] = Photo });
        using var site = ImportSandbox.Create(SiteYml);
        var input = site.Input("export.xml", Wxr.ExportOf("https://blog.example",
            Wxr.Item(1, "Q", "q", content: $"<p><img src=\"{host.Url}/img.php?id=5\" alt=\"Five\" /></p>"),
            Wxr.Attachment(10, $"{host.Url}/img.php?id=5", parent: 1)));
        Assert.False(site.Import(o => o with { FetchMedia = true, Fetch = LocalHostStandsIn }, input).HasErrors);
        var manifest = Path.Combine(site.Root, ".sitegen/import-manifest.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"2022/05/img.jpg\"", "\"../../../escaped/a.png\"", StringComparison.Ordinal));
        Directory.Delete(Path.Combine(site.Root, "static"), recursive: true);

        var again = site.Import(o => o with { FetchMedia = true, Fetch = LocalHostStandsIn }, input);

        var refused = Assert.Single(again.Diagnostics, d => d.Code == "SG0640");
        Assert.Contains("../../../escaped/a.png", refused.Message, StringComparison.Ordinal);
        Assert.Equal(".sitegen/import-manifest.json", refused.Location.Path);
        // Three levels up from the uploads folder is the site's own root, inside the test's folder.
        Assert.False(Directory.Exists(Path.Combine(site.Root, "escaped")));
        Assert.Equal(Photo, File.ReadAllBytes(Path.Combine(site.Root, "static/wp-content/uploads/2022/05/img.jpg")));
    }

    [Fact]
    public void AReimportFindsTheFileItNamedByWhatItIsAndKeepsItsReference()
    {
        using var host = new MediaHost(new Dictionary<string, byte[]>(StringComparer.Ordinal) { ["/img.php?id=5"] = Photo });
        using var site = ImportSandbox.Create(SiteYml);
        var input = site.Input("export.xml", Wxr.ExportOf("https://blog.example",
            Wxr.Item(1, "Q", "q", content: $"<p><img src=\"{host.Url}/img.php?id=5\" alt=\"Five\" /></p>"),
            Wxr.Attachment(10, $"{host.Url}/img.php?id=5", parent: 1)));
        var uploads = Path.Combine(site.Root, "static/wp-content/uploads/2022/05");
        var first = site.Import(o => o with { FetchMedia = true, Fetch = LocalHostStandsIn }, input);
        Assert.False(first.HasErrors, string.Join('\n', first.Diagnostics));
        Assert.Equal(Photo, File.ReadAllBytes(Path.Combine(uploads, "img.jpg")));

        // Without --fetch-media the file brought home before is still home, and the post still points at it.
        var plain = site.Import(input);
        Assert.Equal((1, 0, 1), (plain.MediaHome, plain.MediaRemote, plain.Count(SiteGen.Import.Model.WriteOutcome.Unchanged)));
        Assert.Equal(MediaState.Present, Assert.Single(plain.Media).State);
        Assert.Contains("![Five](/wp-content/uploads/2022/05/img.jpg)", site.Read("content/dispatches/2022/q.md"), StringComparison.Ordinal);

        // With it, nothing is downloaded again.
        var again = site.Import(o => o with { FetchMedia = true, Fetch = LocalHostStandsIn }, input);
        Assert.Equal(["GET /img.php?id=5"], host.Requests);
        Assert.Equal((1, 1), (again.MediaHome, again.Count(SiteGen.Import.Model.WriteOutcome.Unchanged)));
        Assert.Equal(["img.jpg"], Directory.GetFiles(uploads).Select(Path.GetFileName));
    }

    [Fact]
    public void AManifestWithoutTheMediaNamesStillReads()
    {
        // A manifest an earlier SiteGen wrote knows nothing of the names given to files: such a file is fetched once more, then known.
        using var host = new MediaHost(new Dictionary<string, byte[]>(StringComparer.Ordinal) { ["/img.php?id=5"] = Photo });
        using var site = ImportSandbox.Create(SiteYml);
        var input = site.Input("export.xml", Wxr.ExportOf("https://blog.example",
            Wxr.Item(1, "Q", "q", content: $"<p><img src=\"{host.Url}/img.php?id=5\" alt=\"Five\" /></p>"),
            Wxr.Attachment(10, $"{host.Url}/img.php?id=5", parent: 1)));
        site.Import(o => o with { FetchMedia = true, Fetch = LocalHostStandsIn }, input);
        var manifest = Path.Combine(site.Root, ".sitegen/import-manifest.json");
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(manifest))!.AsObject();
        Assert.True(node.Remove("Media"), "the manifest records the names given to media files");
        File.WriteAllText(manifest, node.ToJsonString());

        var older = site.Import(o => o with { FetchMedia = true, Fetch = LocalHostStandsIn }, input);
        Assert.False(older.HasErrors, string.Join('\n', older.Diagnostics));
        Assert.Equal(1, older.Count(SiteGen.Import.Model.WriteOutcome.Unchanged));
        Assert.Equal(2, host.Requests.Count);
        site.Import(input);
        Assert.Contains("![Five](/wp-content/uploads/2022/05/img.jpg)", site.Read("content/dispatches/2022/q.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void AFullerExportLaterKeepsTheNameEachFileWasGiven()
    {
        // The first export lists another host's photo.jpg of May 2022; a fuller one adds the blog's own upload of that name.
        byte[] theirs = [.. Photo, 1], blogs = [.. Photo, 3];
        using var blog = new MediaHost(new Dictionary<string, byte[]>(StringComparer.Ordinal) { ["/wp-content/uploads/2022/05/photo.jpg"] = blogs });
        using var other = new MediaHost(new Dictionary<string, byte[]>(StringComparer.Ordinal) { ["/a/photo.jpg"] = theirs }, address: "127.0.0.2");
        using var site = ImportSandbox.Create(SiteYml);
        string[] firstItems =
        [
            Wxr.Item(1, "Theirs", "theirs", blogUrl: blog.Url, content: $"<p><img src=\"{other.Url}/a/photo.jpg\" alt=\"A\" /></p>"),
            Wxr.Attachment(10, $"{other.Url}/a/photo.jpg", parent: 1, blogUrl: blog.Url),
        ];
        var first = site.Input("first.xml", Wxr.ExportOf(blog.Url, firstItems));
        var fuller = site.Input("fuller.xml", Wxr.ExportOf(blog.Url, [.. firstItems,
            Wxr.Item(2, "Ours", "ours", blogUrl: blog.Url, content: $"<p><img src=\"{blog.Url}/wp-content/uploads/2022/05/photo.jpg?w=640\" alt=\"C\" /></p>"),
            Wxr.Attachment(11, $"{blog.Url}/wp-content/uploads/2022/05/photo.jpg", parent: 2, blogUrl: blog.Url)]));
        var uploads = Path.Combine(site.Root, "static/wp-content/uploads/2022/05");
        site.Import(o => o with { FetchMedia = true, Fetch = LocalHostStandsIn }, first);
        Assert.Equal(theirs, File.ReadAllBytes(Path.Combine(uploads, "photo.jpg")));

        var report = site.Import(o => o with { FetchMedia = true, Fetch = LocalHostStandsIn }, fuller);
        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        Assert.Equal(["GET /a/photo.jpg"], other.Requests);
        Assert.Equal(["GET /wp-content/uploads/2022/05/photo.jpg"], blog.Requests);
        Assert.Equal(theirs, File.ReadAllBytes(Path.Combine(uploads, "photo.jpg")));
        Assert.Equal(blogs, File.ReadAllBytes(Path.Combine(uploads, "photo-1.jpg")));
        Assert.Contains("![A](/wp-content/uploads/2022/05/photo.jpg)", site.Read("content/dispatches/2022/theirs.md"), StringComparison.Ordinal);
        Assert.Contains("![C](/wp-content/uploads/2022/05/photo-1.jpg)", site.Read("content/dispatches/2022/ours.md"), StringComparison.Ordinal);

        // The same export again, with or without --fetch-media: each file where it is, nothing asked for.
        var again = site.Import(o => o with { FetchMedia = true, Fetch = LocalHostStandsIn }, fuller);
        var plain = site.Import(fuller);
        Assert.Equal((2, 2), (again.Count(SiteGen.Import.Model.WriteOutcome.Unchanged), plain.Count(SiteGen.Import.Model.WriteOutcome.Unchanged)));
        Assert.Equal((2, 0), (plain.MediaHome, plain.MediaRemote));
        Assert.Equal((1, 1), (other.Requests.Count, blog.Requests.Count));
        Assert.Equal(["photo-1.jpg", "photo.jpg"], Directory.GetFiles(uploads).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ARenumberedUploadsResizedCopiesGoByItsNewName()
    {
        // Another host's photo.jpg and its photo-300x200.jpg came first; the blog's own photo.jpg, added later, is
        // photo-1.jpg, and its resized copy must be the blog's picture too, not the other host's of the same name.
        byte[] theirs = [.. Photo, 1], theirsSmall = [.. Photo, 2], blogs = [.. Photo, 3], blogsSmall = [.. Photo, 4];
        using var blog = new MediaHost(new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["/wp-content/uploads/2022/05/photo.jpg"] = blogs,
            ["/wp-content/uploads/2022/05/photo-300x200.jpg"] = blogsSmall,
        });
        using var other = new MediaHost(new Dictionary<string, byte[]>(StringComparer.Ordinal) { ["/a/photo.jpg"] = theirs, ["/a/photo-300x200.jpg"] = theirsSmall }, address: "127.0.0.2");
        using var site = ImportSandbox.Create(SiteYml);
        string[] firstItems =
        [
            Wxr.Item(1, "Theirs", "theirs", blogUrl: blog.Url, content: $"<p><a href=\"{other.Url}/a/photo.jpg\"><img src=\"{other.Url}/a/photo-300x200.jpg\" alt=\"A\" /></a></p>"),
            Wxr.Attachment(10, $"{other.Url}/a/photo.jpg", parent: 1, blogUrl: blog.Url),
        ];
        var first = site.Input("first.xml", Wxr.ExportOf(blog.Url, firstItems));
        var fuller = site.Input("fuller.xml", Wxr.ExportOf(blog.Url, [.. firstItems,
            Wxr.Item(2, "Ours", "ours", blogUrl: blog.Url, content: $"<p><a href=\"{blog.Url}/wp-content/uploads/2022/05/photo.jpg\"><img src=\"{blog.Url}/wp-content/uploads/2022/05/photo-300x200.jpg\" alt=\"C\" /></a></p>"),
            Wxr.Attachment(11, $"{blog.Url}/wp-content/uploads/2022/05/photo.jpg", parent: 2, blogUrl: blog.Url)]));
        var uploads = Path.Combine(site.Root, "static/wp-content/uploads/2022/05");
        site.Import(o => o with { FetchMedia = true, Fetch = LocalHostStandsIn }, first);
        var report = site.Import(o => o with { FetchMedia = true, Fetch = LocalHostStandsIn }, fuller);

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        Assert.Equal(theirs, File.ReadAllBytes(Path.Combine(uploads, "photo.jpg")));
        Assert.Equal(theirsSmall, File.ReadAllBytes(Path.Combine(uploads, "photo-300x200.jpg")));
        Assert.Equal(blogs, File.ReadAllBytes(Path.Combine(uploads, "photo-1.jpg")));
        Assert.Equal(blogsSmall, File.ReadAllBytes(Path.Combine(uploads, "photo-1-300x200.jpg")));
        var ours = site.Read("content/dispatches/2022/ours.md");
        Assert.Contains("(/wp-content/uploads/2022/05/photo-1-300x200.jpg)", ours, StringComparison.Ordinal);
        Assert.Contains("(/wp-content/uploads/2022/05/photo-1.jpg)", ours, StringComparison.Ordinal);
        Assert.Contains("(/wp-content/uploads/2022/05/photo-300x200.jpg)", site.Read("content/dispatches/2022/theirs.md"), StringComparison.Ordinal);

        // Again, with or without --fetch-media: every name as it was, nothing asked for.
        var asked = (other.Requests.Count, blog.Requests.Count);
        var again = site.Import(o => o with { FetchMedia = true, Fetch = LocalHostStandsIn }, fuller);
        var plain = site.Import(fuller);
        Assert.Equal((2, 2), (again.Count(SiteGen.Import.Model.WriteOutcome.Unchanged), plain.Count(SiteGen.Import.Model.WriteOutcome.Unchanged)));
        Assert.Equal(asked, (other.Requests.Count, blog.Requests.Count));
        Assert.Equal(["photo-1-300x200.jpg", "photo-1.jpg", "photo-300x200.jpg", "photo.jpg"], Directory.GetFiles(uploads).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AnErrorPageFromTheBlogsOwnHostIsNotKeptAsItsFile()
    {
        // WordPress.com answers a removed file with its HTML page and status 200; the blog's other uploads are what they say.
        byte[] docx = [(byte)'P', (byte)'K', 3, 4, .. Enumerable.Range(0, 400).Select(i => (byte)(i * 3))];
        var notes = "Minutes of the meeting, 12 May.\n"u8.ToArray();
        var map = "<!DOCTYPE html><html><body><p>The front line</p></body></html>"u8.ToArray();
        using var host = new MediaHost(
            new Dictionary<string, byte[]>(StringComparer.Ordinal)
            {
                ["/wp-content/uploads/2022/05/gone.jpg"] = "\n<!DOCTYPE html>\n<html lang=\"en\"><head><title>Page not found</title></head><body>Nothing here</body></html>"u8.ToArray(),
                ["/wp-content/uploads/2022/05/photo.jpg"] = Photo,
                ["/wp-content/uploads/2022/05/report.docx"] = docx,
                ["/wp-content/uploads/2022/05/notes.txt"] = notes,
                ["/wp-content/uploads/2022/05/map.html"] = map,
            },
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["/wp-content/uploads/2022/05/gone.jpg"] = "text/html; charset=UTF-8",
                ["/wp-content/uploads/2022/05/notes.txt"] = "text/plain",
                ["/wp-content/uploads/2022/05/map.html"] = "text/html",
            });
        using var site = ImportSandbox.Create(SiteYml);
        var uploadsUrl = $"{host.Url}/wp-content/uploads/2022/05";
        var input = site.Input("export.xml", Wxr.ExportOf(host.Url,
            Wxr.Item(1, "Files", "files", blogUrl: host.Url, content:
                $"<p><img src=\"{uploadsUrl}/gone.jpg\" alt=\"Gone\" /><img src=\"{uploadsUrl}/photo.jpg\" alt=\"P\" /></p><p><a href=\"{uploadsUrl}/report.docx\">Report</a> <a href=\"{uploadsUrl}/notes.txt\">Notes</a> <a href=\"{uploadsUrl}/map.html\">Map</a></p>"),
            Wxr.Attachment(11, $"{uploadsUrl}/gone.jpg", parent: 1, blogUrl: host.Url),
            Wxr.Attachment(12, $"{uploadsUrl}/report.docx", parent: 1, blogUrl: host.Url)));
        var report = site.Import(o => o with { FetchMedia = true, Fetch = new FetchSettings { Delay = TimeSpan.Zero, PrivateBlogHosts = true } }, input);

        var refused = Assert.Single(report.Diagnostics, d => d.Code == "SG0636");
        Assert.EndsWith("export.xml", refused.Location.Path, StringComparison.Ordinal);
        var line = File.ReadAllLines(input).Select((text, i) => (text, i)).Single(l => l.text.Contains("<wp:post_id>11<", StringComparison.Ordinal)).i;
        Assert.InRange(refused.Location.Line, line - 4, line);
        Assert.Contains("an HTML page (text/html; charset=UTF-8)", refused.Message, StringComparison.Ordinal);
        Assert.Contains("--media-from folder as 2022/05/gone.jpg", refused.Message, StringComparison.Ordinal);
        var uploads = Path.Combine(site.Root, "static/wp-content/uploads/2022/05");
        Assert.Equal(["map.html", "notes.txt", "photo.jpg", "report.docx"], Directory.GetFiles(uploads).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(docx, File.ReadAllBytes(Path.Combine(uploads, "report.docx")));
        Assert.Equal(MediaState.Failed, Assert.Single(report.Media, m => !m.IsHome).State);
        var text = site.Read("content/dispatches/2022/files.md");
        Assert.Contains($"{uploadsUrl}/gone.jpg", text, StringComparison.Ordinal);
        Assert.Contains("[Report](/wp-content/uploads/2022/05/report.docx)", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.16.0.1", false)]
    [InlineData("172.31.255.255", false)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("::", false)]
    [InlineData("::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("::ffff:127.0.0.1", false)]
    [InlineData("::ffff:192.168.0.1", false)]
    [InlineData("2002:7f00:1::1", false)]
    [InlineData("64:ff9b::a00:1", false)]
    [InlineData("93.184.216.34", true)]
    [InlineData("172.32.0.1", true)]
    [InlineData("2606:2800:220:1:248:1893:25c8:1946", true)]
    [InlineData("::ffff:93.184.216.34", true)]
    public void OnlyAPublicAddressIsFetchedFromForAnotherHost(string address, bool isPublic) =>
        Assert.Equal(isPublic, PublicAddresses.IsPublic(System.Net.IPAddress.Parse(address)));

    private static Dictionary<string, byte[]> Files() => new(StringComparer.Ordinal)
    {
        ["/wp-content/uploads/2022/05/a.jpg"] = Jpeg,
        ["/wp-content/uploads/2022/05/b.jpg"] = Jpeg,
        ["/wp-content/uploads/2022/05/doc.pdf"] = Pdf,
        ["/wp-content/uploads/2022/04/c.mp3"] = Mp3,
    };
}
