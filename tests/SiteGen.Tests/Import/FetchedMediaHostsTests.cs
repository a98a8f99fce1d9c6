using SiteGen.Import.Media;
using SiteGen.Tests.Import.Support;

namespace SiteGen.Tests.Import;

/// <summary>
/// Which hosts --fetch-media takes for the blog's own (the export's channel alone, host and port), which paths on them
/// are its uploads, and what a download from elsewhere is named (a local server stands in for each host).
/// </summary>
public sealed class FetchedMediaHostsTests
{
    private const string SiteYml = "title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\n";

    private static readonly byte[] Photo = [0xFF, 0xD8, 0xFF, 0xE0, .. Enumerable.Range(0, 3000).Select(i => (byte)(i * 11))];

    private static readonly FetchSettings Public = new() { Delay = TimeSpan.Zero };

    private static readonly FetchSettings BlogOnThisMachine = new() { Delay = TimeSpan.Zero, PrivateBlogHosts = true };

    private static readonly FetchSettings LocalHostStandsIn = new() { Delay = TimeSpan.Zero, AllowPrivateAddresses = true };

    private static MediaHost Uploads(params string[] paths) => new(paths.ToDictionary(p => p, _ => Photo, StringComparer.Ordinal));

    [Fact]
    public void AnItemsLinkToALoopbackHostDoesNotMakeItTheBlogs()
    {
        using var service = Uploads("/wp-content/uploads/2022/05/map.jpg");
        using var site = ImportSandbox.Create(SiteYml);
        var input = site.Input("export.xml", Wxr.ExportOf("https://blog.example",
            Wxr.Item(1, "Front", "front", link: $"{service.Url}/2022/05/15/front/", content: $"<p><img src=\"{service.Url}/wp-content/uploads/2022/05/map.jpg\" alt=\"Map\" /></p>")));
        var report = site.Import(o => o with { FetchMedia = true, Fetch = BlogOnThisMachine }, input);

        // Its uploads are known by it, but it is held to a public address even where the blog's own hosts are not.
        var refused = Assert.Single(report.Diagnostics, d => d.Code == "SG0638");
        Assert.Contains("127.0.0.1 resolves to 127.0.0.1, a loopback address", refused.Message, StringComparison.Ordinal);
        Assert.Empty(service.Requests);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "static")));
    }

    [Fact]
    public void ASavedPagesLoopbackCanonicalDoesNotMakeItTheBlogs()
    {
        using var service = Uploads("/wp-content/uploads/2022/11/map.png");
        using var site = ImportSandbox.Create(SiteYml);
        var input = site.Input("saved.html", $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="UTF-8"><title>Kherson briefing | Some Other Blog</title>
            <link rel="canonical" href="{service.Url}/2022/11/11/kherson-briefing/">
            <meta name="generator" content="WordPress 6.4.2">
            <meta property="article:published_time" content="2022-11-11T18:00:00+00:00">
            </head><body class="single single-post postid-7">
            <article id="post-7" class="post-7 post type-post hentry"><h1 class="entry-title">Kherson briefing</h1>
            <div class="entry-content"><p>The last units left the right bank in the evening, according to several sources on both sides of the river.</p>
            <p><img src="{service.Url}/wp-content/uploads/2022/11/map.png" alt="map"></p></div></article>
            </body></html>
            """);
        var report = site.Import(o => o with { FetchMedia = true, Fetch = BlogOnThisMachine }, input);

        Assert.Contains(report.Diagnostics, d => d.Code == "SG0638");
        Assert.Empty(service.Requests);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "static")));
    }

    [Fact]
    public void TheBlogsOwnHostAtALoopbackAddressIsFetchedFromOnlyWhenAskedTo()
    {
        using var blog = Uploads("/wp-content/uploads/2022/05/map.jpg");
        using var site = ImportSandbox.Create(SiteYml);
        var input = site.Input("export.xml", Wxr.ExportOf(blog.Url,
            Wxr.Item(1, "Front", "front", blogUrl: blog.Url, content: $"<p><img src=\"{blog.Url}/wp-content/uploads/2022/05/map.jpg\" alt=\"Map\" /></p>")));

        var refused = site.Import(o => o with { FetchMedia = true, Fetch = Public }, input);
        var error = Assert.Single(refused.Diagnostics, d => d.Code == "SG0638");
        Assert.True(error.IsError);
        Assert.Contains("127.0.0.1, the blog's host, resolves to 127.0.0.1, a loopback address", error.Message, StringComparison.Ordinal);
        Assert.Contains("--fetch-private-hosts", error.Message, StringComparison.Ordinal);
        Assert.Empty(blog.Requests);

        var fetched = site.Import(o => o with { FetchMedia = true, Fetch = BlogOnThisMachine }, input);
        Assert.False(fetched.HasErrors, string.Join('\n', fetched.Diagnostics));
        Assert.Equal(["GET /wp-content/uploads/2022/05/map.jpg"], blog.Requests);
        Assert.Contains("![Map](/wp-content/uploads/2022/05/map.jpg)", site.Read("content/dispatches/2022/front.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void AnotherPortOfTheBlogsHostIsAnotherHost()
    {
        using var blog = Uploads("/wp-content/uploads/2022/05/own.jpg");
        using var service = Uploads("/wp-content/uploads/2022/05/map.jpg");
        using var site = ImportSandbox.Create(SiteYml);
        var input = site.Input("export.xml", Wxr.ExportOf(blog.Url,
            Wxr.Item(1, "Front", "front", blogUrl: blog.Url, content:
                $"<p><img src=\"{blog.Url}/wp-content/uploads/2022/05/own.jpg\" alt=\"Own\" /></p><p><img src=\"{service.Url}/wp-content/uploads/2022/05/map.jpg\" alt=\"Map\" /></p>")));
        site.Import(o => o with { FetchMedia = true, Fetch = BlogOnThisMachine }, input);

        Assert.Equal(["GET /wp-content/uploads/2022/05/own.jpg"], blog.Requests);
        Assert.Empty(service.Requests);
        Assert.Contains($"![Map]({service.Url}/wp-content/uploads/2022/05/map.jpg)", site.Read("content/dispatches/2022/front.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyWordPressUploadPathsOfTheBlogAreItsMedia()
    {
        using var blog = Uploads(
            "/wp-content/uploads/2022/05/a.jpg", "/blog/wp-content/uploads/2022/05/b.jpg", "/files/2022/05/c.jpg", "/wp-content/uploads/sites/2/2022/05/d.jpg",
            "/media/2022/05/e.jpg", "/media/2022/05/f.jpg", "/internal/admin/wp-content/uploads/2022/05/x.jpg", "/2022/05/y.jpg");
        using var site = ImportSandbox.Create(SiteYml);
        var images = new[] { "wp-content/uploads/2022/05/a.jpg", "blog/wp-content/uploads/2022/05/b.jpg", "files/2022/05/c.jpg", "wp-content/uploads/sites/2/2022/05/d.jpg", "media/2022/05/f.jpg", "internal/admin/wp-content/uploads/2022/05/x.jpg", "2022/05/y.jpg" };

        // The blog at /blog/; WordPress served its uploads from /media/ (upload_url_path), as its attachment shows, and
        // on the blog's own host wp-content/uploads/ under any folder is an upload (WordPress in a directory of its own).
        var input = site.Input("export.xml", Wxr.ExportOf(blog.Url + "/blog",
            Wxr.Item(1, "Front", "front", blogUrl: blog.Url + "/blog", content: string.Concat(images.Select(i => $"<p><img src=\"{blog.Url}/{i}\" alt=\"{i}\" /></p>"))),
            Wxr.Attachment(10, $"{blog.Url}/media/2022/05/e.jpg", parent: 1, blogUrl: blog.Url + "/blog", attachedFile: "2022/05/e.jpg")));
        site.Import(o => o with { FetchMedia = true, Fetch = BlogOnThisMachine }, input);

        Assert.Equal(
            ["GET /blog/wp-content/uploads/2022/05/b.jpg", "GET /files/2022/05/c.jpg", "GET /internal/admin/wp-content/uploads/2022/05/x.jpg", "GET /media/2022/05/e.jpg", "GET /media/2022/05/f.jpg", "GET /wp-content/uploads/2022/05/a.jpg", "GET /wp-content/uploads/sites/2/2022/05/d.jpg"],
            blog.Requests.Order(StringComparer.Ordinal));
        var text = site.Read("content/dispatches/2022/front.md");
        Assert.Contains("](/wp-content/uploads/2022/05/x.jpg)", text, StringComparison.Ordinal);
        Assert.Contains($"]({blog.Url}/2022/05/y.jpg)", text, StringComparison.Ordinal);
        Assert.Contains("](/wp-content/uploads/2022/05/f.jpg)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWordPressComBlogsMediaGoThroughTheProxy()
    {
        using var proxy = new ImageProxy(Photo);
        using var site = ImportSandbox.Create(SiteYml);
        const string blog = "http://warblog.wordpress.com";
        var input = site.Input("export.xml", Wxr.ExportOf(blog,
            Wxr.Item(1, "Post", "post", blogUrl: blog, content: "<p><img src=\"http://warblog.files.wordpress.com/2022/05/map.jpg?w=640\" alt=\"A\" /></p><p><img src=\"http://i1.wp.com/warblog.wordpress.com/wp-content/uploads/2022/05/own.jpg\" alt=\"B\" /></p>")));
        var report = site.Import(o => o with { FetchMedia = true, Fetch = new FetchSettings { Delay = TimeSpan.Zero, Timeout = TimeSpan.FromSeconds(10), Proxy = proxy.Proxy } }, input);
        await proxy.StopAsync();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        Assert.Equal(["GET http://warblog.files.wordpress.com/2022/05/map.jpg HTTP/1.1", "GET http://warblog.wordpress.com/wp-content/uploads/2022/05/own.jpg HTTP/1.1"], proxy.Asked.Order(StringComparer.Ordinal));
        Assert.Equal(Photo, File.ReadAllBytes(Path.Combine(site.Root, "static/wp-content/uploads/2022/05/map.jpg")));
        Assert.Equal(Photo, File.ReadAllBytes(Path.Combine(site.Root, "static/wp-content/uploads/2022/05/own.jpg")));
    }

    [Fact]
    public async Task AnHttpsUploadGoesThroughTheProxysTunnel()
    {
        // For an https URL the proxy is asked for a tunnel (CONNECT): a connection to the proxy's own (loopback) address
        // that is made for the blog's host, not refused as that address. This proxy answers no TLS, so nothing comes.
        using var proxy = new ImageProxy(Photo);
        using var site = ImportSandbox.Create(SiteYml);
        const string blog = "https://warblog.wordpress.com";
        var input = site.Input("export.xml", Wxr.ExportOf(blog,
            Wxr.Item(1, "Post", "post", blogUrl: blog, content: "<p><img src=\"https://warblog.files.wordpress.com/2022/05/map.jpg\" alt=\"A\" /></p>")));
        var report = site.Import(o => o with { FetchMedia = true, Fetch = Public with { Timeout = TimeSpan.FromSeconds(10), Proxy = proxy.Proxy } }, input);
        await proxy.StopAsync();

        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "SG0638");
        Assert.Equal(["CONNECT warblog.files.wordpress.com:443 HTTP/1.1"], proxy.Asked);
        Assert.Single(report.Diagnostics, d => d.Code == "SG0636");
    }

    [Fact]
    public async Task ASavedPagesUploadsGoThroughTheProxyAsAnExportsDo()
    {
        // On a network that mandates a proxy, a saved page's uploads are reached as an export's are: through it.
        using var proxy = new ImageProxy(Photo);
        using var site = ImportSandbox.Create(SiteYml);
        var input = site.Input("saved.html", """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="UTF-8"><title>Kherson briefing | War Blog</title>
            <link rel="canonical" href="http://blog.example/2022/11/11/kherson-briefing/">
            <meta name="generator" content="WordPress 6.4.2">
            <meta property="article:published_time" content="2022-11-11T18:00:00+00:00">
            </head><body class="single single-post postid-7">
            <article id="post-7" class="post-7 post type-post hentry"><h1 class="entry-title">Kherson briefing</h1>
            <div class="entry-content"><p>The last units left the right bank in the evening, according to several sources on both sides of the river.</p>
            <p><img src="http://blog.example/wp-content/uploads/2022/11/map.jpg" alt="map"></p></div></article>
            </body></html>
            """);
        var report = site.Import(o => o with { FetchMedia = true, Fetch = Public with { Timeout = TimeSpan.FromSeconds(10), Proxy = proxy.Proxy } }, input);
        await proxy.StopAsync();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        Assert.Equal(["GET http://blog.example/wp-content/uploads/2022/11/map.jpg HTTP/1.1"], proxy.Asked);
        Assert.Equal(Photo, File.ReadAllBytes(Path.Combine(site.Root, "static/wp-content/uploads/2022/11/map.jpg")));
        Assert.Contains("](/wp-content/uploads/2022/11/map.jpg)", site.Read("content/dispatches/2022/kherson-briefing.md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHostNameOnlyTheProxyResolvesMustBeAPublicName()
    {
        // "intranet" resolves nowhere here: the proxy would reach whatever its network calls so, unchecked.
        using var proxy = new ImageProxy(Photo);
        using var site = ImportSandbox.Create(SiteYml);
        const string blog = "http://intranet";
        var input = site.Input("export.xml", Wxr.ExportOf(blog,
            Wxr.Item(1, "Post", "post", blogUrl: blog, content: "<p><img src=\"http://intranet/wp-content/uploads/2022/05/map.jpg\" alt=\"A\" /></p>")));
        var settings = Public with { Timeout = TimeSpan.FromSeconds(10), Proxy = proxy.Proxy };

        var refused = site.Import(o => o with { FetchMedia = true, Fetch = settings }, input);
        var error = Assert.Single(refused.Diagnostics, d => d.Code == "SG0638");
        Assert.Contains("intranet, the blog's host, is not a public DNS name", error.Message, StringComparison.Ordinal);
        Assert.Contains("--fetch-private-hosts", error.Message, StringComparison.Ordinal);
        Assert.Empty(proxy.Asked);

        // The user's word that the blog is on their network lets the proxy reach it.
        var fetched = site.Import(o => o with { FetchMedia = true, Fetch = settings with { PrivateBlogHosts = true } }, input);
        await proxy.StopAsync();
        Assert.False(fetched.HasErrors, string.Join('\n', fetched.Diagnostics));
        Assert.Equal(["GET http://intranet/wp-content/uploads/2022/05/map.jpg HTTP/1.1"], proxy.Asked);
    }

    [Theory]
    [InlineData("blog.example", true)]
    [InlineData("warblog.files.wordpress.com", true)]
    [InlineData("xn--80aswg.xn--p1ai", true)]
    [InlineData("intranet", false)]
    [InlineData("localhost", false)]
    [InlineData("media.localhost", false)]
    [InlineData("nas.local", false)]
    [InlineData("router.home.arpa", false)]
    [InlineData("wiki.internal", false)]
    [InlineData("blog.test", false)]
    [InlineData("blog.invalid", false)]
    [InlineData("files.lan", false)]
    [InlineData("db.localdomain", false)]
    [InlineData("1.2.3.4.5", false)]
    [InlineData("blog.example.", true)]
    [InlineData("-bad.example", false)]
    public void OnlyAPublicDnsNameIsLeftToTheProxyToResolve(string host, bool isPublic) =>
        Assert.Equal(isPublic, PublicAddresses.IsPublicName(host));

    [Fact]
    public void AnAttachmentWithoutAnExtensionIsCountedAndNamedByWhatItIs()
    {
        using var cdn = new MediaHost(new Dictionary<string, byte[]>(StringComparer.Ordinal) { ["/media/7f3a9c"] = Photo }, new Dictionary<string, string>(StringComparer.Ordinal) { ["/media/7f3a9c"] = "image/jpeg" });
        using var site = ImportSandbox.Create(SiteYml);
        var input = site.Input("export.xml", Wxr.ExportOf("https://blog.example",
            Wxr.Item(1, "Front", "front", content: $"<p><img src=\"{cdn.Url}/media/7f3a9c\" alt=\"Map\" /></p>"),
            Wxr.Attachment(10, $"{cdn.Url}/media/7f3a9c", parent: 1)));

        var remote = site.Import(input);
        Assert.Equal((0, 1), (remote.MediaHome, remote.MediaRemote));

        var report = site.Import(o => o with { FetchMedia = true, Fetch = LocalHostStandsIn }, input);
        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        Assert.Equal(Photo, File.ReadAllBytes(Path.Combine(site.Root, "static/wp-content/uploads/2022/05/7f3a9c.jpg")));
        Assert.Equal(["7f3a9c.jpg"], Directory.GetFiles(Path.Combine(site.Root, "static/wp-content/uploads/2022/05")).Select(Path.GetFileName));
        Assert.Contains("![Map](/wp-content/uploads/2022/05/7f3a9c.jpg)", site.Read("content/dispatches/2022/front.md"), StringComparison.Ordinal);
        Assert.Contains("\"/wp-content/uploads/2022/05/7f3a9c.jpg\"", site.Read("content/wordpress-attachments.yml"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("avis", "", "image/avif", "front.avif")]
    [InlineData("mif1", "avif", null, "front.avif")]
    [InlineData("mif1", "", "image/heic", "front.heic")]
    [InlineData("msf1", "", "image/heic", "front.heic")]
    [InlineData("heix", "", null, "front.heic")]
    [InlineData("hevc", "", "application/octet-stream", "front.heic")]
    [InlineData("isom", "", "image/avif", "front.avif")]
    [InlineData("isom", "mp41", "video/mp4", "front.mp4")]
    public void AnImageOfTheHeifFamilyFromAnotherHostKeepsItsName(string brand, string compatible, string? contentType, string name)
    {
        // The ftyp box (size, "ftyp", major brand, minor version, compatible brands), then bytes that are no box.
        byte[] box = [.. "ftyp"u8, .. System.Text.Encoding.ASCII.GetBytes(brand + "\0\0\0\0" + compatible)];
        byte[] file = [0, 0, 0, (byte)(box.Length + 4), .. box, .. Enumerable.Range(0, 500).Select(i => (byte)i)];

        using var cdn = new MediaHost(
            new Dictionary<string, byte[]>(StringComparer.Ordinal) { ["/a/" + name] = file },
            contentType is null ? null : new Dictionary<string, string>(StringComparer.Ordinal) { ["/a/" + name] = contentType });
        using var site = ImportSandbox.Create(SiteYml);
        var input = site.Input("export.xml", Wxr.ExportOf("https://blog.example",
            Wxr.Item(1, "Front", "front", content: $"<p><img src=\"{cdn.Url}/a/{name}\" alt=\"Front\" /></p>"),
            Wxr.Attachment(10, $"{cdn.Url}/a/{name}", parent: 1)));
        var report = site.Import(o => o with { FetchMedia = true, Fetch = LocalHostStandsIn }, input);

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        Assert.Equal([name], Directory.GetFiles(Path.Combine(site.Root, "static/wp-content/uploads/2022/05")).Select(Path.GetFileName));
        Assert.Contains($"](/wp-content/uploads/2022/05/{name})", site.Read("content/dispatches/2022/front.md"), StringComparison.Ordinal);
    }
}
