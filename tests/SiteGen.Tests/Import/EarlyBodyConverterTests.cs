using SiteGen.Import.Wxr;
using SiteGen.Tests.Import.Support;

namespace SiteGen.Tests.Import;

/// <summary>Bodies converted while the export is read are the bodies converting afterwards makes, or are not taken.</summary>
public sealed class EarlyBodyConverterTests
{
    private static WxrItem Post(long id, string content) => new() { Line = 1, Id = id, Type = "post", Status = "publish", Content = content };

    private static WxrItem Attachment(long id, string url, long parent = 0) =>
        new() { Line = 1, Id = id, Type = "attachment", Status = "inherit", AttachmentUrl = url, ParentId = parent };

    [Fact]
    public void APostWaitsForTheAttachmentsItsGalleryNames()
    {
        var post = Post(1, "<p>Before.</p>\n[gallery ids=\"7,8\"]");
        var first = Attachment(7, "https://blog.example/wp-content/uploads/2022/05/a.jpg");
        var second = Attachment(8, "https://blog.example/wp-content/uploads/2022/05/b.jpg");
        using var early = new EarlyBodyConverter(workers: 1);
        early.Add(post);
        early.Add(first);
        Assert.Null(early.Take(post, new Dictionary<long, WxrItem> { [7] = first }));

        early.Add(second);
        var final = new Dictionary<long, WxrItem> { [7] = first, [8] = second };
        var body = early.Take(post, final);

        Assert.NotNull(body);
        Assert.Equal(WxrConverter.Body(post, final).Converted, body.Converted);
        Assert.Contains("b.jpg", body.Converted.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void ABodyIsNotTakenWhenTheFinalExportAnswersALookupOtherwise()
    {
        var post = Post(1, "[gallery ids=\"7\"]");
        using var early = new EarlyBodyConverter(workers: 1);
        early.Add(Attachment(7, "https://blog.example/wp-content/uploads/2022/05/old.jpg"));
        early.Add(post);
        var replaced = Attachment(7, "https://blog.example/wp-content/uploads/2022/05/new.jpg");

        Assert.Null(early.Take(post, new Dictionary<long, WxrItem> { [7] = replaced }));
    }

    [Fact]
    public void AGalleryWithoutIdsWaitsForTheWholeExport()
    {
        var post = Post(1, "[gallery]");
        var image = Attachment(7, "https://blog.example/wp-content/uploads/2022/05/a.jpg", parent: 1);
        using var early = new EarlyBodyConverter(workers: 1);
        early.Add(image);
        early.Add(post);

        Assert.Null(early.Take(post, new Dictionary<long, WxrItem> { [7] = image }));
    }

    [Fact]
    public void AnAttachmentALaterFileReplacesIsTheOneTheGalleryShows()
    {
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\n");
        var older = site.Input("blog.000.xml", Wxr.Export(
            Wxr.Item(1, "Gallery", "gallery", content: "<!-- wp:paragraph --><p>Photos.</p><!-- /wp:paragraph -->\n[gallery ids=\"7\"]"),
            Wxr.Attachment(7, "https://blog.example/wp-content/uploads/2022/05/first.jpg", parent: 1)));
        var newer = site.Input("blog.001.xml", Wxr.Export(Wxr.Attachment(7, "https://blog.example/wp-content/uploads/2022/05/second.jpg", parent: 1)));
        site.Import(older, newer);

        var text = site.Read("content/dispatches/2022/gallery.md");
        Assert.Contains("second.jpg", text, StringComparison.Ordinal);
        Assert.DoesNotContain("first.jpg", text, StringComparison.Ordinal);
    }
}
