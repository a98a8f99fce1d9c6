using System.Text.Json;
using SiteGen.Configuration;
using SiteGen.Import.Model;
using SiteGen.IO;
using SiteGen.Tests.Import.Support;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>An import run again updates its own files; another post, of a later import, never takes one over.</summary>
public sealed class LaterImportTests
{
    private const string SlugSite = "title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\npermalink: /:slug/\n";
    private const string Talks = "content/dispatches/2022/talks.md";

    private static string First(string content = "<p>Text.</p>") =>
        Wxr.ExportOf("https://first.example", Wxr.Item(1, "From the first", "talks", content: content, blogUrl: "https://first.example"));

    private static string Second() =>
        Wxr.ExportOf("https://second.example", Wxr.Item(1, "From the second", "talks", blogUrl: "https://second.example"));

    [Fact]
    public void AnotherPostOfALaterImportGetsItsOwnPlaceAndTheSamePostUpdatesItsFile()
    {
        using var site = ImportSandbox.Create(SlugSite, withActors: false);
        site.Import(site.Input("first.xml", First()));

        // The same post again, from a later export of its blog: its own unedited file is updated.
        var again = site.Import(site.Input("first-later.xml", First("<p>Revised.</p>")));

        Assert.Equal(WriteOutcome.Updated, Assert.Single(again.Files).Outcome);
        Assert.Equal([Talks], site.Files("content/dispatches"));
        Assert.Contains("Revised.", site.Read(Talks), StringComparison.Ordinal);

        // Another blog's post of that slug and day lands on that file: it is numbered as in one import.
        var other = site.Import(site.Input("second.xml", Second()));

        Assert.Equal(WriteOutcome.Imported, Assert.Single(other.Files).Outcome);
        Assert.Equal(["content/dispatches/2022/talks-2.md", Talks], site.Files("content/dispatches"));
        Assert.Contains("title: \"From the first\"", site.Read(Talks), StringComparison.Ordinal);
        Assert.Contains("Revised.", site.Read(Talks), StringComparison.Ordinal);
        var numbered = site.Read("content/dispatches/2022/talks-2.md");
        Assert.Contains("title: \"From the second\"\ndate: 2022-05-15T10:00:00+03:00\nslug: talks-2\n", numbered, StringComparison.Ordinal);
        Assert.Contains("# /talks/ is also the URL of 'From the first' (content/dispatches/2022/talks.md), written by an earlier import: this one is at /talks-2/.", numbered, StringComparison.Ordinal);
        Assert.Contains("# The old URL /2022/05/15/talks/ redirects to 'From the first' (content/dispatches/2022/talks.md), so it cannot redirect to this one too.", numbered, StringComparison.Ordinal);
        Assert.Contains(other.Diagnostics, d => d.Code == "SG0607" && d.Message.StartsWith("/talks/ is already the URL of content/dispatches/2022/talks.md, written by an earlier import: placed at /talks-2/", StringComparison.Ordinal));

        // A clipping of the first post is that post (its old URL): it leaves the export's copy in the post's file, and the other's.
        var clipping = site.Import(site.Input("clipping.md", """
            ---
            title: "From the first, as clipped"
            source: https://first.example/2022/05/15/talks/
            published: 2022-05-15T10:00:00+03:00
            ---
            Clipped.
            """));

        Assert.Empty(clipping.Files);
        Assert.Contains($"into {Talks}", Assert.Single(clipping.Skipped).Reason, StringComparison.Ordinal);
        Assert.Equal(["content/dispatches/2022/talks-2.md", Talks], site.Files("content/dispatches"));
        Assert.DoesNotContain("Clipped.", site.Read(Talks), StringComparison.Ordinal);
        Assert.Contains("Revised.", site.Read(Talks), StringComparison.Ordinal);

        // Both run again as one import, the later first: each post stays in its own file.
        site.Import(site.Input("second.xml", Second()), site.Input("first-later.xml", First("<p>Revised.</p>")));
        Assert.Equal(["content/dispatches/2022/talks-2.md", Talks], site.Files("content/dispatches"));
        Assert.Contains("title: \"From the first\"", site.Read(Talks), StringComparison.Ordinal);
        Assert.Contains("title: \"From the second\"", site.Read("content/dispatches/2022/talks-2.md"), StringComparison.Ordinal);

        var output = new MemoryOutput();
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        Assert.Contains("From the first", output.ReadText("talks/index.html"), StringComparison.Ordinal);
        Assert.Contains("From the second", output.ReadText("talks-2/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void AManifestThatNamesNoPostsLetsTheNextImportUpdateItsFilesAndRecordsThem()
    {
        using var site = ImportSandbox.Create(SlugSite, withActors: false);
        site.Import(site.Input("first.xml", First()));

        // As earlier versions wrote it: the files' hashes only.
        var path = Path.Combine(site.Root, ".sitegen", "import-manifest.json");
        string hash;
        using (var manifest = JsonDocument.Parse(File.ReadAllText(path)))
        {
            hash = manifest.RootElement.GetProperty("Files").GetProperty(Talks).GetString()!;
        }

        File.WriteAllText(path, $$"""
            {
              "Version": 1,
              "Files": {
                "{{Talks}}": "{{hash}}"
              }
            }
            """);

        var again = site.Import(site.Input("first-later.xml", First("<p>Revised.</p>")));

        Assert.Equal(WriteOutcome.Updated, Assert.Single(again.Files).Outcome);
        Assert.Contains("Revised.", site.Read(Talks), StringComparison.Ordinal);
        using (var manifest = JsonDocument.Parse(File.ReadAllText(path)))
        {
            var post = manifest.RootElement.GetProperty("Posts").GetProperty(Talks);
            Assert.Equal("first.example/?p=1", post.GetProperty("Guid").GetString());
            Assert.Equal("/talks/", post.GetProperty("Url").GetString());
        }

        site.Import(site.Input("second.xml", Second()));

        Assert.Contains("From the first", site.Read(Talks), StringComparison.Ordinal);
        Assert.Contains("From the second", site.Read("content/dispatches/2022/talks-2.md"), StringComparison.Ordinal);
    }
}
