using SiteGen.Tests.Import.Support;

namespace SiteGen.Tests.Import;

/// <summary>
/// A page a browser saved "complete" keeps its pictures in a sibling <c>&lt;name&gt;_files/</c> folder, linked
/// relatively: each is brought into the site's media like an upload (a copy of one of the blog's uploads as that
/// upload, the same file once), its link rewritten, and one that is not on disk is reported with its link kept.
/// </summary>
public sealed class SavedPageFilesTests
{
    private const string SiteYml = "title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\n";
    private const string Blog = "https://warblog.wordpress.com";

    private static readonly byte[] Map = [0xFF, 0xD8, 0xFF, 0xE0, .. Enumerable.Range(0, 2000).Select(i => (byte)(i * 7))];
    private static readonly byte[] Chart = [0x89, 0x50, 0x4E, 0x47, .. Enumerable.Range(0, 2000).Select(i => (byte)(i * 13))];
    private static readonly byte[] OtherChart = [0x89, 0x50, 0x4E, 0x47, .. Enumerable.Range(0, 2000).Select(i => (byte)(i * 17))];

    // Shaped like creeny.wordpress.com.nebelsuppe.html saved by a browser: the upload's srcset kept, the src into _files/.
    private static string Page(string folder, int day, string slug, string title) => $"""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="UTF-8"><title>{title} | War Blog</title>
        <link rel="canonical" href="{Blog}/2022/05/{day:00}/{slug}/">
        <meta property="article:published_time" content="2022-05-{day:00}T18:00:00+00:00">
        </head><body class="single single-post postid-{day}">
        <article id="post-{day}" class="post-{day} post type-post hentry"><h1 class="entry-title">{title}</h1>
        <div class="entry-content"><p>The last units left the right bank in the evening, according to several sources on both sides.</p>
        <p><img class="alignnone size-full wp-image-34272" src="{folder}_files/map.jpg" alt="Map" srcset="{Blog.Replace("warblog.", "warblog.files.")}/2022/05/map.jpg?w=652 652w, {Blog.Replace("warblog.", "warblog.files.")}/2022/05/map.jpg?w=250 250w" sizes="(max-width: 652px) 100vw, 652px" /></p>
        <p><img src="{folder}_files/chart.png" alt="Chart" /></p></div></article>
        </body></html>
        """;

    private static string Save(ImportSandbox site, string name, string html, params (string File, byte[] Bytes)[] files)
    {
        var page = site.Input(name + ".html", html);
        var folder = Path.Combine(Path.GetDirectoryName(page)!, name + "_files");
        Directory.CreateDirectory(folder);
        foreach (var (file, bytes) in files)
        {
            File.WriteAllBytes(Path.Combine(folder, file), bytes);
        }

        return page;
    }

    [Fact]
    public void APageSavedCompleteBringsItsOwnPicturesHome()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);
        var export = site.Input("blog.xml", Wxr.ExportOf(Blog, Wxr.Item(3, "Map of the front", "map-of-the-front", blogUrl: Blog, date: "2022-05-02 10:00:00", gmt: "2022-05-02 07:00:00",
            content: "<p><img src=\"https://warblog.files.wordpress.com/2022/05/map.jpg?w=640\" alt=\"Map\" /></p>")));
        var kherson = Save(site, "Kherson briefing", Page("Kherson%20briefing", 3, "kherson", "Kherson briefing"), ("map.jpg", Map), ("chart.png", Chart));
        var izium = Save(site, "Izium briefing", Page("Izium%20briefing", 4, "izium", "Izium briefing"), ("map.jpg", Map), ("chart.png", OtherChart));
        var bakhmut = Save(site, "Bakhmut briefing", Page("Bakhmut%20briefing", 5, "bakhmut", "Bakhmut briefing"), ("map.jpg", Map), ("chart.png", Chart));

        var report = site.Import(export, kherson, izium, bakhmut);

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var uploads = Path.Combine(site.Root, "static/wp-content/uploads/2022/05");
        // The export's upload and the pages' copies of it are one file, under the upload's name.
        Assert.Contains("](/wp-content/uploads/2022/05/map.jpg)", site.Read("content/dispatches/2022/map-of-the-front.md"), StringComparison.Ordinal);
        Assert.Equal(Map, File.ReadAllBytes(Path.Combine(uploads, "map.jpg")));
        // The pages' own charts: one file per distinct chart, a second of one name numbered.
        var text = site.Read("content/dispatches/2022/kherson.md");
        Assert.Contains("![Map](/wp-content/uploads/2022/05/map.jpg)", text, StringComparison.Ordinal);
        Assert.Contains("![Chart](/wp-content/uploads/2022/05/chart.png)", text, StringComparison.Ordinal);
        Assert.Contains("![Chart](/wp-content/uploads/2022/05/chart-1.png)", site.Read("content/dispatches/2022/izium.md"), StringComparison.Ordinal);
        Assert.Contains("![Chart](/wp-content/uploads/2022/05/chart.png)", site.Read("content/dispatches/2022/bakhmut.md"), StringComparison.Ordinal);
        Assert.Equal(Chart, File.ReadAllBytes(Path.Combine(uploads, "chart.png")));
        Assert.Equal(OtherChart, File.ReadAllBytes(Path.Combine(uploads, "chart-1.png")));
        Assert.Equal(["chart-1.png", "chart.png", "map.jpg"], Directory.GetFiles(uploads).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        // Imported again alone, the page with the second chart finds it under the name it was given.
        site.Import(izium);
        Assert.Contains("![Chart](/wp-content/uploads/2022/05/chart-1.png)", site.Read("content/dispatches/2022/izium.md"), StringComparison.Ordinal);
        Assert.Equal(3, Directory.GetFiles(uploads).Length);
    }

    [Fact]
    public void ASavedPictureMissingFromDiskIsReportedAndItsLinkKept()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);
        var page = Save(site, "Kherson briefing", Page("Kherson%20briefing", 3, "kherson", "Kherson briefing"), ("map.jpg", Map));

        var report = site.Import(page);

        var warning = Assert.Single(report.Diagnostics, d => d.Code == "SG0642");
        Assert.Equal("inputs/Kherson briefing.html", warning.Location.Path);
        Assert.True(warning.Location.Line > 1);
        Assert.Contains("Kherson briefing_files/chart.png", warning.Message, StringComparison.Ordinal);
        Assert.Contains("_files folder back beside it", warning.Message, StringComparison.Ordinal);
        var text = site.Read("content/dispatches/2022/kherson.md");
        Assert.Contains("![Chart](Kherson%20briefing_files/chart.png)", text, StringComparison.Ordinal);
        Assert.Contains("![Map](/wp-content/uploads/2022/05/map.jpg)", text, StringComparison.Ordinal);
    }
}
