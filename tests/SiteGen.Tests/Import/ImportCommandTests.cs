using System.CommandLine;
using SiteGen.Cli;
using SiteGen.Cli.Commands;
using SiteGen.Tests.Import.Support;

namespace SiteGen.Tests.Import;

/// <summary>The command's exit codes: 0 when every input imported, 1 when some failed (the rest still imported), 2 for usage.</summary>
public sealed class ImportCommandTests
{
    private static int Run(params string[] args) => CommandLine.Run(new RootCommand { ImportCommand.Create() }, args);

    [Fact]
    public void NoInputsIsAUsageError() => Assert.Equal(ExitCodes.Usage, Run("import"));

    [Fact]
    public void GoodInputsExitZeroAndABadOneExitsOneWhileTheRestImports()
    {
        using var site = ImportSandbox.Create();
        var bad = site.Input("bad.xml", "not xml at all");

        Assert.Equal(ExitCodes.Success, Run("import", "--source", site.Root, ImportPaths.Seed));
        Assert.Equal(ExitCodes.SiteErrors, Run("import", "--source", site.Root, "--force", bad, ImportPaths.WxrFixture));
        Assert.True(site.Exists("dispatches/2025/blog-post-1.md"));
    }

    [Fact]
    public void TheSummarySaysWhatIsLeftOnTheOldHostAndHowToBringIt()
    {
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\n");
        var report = site.Import(ImportPaths.WxrFixture);
        var comments = site.Import(o => o with { NoComments = true }, ImportPaths.Fixture("wordpress-importer/valid-wxr-1.1.xml"));
        using var text = new StringWriter();
        ImportSummary.Print(report, text);
        ImportSummary.Print(comments, text);

        var summary = text.ToString();
        Assert.Contains("Media: 6 file(s) of the old blog (6 attachments in the export): 0 are in static/, 6 still on the old host; bring them home with --media-from DIR", summary, StringComparison.Ordinal);
        Assert.Contains("Comments: 1 not archived (--no-comments).", summary, StringComparison.Ordinal);
        using var archivedSite = ImportSandbox.Create("title: T\nbase_url: https://example.org/\n");
        using var archived = new StringWriter();
        ImportSummary.Print(archivedSite.Import(ImportPaths.Fixture("wordpress-importer/valid-wxr-1.1.xml")), archived);
        Assert.Contains("Comments: 1 archived read-only under their dispatches and pages.", archived.ToString(), StringComparison.Ordinal);
        Assert.Contains("time_zone was set to Etc/GMT+8 in site.yml", summary, StringComparison.Ordinal);
        Assert.Contains("Report: import-report.md", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void MediaOptionsReachTheImport()
    {
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\ntime_zone: UTC\n");
        Assert.Equal(ExitCodes.SiteErrors, Run("import", "--source", site.Root, "--media-from", Path.Combine(site.Root, "no-such-folder"), ImportPaths.WxrFixture));
        Assert.False(site.Exists("content/dispatches/2025/blog-post-1.md"));

        var media = Path.Combine(site.Root, "media", "2025", "01");
        Directory.CreateDirectory(media);
        File.WriteAllBytes(Path.Combine(media, "0565b-tt4_post_1.jpg"), [1, 2, 3]);
        Assert.Equal(ExitCodes.Success, Run("import", "--source", site.Root, "--media-from", Path.Combine(site.Root, "media"), "--no-comments", ImportPaths.WxrFixture));
        Assert.True(site.Exists("static/wp-content/uploads/2025/01/0565b-tt4_post_1.jpg"));
        Assert.Contains("src: \"/wp-content/uploads/2025/01/0565b-tt4_post_1.jpg\"", site.Read("content/dispatches/2025/the-art-of-connection.md"), StringComparison.Ordinal);
    }
}
