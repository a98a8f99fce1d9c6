using SiteGen.Configuration;
using SiteGen.IO;
using SiteGen.Tests.Import.Support;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>
/// WordPress answered <c>/?attachment_id=N</c> and <c>/?p=N</c> with an attachment: the import writes each attachment's
/// id and where its file is, and the site's map of old ids leads there.
/// </summary>
public sealed class AttachmentIdTests
{
    private const string SiteYml = "title: T\nbase_url: https://example.org/\n";
    private const string Ids = "content/wordpress-attachments.yml";

    [Fact]
    public void TheExportsAttachmentsLeadToTheirFilesBroughtHomeOrNot()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);
        var media = Path.Combine(site.Root, "..", Path.GetFileName(site.Root) + "-media");
        Directory.CreateDirectory(Path.Combine(media, "2025", "01"));
        File.WriteAllBytes(Path.Combine(media, "2025", "01", "0565b-tt4_post_1.jpg"), [0xFF, 0xD8, 0xFF, 0xD9]);
        try
        {
            site.Import(o => o with { MediaFrom = media }, ImportPaths.Fixture("wordpressdotcom-export-2025.xml"));
        }
        finally
        {
            Directory.Delete(media, recursive: true);
        }

        var lines = site.Read(Ids).Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal(6, lines.Count);
        Assert.Contains("10: \"/wp-content/uploads/2025/01/0565b-tt4_post_1.jpg\"", lines);
        Assert.Contains("11: \"https://jekyllbot.wordpress.com/wp-content/uploads/2025/01/1ceb1-tt4_post_2.jpg\"", lines);

        // A later export of another blog adds its attachment; those written before stay.
        var later = site.Import(ImportPaths.Fixture("wordpress-importer/wxr-flat-attachment-same-site.xml"));
        Assert.DoesNotContain(later.Diagnostics, d => d.Code == "SG0603");
        lines = site.Read(Ids).Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal(7, lines.Count);
        Assert.Contains("611: \"https://wpthemetestdata.files.wordpress.com/2008/06/canola2.jpg\"", lines);
        var again = site.Read(Ids);
        site.Import(ImportPaths.Fixture("wordpress-importer/wxr-flat-attachment-same-site.xml"));
        Assert.Equal(again, site.Read(Ids));

        var output = new MemoryOutput();
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        var map = output.ReadText("wordpress-ids.json");
        Assert.Contains("\"10\":\"/wp-content/uploads/2025/01/0565b-tt4_post_1.jpg\"", map, StringComparison.Ordinal);
        Assert.Contains("\"611\":\"https://wpthemetestdata.files.wordpress.com/2008/06/canola2.jpg\"", map, StringComparison.Ordinal);
        Assert.True(output.Files.ContainsKey("wp-content/uploads/2025/01/0565b-tt4_post_1.jpg"));
    }

    [Fact]
    public void AnAttachmentIdAPostHoldsIsLeftToThePost()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);
        site.Import(site.Input("first.xml", Wxr.ExportOf("https://first.example", Wxr.Item(7, "Talks", "talks", blogUrl: "https://first.example"))));

        // Another blog whose attachment has that number: the post keeps /?p=7, the attachment is left out.
        site.Import(site.Input("second.xml", Wxr.ExportOf("https://second.example",
            Wxr.Item(7, "map", "map", type: "attachment", status: "inherit", blogUrl: "https://second.example", extra: "<wp:attachment_url>https://second.example/wp-content/uploads/2022/05/map.jpg</wp:attachment_url>"),
            Wxr.Item(8, "plan", "plan", type: "attachment", status: "inherit", blogUrl: "https://second.example", extra: "<wp:attachment_url>https://second.example/wp-content/uploads/2022/05/plan.pdf</wp:attachment_url>"))));

        Assert.DoesNotContain("7: ", site.Read(Ids), StringComparison.Ordinal);
        Assert.Contains("8: \"https://second.example/wp-content/uploads/2022/05/plan.pdf\"", site.Read(Ids), StringComparison.Ordinal);
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), new MemoryOutput(), new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
    }

    [Fact]
    public void AnAttachmentIdsFileWhoseEveryEntryIsNowAPostsIdGoes()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);
        site.Import(site.Input("a.xml", Wxr.ExportOf("https://a.example",
            Wxr.Item(67, "a", "a", type: "attachment", status: "inherit", blogUrl: "https://a.example", extra: "<wp:attachment_url>https://a.example/wp-content/uploads/2022/05/a.jpg</wp:attachment_url>"))));
        Assert.Contains("67: ", site.Read(Ids), StringComparison.Ordinal);

        // Another blog's post 67 takes the number: the file's only entry goes, and the file with it.
        site.Import(site.Input("b.xml", Wxr.ExportOf("https://b.example", Wxr.Item(67, "B post", "b-post", date: "2023-05-15 10:00:00", blogUrl: "https://b.example"))));

        Assert.False(site.Exists(Ids));
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), new MemoryOutput(), new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
    }
}
