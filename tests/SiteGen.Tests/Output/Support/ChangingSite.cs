using SiteGen.Configuration;
using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Output.Support;

/// <summary>A small site on disk in a given layout, changed step by step and built as <c>sitegen build</c> does.</summary>
public sealed class ChangingSite : IDisposable
{
    private readonly TemporaryFolder _root = TemporaryFolder.Create("sitegen-changing-");

    public ChangingSite(SiteLayout layout)
    {
        Layout = layout;
        Write("site.yml", SiteYml(string.Empty));
        Write(layout.Content("dispatches/2022/a.md"), Dispatch("Alpha", "2022-05-15", "Belarus", "The first dispatch names Belarus."));
        Write(layout.Content("dispatches/2022/b.md"), Dispatch("Bravo", "2022-05-16", "Ukraine", "The second dispatch names Ukraine."));
        Write(layout.Content("dispatches/2022/c.md"), Dispatch("Charlie", "2026-12-01", "Belarus", "Scheduled for later."));
        SaveWithinOneTick(0);
        Write(layout.Content("actors/belarus.md"), "---\nname: Belarus\nkind: state\naliases: [Bielaruś]\n---\nA state.\n");
        Write(layout.Content("actors/ukraine.md"), "---\nname: Ukraine\nkind: state\n---\nA state.\n");
        Write(layout.Content("pages/about.md"), "---\ntitle: About\n---\nAbout this site.\n\n![A photo](/images/photo.png)\n");
        Write("static/images/map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        File.WriteAllBytes(FullPath("static/images/photo.png"), Images.TestImages.TransparentPng(900, 500));
        if (layout.TemplateFolder is { } templates)
        {
            Write($"{templates}/partials/footer.sbn", "<footer><p>{{ site.title }} footer</p></footer>\n");
        }
    }

    public SiteLayout Layout { get; }

    public string Root => _root.Path;

    public string Output => Path.Combine(Root, Layout.OutputDir);

    /// <summary>The build's clock: the scheduled dispatch falls due when it is moved past 2026-12-01.</summary>
    public DateTimeOffset Now { get; set; } = TestSite.Now;

    public string SiteYml(string extra) =>
        "title: Changing site\nbase_url: https://example.org/briefings/\n" +
        (Layout.ContentDir == "content" ? string.Empty : $"content_dir: \"{Layout.ContentDir}\"\n") +
        (Layout.OutputDir == "_site" ? string.Empty : $"output: {Layout.OutputDir}\n") +
        (Layout.ThemeName is null ? string.Empty : $"theme: {Layout.ThemeName}\n") +
        extra;

    public static string Dispatch(string title, string date, string actor, string body) =>
        $"---\ntitle: {title}\ndate: {date}\nactors: [{actor}]\n---\n{body}\n";

    public string FullPath(string path) => Path.Combine(Root, path);

    public void Write(string path, string text) => _root.Write(path, text);

    /// <summary>
    /// Saves the dispatch Delta with the same size and write time whatever <paramref name="n"/> is, as a second save
    /// within one tick of the file system's clock leaves it: the time pinned in the future stands for "as late as the
    /// build's read", which is the case a size-and-time comparison cannot tell from no change.
    /// </summary>
    public void SaveWithinOneTick(int n)
    {
        var path = FullPath(Layout.Content("dispatches/2022/d.md"));
        File.WriteAllText(path, Dispatch("Delta", "2022-05-17", "Ukraine", $"Saved twice within one tick, save {n % 10_000:D4}."));
        File.SetLastWriteTimeUtc(path, PinnedWriteTime);
    }

    private static readonly DateTime PinnedWriteTime = DateTime.UtcNow.AddYears(1);

    public BuildResult Build() => SiteGen.Site.BuildFolder(Root, new BuildOptions { Now = Now });

    /// <summary>What a build of a fresh copy of the site's files (no output, no record) writes.</summary>
    public SortedDictionary<string, byte[]> CleanBuild()
    {
        using var copy = TemporaryFolder.Create("sitegen-clean-");
        {
            foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(Root, file);
                var first = relative.Split(Path.DirectorySeparatorChar)[0];
                if (first == Layout.OutputDir || first == DiskPublishing.CacheFolder)
                {
                    continue;
                }

                var target = Path.Combine(copy.Path, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            var result = SiteGen.Site.BuildFolder(copy.Path, new BuildOptions { Now = Now, Clean = true });
            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
            return FileTree.Snapshot(Path.Combine(copy.Path, Layout.OutputDir));
        }
    }

    public void Dispose() => _root.Dispose();
}
