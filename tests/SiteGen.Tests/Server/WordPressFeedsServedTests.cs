using SiteGen.IO;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Server;

/// <summary>
/// WordPress's feed URLs come with a site's first imported dispatch and go with its last; the preview's partial
/// rebuilds must write and remove them as a full build would.
/// </summary>
public sealed class WordPressFeedsServedTests
{
    private const string Imported = "content/dispatches/2022/imported.md";

    private const string Site = """
        -- site.yml --
        title: Briefings
        base_url: https://example.org/briefings/
        -- content/dispatches/2022/mine.md --
        ---
        title: Mine
        date: 2022-05-15
        tags: [Kyiv]
        ---
        Written here.
        -- content/dispatches/2022/imported.md --
        ---
        title: Imported
        date: 2022-05-14
        tags: [Kyiv, Odesa]
        guid: "https://old.example.org/?p=7"
        ---
        Written on the old blog.
        """;

    [Fact]
    public async Task ThePartialPathWritesAndRemovesThemAsAFullBuildDoes()
    {
        await using var preview = await RunningPreview.StartAsync(Site);
        Assert.True(preview.Session.State.Snapshot!.Files.ContainsKey("tag/odesa/feed/index.xml"));
        var text = File.ReadAllText(Path.Combine(preview.Folder.Site, Imported));

        File.Delete(Path.Combine(preview.Folder.Site, Imported));
        await RebuildLikeAFullBuildAsync(preview, "the last imported dispatch deleted");
        Assert.False(preview.Session.State.Snapshot!.Files.ContainsKey("feed/index.xml"));

        preview.Folder.Write(Imported, text);
        await RebuildLikeAFullBuildAsync(preview, "the first imported dispatch added");
        Assert.True(preview.Session.State.Snapshot!.Files.ContainsKey("tag/kyiv/feed/index.xml"));
    }

    private static async Task RebuildLikeAFullBuildAsync(RunningPreview preview, string where)
    {
        var report = await preview.Session.RebuildAsync([Imported]);
        Assert.True(report.Partial, $"{where}: the rebuild was not partial, so the partial path went untested");

        var output = new MemoryOutput();
        var clean = SiteGen.Site.Build(new PhysicalFileSource(preview.Folder.Site), output, preview.Options with { LiveReload = true });
        Assert.True(clean.Succeeded);
        ServedSiteAssert.SameFiles(output.Files, preview.Session.State.Snapshot!.Files, where);
    }
}
