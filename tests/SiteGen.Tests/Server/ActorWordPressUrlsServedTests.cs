using SiteGen.IO;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Server;

/// <summary>
/// The old URLs of a category the importer made an actor come and go with the dispatches that record them, and with
/// a term that records the same URL; the preview's partial rebuilds must write and remove them as a full build would.
/// </summary>
public sealed class ActorWordPressUrlsServedTests
{
    private const string Recording = "content/dispatches/2022/recording.md";

    private const string Term = "content/dispatches/2022/term.md";

    private const string Site = """
        -- site.yml --
        title: Briefings
        base_url: https://example.org/briefings/
        -- content/actors/belarus.md --
        ---
        name: Belarus
        kind: state
        ---
        -- content/dispatches/2022/mine.md --
        ---
        title: Mine
        date: 2022-05-15
        actors: [belarus]
        guid: "https://old.example.org/?p=6"
        ---
        Written on the old blog.
        -- content/dispatches/2022/recording.md --
        ---
        title: Recording
        date: 2022-05-14
        actors: [belarus]
        wordpress_slugs:
          categories: {belarus: europe/belarus}
        guid: "https://old.example.org/?p=7"
        ---
        Filed under Europe › Belarus on the old blog.
        -- content/dispatches/2022/term.md --
        ---
        title: Term
        date: 2022-05-13
        categories: [Belarus Watch]
        wordpress_slugs:
          categories: {Belarus Watch: belarus}
        guid: "https://old.example.org/?p=8"
        ---
        Filed under a category whose slug was belarus.
        """;

    [Fact]
    public async Task ThePartialPathWritesAndRemovesThemAsAFullBuildDoes()
    {
        await using var preview = await RunningPreview.StartAsync(Site);
        var files = preview.Session.State.Snapshot!.Files;
        Assert.Contains("url=/briefings/categories/belarus-watch/\"", System.Text.Encoding.UTF8.GetString(files["category/belarus/index.html"]), StringComparison.Ordinal);
        Assert.Contains("url=/briefings/actors/belarus/\"", System.Text.Encoding.UTF8.GetString(files["category/europe/belarus/index.html"]), StringComparison.Ordinal);
        var recording = File.ReadAllText(Path.Combine(preview.Folder.Site, Recording));
        var term = File.ReadAllText(Path.Combine(preview.Folder.Site, Term));

        // The term gives /category/belarus/ up: the actor, whose timeline stays as it was, takes it and its feed.
        File.Delete(Path.Combine(preview.Folder.Site, Term));
        await RebuildLikeAFullBuildAsync(preview, Term, "the term's dispatch deleted");
        Assert.True(preview.Session.State.Snapshot!.Files.ContainsKey("category/belarus/feed/index.xml"));

        File.Delete(Path.Combine(preview.Folder.Site, Recording));
        await RebuildLikeAFullBuildAsync(preview, Recording, "the recording dispatch deleted");
        Assert.False(preview.Session.State.Snapshot!.Files.ContainsKey("category/europe/belarus/index.html"));

        preview.Folder.Write(Recording, recording);
        await RebuildLikeAFullBuildAsync(preview, Recording, "the recording dispatch added");
        preview.Folder.Write(Term, term);
        await RebuildLikeAFullBuildAsync(preview, Term, "the term's dispatch added");
    }

    private static async Task RebuildLikeAFullBuildAsync(RunningPreview preview, string path, string where)
    {
        var report = await preview.Session.RebuildAsync([path]);
        Assert.True(report.Partial, $"{where}: the rebuild was not partial, so the partial path went untested");

        var output = new MemoryOutput();
        var clean = SiteGen.Site.Build(new PhysicalFileSource(preview.Folder.Site), output, preview.Options with { LiveReload = true });
        Assert.True(clean.Succeeded, string.Join('\n', clean.Diagnostics));
        ServedSiteAssert.SameFiles(output.Files, preview.Session.State.Snapshot!.Files, where);
    }
}
