using SiteGen.Import.Media;
using SiteGen.Tests.Import.Support;

namespace SiteGen.Tests.Import;

/// <summary>
/// Uploads of one year/month path and name from different blogs (another WordPress.com blog's, two saved pages' hosts)
/// are different files: each lands in its own, numbered as WordPress's <c>wp_unique_filename</c> numbers a second
/// <c>photo.jpg</c>, each reference points at its own, and a later import keeps the names.
/// </summary>
public sealed class OtherBlogsMediaTests
{
    private const string SiteYml = "title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\n";

    private static readonly byte[] Photo = [0xFF, 0xD8, 0xFF, 0xE0, .. Enumerable.Range(0, 3000).Select(i => (byte)(i * 11))];

    private static readonly FetchSettings LocalHostStandsIn = new() { Delay = TimeSpan.Zero, AllowPrivateAddresses = true };

    private static string SavedPage(string host, int id, string slug, string title, string sentence) => $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="UTF-8"><title>{title} | War Blog</title>
        <link rel="canonical" href="{host}/2022/05/{id:00}/{slug}/">
        <meta name="generator" content="WordPress 6.4.2">
        <meta property="article:published_time" content="2022-05-{id:00}T18:00:00+00:00">
        </head><body class="single single-post postid-{id}">
        <article id="post-{id}" class="post-{id} post type-post hentry"><h1 class="entry-title">{title}</h1>
        <div class="entry-content"><p>{sentence}</p>
        <p><img src="{host}/wp-content/uploads/2022/05/image.jpg" alt="{slug}"></p></div></article>
        </body></html>
        """;

    [Fact]
    public void SavedPagesOfTwoBlogsWithOneUploadNameKeepTheirOwnPictures()
    {
        byte[] first = [.. Photo, 1], second = [.. Photo, 2];
        using var a = new MediaHost(new Dictionary<string, byte[]>(StringComparer.Ordinal) { ["/wp-content/uploads/2022/05/image.jpg"] = first });
        using var b = new MediaHost(new Dictionary<string, byte[]>(StringComparer.Ordinal) { ["/wp-content/uploads/2022/05/image.jpg"] = second });
        using var site = ImportSandbox.Create(SiteYml);
        var pageA = site.Input("a.html", SavedPage(a.Url, 3, "kherson", "Kherson briefing", "The last units left the right bank in the evening, according to several sources on both sides."));
        var pageB = site.Input("b.html", SavedPage(b.Url, 4, "bakhmut", "Bakhmut briefing", "The road to the west of the town came under fire again overnight, both sides said."));
        var report = site.Import(o => o with { FetchMedia = true, Fetch = LocalHostStandsIn }, pageA, pageB);

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var uploads = Path.Combine(site.Root, "static/wp-content/uploads/2022/05");
        Assert.Equal(first, File.ReadAllBytes(Path.Combine(uploads, "image.jpg")));
        Assert.Equal(second, File.ReadAllBytes(Path.Combine(uploads, "image-1.jpg")));
        Assert.Contains("](/wp-content/uploads/2022/05/image.jpg)", site.Read("content/dispatches/2022/kherson.md"), StringComparison.Ordinal);
        Assert.Contains("](/wp-content/uploads/2022/05/image-1.jpg)", site.Read("content/dispatches/2022/bakhmut.md"), StringComparison.Ordinal);
        Assert.Equal(2, report.MediaHome);

        // Imported again alone, the second blog's page finds its picture where it was put, and downloads nothing.
        var asked = a.Requests.Count + b.Requests.Count;
        site.Import(o => o with { FetchMedia = true, Fetch = LocalHostStandsIn }, pageB);
        Assert.Contains("](/wp-content/uploads/2022/05/image-1.jpg)", site.Read("content/dispatches/2022/bakhmut.md"), StringComparison.Ordinal);
        Assert.Equal(asked, a.Requests.Count + b.Requests.Count);
        Assert.Equal(first, File.ReadAllBytes(Path.Combine(uploads, "image.jpg")));
    }

    [Fact]
    public void AnotherWordPressComBlogsUploadIsNotTakenFromTheBlogsMediaExport()
    {
        using var site = ImportSandbox.Create(SiteYml);
        var media = Path.Combine(site.Root, "inputs", "media", "2022", "05");
        Directory.CreateDirectory(media);
        File.WriteAllBytes(Path.Combine(media, "image.jpg"), Photo);
        const string blog = "https://warblog.wordpress.com";
        var input = site.Input("export.xml", Wxr.ExportOf(blog,
            Wxr.Item(1, "Own map", "own-map", blogUrl: blog, content: "<p><img src=\"https://warblog.files.wordpress.com/2022/05/image.jpg?w=640\" alt=\"Own\" /></p>"),
            Wxr.Item(2, "Reblogged map", "reblogged-map", blogUrl: blog, content: "<p><img src=\"https://otherblog.files.wordpress.com/2022/05/image.jpg?w=640\" alt=\"Other\" /></p>")));
        var report = site.Import(o => o with { MediaFrom = Path.Combine(site.Root, "inputs", "media") }, input);

        Assert.Contains("![Own](/wp-content/uploads/2022/05/image.jpg)", site.Read("content/dispatches/2022/own-map.md"), StringComparison.Ordinal);
        var other = site.Read("content/dispatches/2022/reblogged-map.md");
        Assert.Contains("https://otherblog.files.wordpress.com/2022/05/image.jpg", other, StringComparison.Ordinal);
        Assert.DoesNotContain("/wp-content/uploads/", other, StringComparison.Ordinal);
        var missing = Assert.Single(report.Diagnostics, d => d.Code == "SG0635");
        Assert.Contains("otherblog", missing.Message, StringComparison.Ordinal);
        Assert.Equal((1, 1), (report.MediaHome, report.MediaRemote));
    }

    [Fact]
    public void ASavedPageShowingAnotherBlogsPictureFirstKeepsItsOwnPictureHome()
    {
        using var site = ImportSandbox.Create(SiteYml);
        var media = Path.Combine(site.Root, "inputs", "media", "2022", "05");
        Directory.CreateDirectory(media);
        File.WriteAllBytes(Path.Combine(media, "photo.jpg"), Photo);
        var page = site.Input("page.html", """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="UTF-8"><title>Kherson briefing | War Blog</title>
            <link rel="canonical" href="https://warblog.wordpress.com/2022/05/03/kherson/">
            <meta name="generator" content="WordPress 6.4.2">
            <meta property="article:published_time" content="2022-05-03T18:00:00+00:00">
            </head><body class="single single-post postid-3">
            <article id="post-3" class="post-3 post type-post hentry"><h1 class="entry-title">Kherson briefing</h1>
            <div class="entry-content"><p>The last units left the right bank in the evening, according to several sources on both sides.</p>
            <p><img src="https://otherblog.files.wordpress.com/2022/05/map.jpg" alt="their map"></p>
            <p><img src="https://warblog.files.wordpress.com/2022/05/photo.jpg" alt="our photo"></p></div></article>
            </body></html>
            """);
        var report = site.Import(o => o with { MediaFrom = Path.Combine(site.Root, "inputs", "media") }, page);

        var text = site.Read("content/dispatches/2022/kherson.md");
        Assert.Contains("![our photo](/wp-content/uploads/2022/05/photo.jpg)", text, StringComparison.Ordinal);
        Assert.Contains("https://otherblog.files.wordpress.com/2022/05/map.jpg", text, StringComparison.Ordinal);
        Assert.Equal(Photo, File.ReadAllBytes(Path.Combine(site.Root, "static/wp-content/uploads/2022/05/photo.jpg")));
        Assert.Equal((1, 1), (report.MediaHome, report.MediaRemote));
    }

    [Theory]
    [InlineData("<link rel=\"icon\" href=\"https://warblog.files.wordpress.com/2021/02/cropped-icon.png?w=32\" sizes=\"32x32\">", "")]
    [InlineData("", "<header id=\"branding\"><a href=\"https://war-briefings.example/\" rel=\"home\"><img src=\"https://i0.wp.com/warblog.files.wordpress.com/2021/02/cropped-header.jpg\" alt=\"\"></a></header>")]
    [InlineData("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"BlogPosting\",\"publisher\":{\"@type\":\"Organization\",\"logo\":{\"@type\":\"ImageObject\",\"url\":\"https:\\/\\/warblog.files.wordpress.com\\/2021\\/02\\/logo.png\"}}}</script>", "")]
    public void ABlogOnItsOwnDomainOwnsItsUploadsOnWordPressComsHosts(string head, string header)
    {
        using var site = ImportSandbox.Create(SiteYml);
        var media = Path.Combine(site.Root, "inputs", "media", "2022", "05");
        Directory.CreateDirectory(media);
        File.WriteAllBytes(Path.Combine(media, "photo.jpg"), Photo);
        var page = site.Input("page.html", $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="UTF-8"><title>Kherson briefing | War Briefings</title>
            <link rel="canonical" href="https://war-briefings.example/2022/05/03/kherson/">
            <meta name="generator" content="WordPress.com">
            <meta property="article:published_time" content="2022-05-03T18:00:00+00:00">
            {head}
            </head><body class="single single-post postid-3">
            {header}
            <article id="post-3" class="post-3 post type-post hentry"><h1 class="entry-title">Kherson briefing</h1>
            <div class="entry-content"><p>The last units left the right bank in the evening, according to several sources on both sides.</p>
            <p><img src="https://otherblog.files.wordpress.com/2022/05/map.jpg?w=640" alt="their map"></p>
            <p><img src="https://i0.wp.com/warblog.files.wordpress.com/2022/05/photo.jpg?w=640" alt="our photo"></p></div></article>
            </body></html>
            """);
        var report = site.Import(o => o with { MediaFrom = Path.Combine(site.Root, "inputs", "media") }, page);

        var text = site.Read("content/dispatches/2022/kherson.md");
        Assert.Contains("![our photo](/wp-content/uploads/2022/05/photo.jpg)", text, StringComparison.Ordinal);
        Assert.Contains("https://otherblog.files.wordpress.com/2022/05/map.jpg", text, StringComparison.Ordinal);
        Assert.Equal(Photo, File.ReadAllBytes(Path.Combine(site.Root, "static/wp-content/uploads/2022/05/photo.jpg")));
        Assert.Contains("another blog's upload", Assert.Single(report.Diagnostics, d => d.Code == "SG0635").Message, StringComparison.Ordinal);
    }
}
