using SiteGen.IO;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Server;

/// <summary>
/// The map of old WordPress ids and the home page's script come with the first dispatch giving an id and go with the
/// last; the preview's partial rebuilds must write and remove them as a full build would, and leave a clash to it.
/// </summary>
public sealed class WordPressIdMapServedTests
{
    private const string Imported = "content/dispatches/2022/imported.md";

    private const string Clash = "content/dispatches/2022/clash.md";

    private const string Site = """
        -- site.yml --
        title: Briefings
        base_url: https://example.org/briefings/
        -- content/dispatches/2022/mine.md --
        ---
        title: Mine
        date: 2022-05-15
        ---
        Written here.
        -- content/dispatches/2022/imported.md --
        ---
        title: Imported
        date: 2022-05-14
        aliases: ["/?p=7"]
        ---
        Written on the old blog.
        """;

    [Fact]
    public async Task ThePartialPathWritesAndRemovesTheMapAsAFullBuildDoes()
    {
        await using var preview = await RunningPreview.StartAsync(Site);
        Assert.True(preview.Session.State.Snapshot!.Files.ContainsKey("wordpress-ids.json"));
        var text = File.ReadAllText(Path.Combine(preview.Folder.Site, Imported));

        File.Delete(Path.Combine(preview.Folder.Site, Imported));
        await RebuildLikeAFullBuildAsync(preview, Imported, "the last dispatch with an id deleted");
        Assert.False(preview.Session.State.Snapshot!.Files.ContainsKey("wordpress-ids.json"));

        preview.Folder.Write(Imported, text);
        await RebuildLikeAFullBuildAsync(preview, Imported, "the first dispatch with an id added");
        Assert.Contains("\"7\":\"/briefings/2022/05/14/imported/\"", System.Text.Encoding.UTF8.GetString(preview.Session.State.Snapshot!.Files["wordpress-ids.json"]), StringComparison.Ordinal);

        preview.Folder.Write(Clash, "---\ntitle: Clash\ndate: 2022-05-16\naliases: [\"/?page_id=7\"]\n---\nAgain.\n");
        var report = await preview.Session.RebuildAsync([Clash]);
        Assert.False(report.Served);
        Assert.False(report.Partial);
        Assert.Contains(report.Result.Diagnostics, d => d.Code == "SG0238" && d.Message.Contains(Clash, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheNotFoundPageGetsAndLosesTheScriptWhenTheDispatchWithAnIdIsOlderThanItShows()
    {
        // The not-found page lists the five newest dispatches: the one with the id, the oldest, is not among them, so
        // only the script (for /index.php?p=7) changes that page.
        var newer = string.Concat(Enumerable.Range(16, 5).Select(day => $"-- content/dispatches/2022/newer-{day}.md --\n---\ntitle: Newer {day}\ndate: 2022-05-{day}\n---\nLater.\n"));
        await using var preview = await RunningPreview.StartAsync(Site.Replace("-- content/dispatches/2022/mine.md --", newer + "-- content/dispatches/2022/mine.md --", StringComparison.Ordinal));
        Assert.Contains("index.php", System.Text.Encoding.UTF8.GetString(preview.Session.State.Snapshot!.Files["404.html"]), StringComparison.Ordinal);
        var text = File.ReadAllText(Path.Combine(preview.Folder.Site, Imported));

        File.Delete(Path.Combine(preview.Folder.Site, Imported));
        await RebuildLikeAFullBuildAsync(preview, Imported, "the last dispatch with an id deleted");
        Assert.DoesNotContain("index.php", System.Text.Encoding.UTF8.GetString(preview.Session.State.Snapshot!.Files["404.html"]), StringComparison.Ordinal);

        preview.Folder.Write(Imported, text);
        await RebuildLikeAFullBuildAsync(preview, Imported, "the first dispatch with an id added");
        Assert.Contains("index.php", System.Text.Encoding.UTF8.GetString(preview.Session.State.Snapshot!.Files["404.html"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOldBlogsAttachmentsStayInTheMapThroughPartialRebuildsAndAnEditOfThemIsServed()
    {
        const string Attachments = "content/wordpress-attachments.yml";
        await using var preview = await RunningPreview.StartAsync(Site + "\n-- " + Attachments + " --\n67: \"/wp-content/uploads/2022/05/map.jpg\"\n");
        var text = File.ReadAllText(Path.Combine(preview.Folder.Site, Imported));

        // The dispatch giving the only post id goes, and comes back: the attachment's id stays in the map throughout.
        File.Delete(Path.Combine(preview.Folder.Site, Imported));
        await RebuildLikeAFullBuildAsync(preview, Imported, "the last dispatch with an id deleted, an attachment left");
        Assert.Equal("{\"67\":\"/briefings/wp-content/uploads/2022/05/map.jpg\"}", System.Text.Encoding.UTF8.GetString(preview.Session.State.Snapshot!.Files["wordpress-ids.json"]));
        preview.Folder.Write(Imported, text);
        await RebuildLikeAFullBuildAsync(preview, Imported, "the first dispatch with an id added beside an attachment");

        preview.Folder.Write(Attachments, "68: \"/wp-content/uploads/2022/05/plan.pdf\"\n");
        var report = await preview.Session.RebuildAsync([Attachments]);
        Assert.True(report.Served);
        var map = System.Text.Encoding.UTF8.GetString(preview.Session.State.Snapshot!.Files["wordpress-ids.json"]);
        Assert.Contains("\"68\":", map, StringComparison.Ordinal);
        Assert.DoesNotContain("\"67\":", map, StringComparison.Ordinal);
    }

    private static async Task RebuildLikeAFullBuildAsync(RunningPreview preview, string path, string where)
    {
        var report = await preview.Session.RebuildAsync([path]);
        Assert.True(report.Partial, $"{where}: the rebuild was not partial, so the partial path went untested");

        var output = new MemoryOutput();
        var clean = SiteGen.Site.Build(new PhysicalFileSource(preview.Folder.Site), output, preview.Options with { LiveReload = true });
        Assert.True(clean.Succeeded);
        ServedSiteAssert.SameFiles(output.Files, preview.Session.State.Snapshot!.Files, where);
    }
}
