using System.Threading.Channels;
using SiteGen.Server.Rebuilding;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Server;

/// <summary>
/// Files the build does not read never start a rebuild, however often they are written: logs, editors' swap and
/// backup files, the output, <c>.sitegen/</c> and <c>.git/</c>. Each test ends with one real save, whose rebuild must
/// come alone: a rebuild the other files started would come before it or carry their paths.
/// </summary>
public sealed class IgnoredFilesTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ALogWrittenAgainAndAgainInTheSiteFolderStartsNoRebuild()
    {
        await using var preview = await RunningPreview.StartAsync(ServerSites.Briefings, watch: true);
        var reports = Watch(preview);

        for (var i = 0; i < 50; i++)
        {
            File.AppendAllText(preview.Folder.FullPath("serve.log"), $"Rebuilt in 12 ms: {i} file(s) changed.\n");
            File.AppendAllText(preview.Folder.FullPath("nohup.out"), "Serving http://127.0.0.1:4000/briefings/\n");
        }

        await AssertTheNextRebuildIsTheSaveAloneAsync(preview, reports, "content/dispatches/2022/first.md");
    }

    [Fact]
    public async Task EditorsScratchFilesTheOutputAndHiddenFoldersStartNoRebuild()
    {
        await using var preview = await RunningPreview.StartAsync(ServerSites.Briefings, watch: true);
        var reports = Watch(preview);
        const string folder = "content/dispatches/2022";

        foreach (var name in new[] { ".first.md.swp", ".first.md.swx", "first.md~", ".#first.md", "#first.md#", "4913", "first.md___jb_tmp___", "first.md___jb_old___", "a1b2.tmp", "notes.txt", "sedX1y2Z3" })
        {
            preview.Folder.Write($"{folder}/{name}", "scratch");
            File.Delete(preview.Folder.FullPath($"{folder}/{name}"));
        }

        preview.Folder.Write($"{folder}/first.md~", "a backup that stays");
        preview.Folder.Write("_site/index.html", "not a source");
        preview.Folder.Write(".sitegen/last-build.json", "{}");
        preview.Folder.Write(".git/index", "not a source");
        preview.Folder.Write("drafts-outside-the-content-folder/a.md", "---\ntitle: Not read\n---\n");

        await AssertTheNextRebuildIsTheSaveAloneAsync(preview, reports, $"{folder}/first.md");
    }

    [Fact]
    public async Task TheSampleSiteServedWithItsLogInsideDoesNotRebuildItselfForever()
    {
        // The README's sample keeps its sources beside site.yml (content_dir: "."); 'sitegen serve > serve.log' there
        // wrote a line per rebuild into the site folder, which rebuilt it again.
        await using var preview = await RunningPreview.StartAsync(SampleSiteText(), watch: true);
        Assert.True(preview.Session.FirstBuild.Served, string.Join('\n', preview.Session.FirstBuild.Result.Diagnostics));
        var log = preview.Folder.FullPath("serve.log");
        preview.Session.Rebuilt += report => File.AppendAllText(log, $"Rebuilt in {report.BuildTime.TotalMilliseconds:0} ms: {report.ChangedFiles} file(s) changed.\n");
        var reports = Watch(preview);
        var seed = Directory.EnumerateFiles(preview.Folder.FullPath("dispatches"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var path = Path.GetRelativePath(preview.Folder.Site, seed).Replace('\\', '/');

        await AssertTheNextRebuildIsTheSaveAloneAsync(preview, reports, path);
        await AssertTheNextRebuildIsTheSaveAloneAsync(preview, reports, path);
        Assert.Equal(2, File.ReadAllLines(log).Length);
    }

    private static Channel<RebuildReport> Watch(RunningPreview preview)
    {
        var reports = Channel.CreateUnbounded<RebuildReport>();
        preview.Session.Rebuilt += report => reports.Writer.TryWrite(report);
        return reports;
    }

    /// <summary>Saves <paramref name="path"/> (a dispatch) and asserts that the next rebuild is for it and it alone.</summary>
    private static async Task AssertTheNextRebuildIsTheSaveAloneAsync(RunningPreview preview, Channel<RebuildReport> reports, string path)
    {
        var text = preview.Folder.Read(path);
        preview.Folder.Write(path, text.TrimEnd('\n') + $"\n\nSaved at {Guid.NewGuid():N}.\n");

        var report = await reports.Reader.ReadAsync().AsTask().WaitAsync(Patience);
        Assert.Equal([path], report.ChangedPaths);
        Assert.True(report.Served && report.Partial, $"the save was not served by the fast path: served {report.Served}, partial {report.Partial}");
    }

    /// <summary>The repository's sample site (content/) in the text-block form of <see cref="TestSite"/>.</summary>
    private static string SampleSiteText() => SiteText.Of(RepositoryPaths.Content);
}
