using SiteGen.Configuration;
using SiteGen.IO;
using SiteGen.Tests.Robustness.Support;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// Faults around the output folder: whatever goes wrong, the previous output stays exactly as it was, the error
/// says what happened, and two builds never mix their files.
/// </summary>
/// <remarks>The full disk, the lock held by another build and the interrupted swap are in Output/DiskBuildTests.</remarks>
[Trait("Category", "Robustness")]
[Trait("Category", "Fault")]
public sealed class OutputFaultTests : IDisposable
{
    private readonly DiskSite _site = DiskSite.Create();

    public void Dispose() => _site.Dispose();

    private static BuildOptions Options => new() { Now = TestSite.Now };

    private void WriteSmallSite(string body = "First version.")
    {
        _site.Write("site.yml", "title: T\nbase_url: https://example.org/\n");
        _site.Write("content/dispatches/a.md", $"---\ntitle: A\ndate: 2022-05-15\n---\n{body}\n");
    }

    [Fact]
    public void BuildFailingOnlyAtTheLinkCheckLeavesThePreviousOutputAndFailsAgainWhenRun()
    {
        WriteSmallSite();
        Assert.True(SiteGen.Site.BuildFolder(_site.Root, Options).Succeeded);
        var before = FileTree.Snapshot(_site.Output);

        WriteSmallSite("Second version with [a link to nowhere](/2030/01/01/nowhere/).");
        var failed = SiteGen.Site.BuildFolder(_site.Root, Options);

        Assert.False(failed.Succeeded);
        Assert.Contains("content/dispatches/a.md(5,21): error SG0503: broken link: 2022/05/15/a/index.html -> /2030/01/01/nowhere/ (no such file in the output)",
            failed.Diagnostics.Select(d => d.ToString()));
        FileTree.AssertSame(before, FileTree.Snapshot(_site.Output));

        // Nothing changed since the failed build, but it failed: running it again must fail again, not say "up to date".
        var again = SiteGen.Site.BuildFolder(_site.Root, Options);
        Assert.False(again.Succeeded);
        FileTree.AssertSame(before, FileTree.Snapshot(_site.Output));
    }

    [SkippableFact]
    public void ReadOnlySiteFolderFailsCleanlyAndSaysWhy()
    {
        WriteSmallSite();
        Assert.True(SiteGen.Site.BuildFolder(_site.Root, Options).Succeeded);
        var before = FileTree.Snapshot(_site.Output);
        WriteSmallSite("Second version.");

        BuildResult failed;
        using (ReadOnlyFolder.Make(_site.Root))
        {
            failed = SiteGen.Site.BuildFolder(_site.Root, Options);
        }

        Assert.False(failed.Succeeded);
        var error = Assert.Single(failed.Diagnostics, d => d.IsError).ToString();
        Assert.StartsWith($"_site: error SG0501: writing the output failed: Access to the path '{_site.Staging}' is denied.", error, StringComparison.Ordinal);
        Assert.EndsWith("The previous output in _site/ is unchanged.", error, StringComparison.Ordinal);
        FileTree.AssertSame(before, FileTree.Snapshot(_site.Output));

        Assert.True(SiteGen.Site.BuildFolder(_site.Root, Options).Succeeded);
        Assert.Contains("Second version.", File.ReadAllText(Path.Combine(_site.Output, "2022/05/15/a/index.html")), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void ReadOnlyOutputFolderFailsCleanlyAndSaysWhy()
    {
        WriteSmallSite();
        Assert.True(SiteGen.Site.BuildFolder(_site.Root, Options).Succeeded);
        var before = FileTree.Snapshot(_site.Output);
        WriteSmallSite("Second version.");

        BuildResult failed;
        using (ReadOnlyFolder.Make(_site.Output, immutableOnly: true))
        {
            failed = SiteGen.Site.BuildFolder(_site.Root, Options);
        }

        Assert.False(failed.Succeeded);
        var error = Assert.Single(failed.Diagnostics, d => d.IsError).ToString();
        Assert.StartsWith("_site: error SG0501: writing the output failed: ", error, StringComparison.Ordinal);
        Assert.EndsWith("The previous output in _site/ is unchanged.", error, StringComparison.Ordinal);
        FileTree.AssertSame(before, FileTree.Snapshot(_site.Output));
        Assert.False(Directory.Exists(_site.Staging));
    }

    [Fact]
    public void OutputFolderVanishingMidBuildIsReplacedWhole()
    {
        _site.WriteDispatches(20);
        Assert.True(SiteGen.Site.BuildFolder(_site.Root, Options).Succeeded);
        File.AppendAllText(Path.Combine(_site.Root, "content/dispatches/2022/report-0.md"), "\nEdited.\n");

        var result = SiteGen.Site.BuildFolder(_site.Root, Options, staging => new VanishingOutput(new DirectoryOutput(staging), _site.Output, afterWrites: 10));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(result.Files, FileTree.Snapshot(_site.Output).Count);
        Assert.False(Directory.Exists(_site.Output + ".old"));
    }

    [Fact]
    public void TwoBuildsAtOnceNeverMixTheirOutputs()
    {
        _site.WriteDispatches(150);
        var hosts = new[] { "https://one.example/", "https://two.example/" };
        using var start = new Barrier(hosts.Length);
        var results = hosts.AsParallel().WithDegreeOfParallelism(hosts.Length).Select(host =>
        {
            start.SignalAndWait();
            return (Host: host, Result: SiteGen.Site.BuildFolder(_site.Root, Options with { BaseUrl = new Uri(host) }));
        }).ToList();

        var refused = results.Where(r => !r.Result.Succeeded).ToList();
        var built = results.Where(r => r.Result.Succeeded).ToList();
        Assert.NotEmpty(built);
        Assert.All(refused, r => Assert.Equal(
            ".sitegen/build.lock: error SG0502: another build of this site is running (it holds this lock file); wait for it to finish and build again",
            Assert.Single(r.Result.Diagnostics, d => d.IsError).ToString()));

        // Whichever build wrote last, every file of the output is that build's.
        var output = FileTree.Snapshot(_site.Output);
        var found = hosts.Where(host => output.Values.Any(bytes => Contains(bytes, host))).ToList();
        var owner = Assert.Single(found);
        Assert.Equal(results.Single(r => r.Host == owner).Result.Files, output.Count);
        Assert.False(Directory.Exists(_site.Staging));
    }

    [Fact]
    public void TwoCliBuildsAtOnceGiveOneOutputAndAClearRefusal()
    {
        _site.WriteDispatches(300);
        using var one = _site.StartCliBuild();
        using var two = _site.StartCliBuild();
        var codes = new[] { one.WaitForExit(TimeSpan.FromMinutes(5)), two.WaitForExit(TimeSpan.FromMinutes(5)) };
        var printed = new[] { one.Stdout + one.Stderr, two.Stdout + two.Stderr };
        Assert.Contains(0, codes);
        for (var i = 0; i < codes.Length; i++)
        {
            if (codes[i] != 0)
            {
                Assert.Contains(".sitegen/build.lock: error SG0502: another build of this site is running", printed[i], StringComparison.Ordinal);
            }
        }

        Assert.True(File.Exists(Path.Combine(_site.Output, "2022/02/24/report-0/index.html")));
        Assert.False(Directory.Exists(_site.Staging));
    }

    private static bool Contains(byte[] bytes, string text) =>
        bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(text)) >= 0;

    /// <summary>Deletes the live output folder in the middle of a build, as a user or a cleanup script might.</summary>
    private sealed class VanishingOutput(IOutputSink inner, string output, int afterWrites) : IOutputSink
    {
        private int _writes;

        public void Write(string path, ReadOnlySpan<byte> bytes)
        {
            Count();
            inner.Write(path, bytes);
        }

        public void Write(string path, ReadOnlySpan<char> text)
        {
            Count();
            inner.Write(path, text);
        }

        public void Copy(IFileSource source, string sourcePath, string path)
        {
            Count();
            inner.Copy(source, sourcePath, path);
        }

        private void Count()
        {
            if (Interlocked.Increment(ref _writes) == afterWrites && Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}
