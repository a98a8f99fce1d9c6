using System.Diagnostics;
using SiteGen.Tests.Robustness.Support;
using Xunit.Abstractions;

namespace SiteGen.Tests.Robustness;

/// <summary>A real <c>sitegen build</c> killed while it writes: the previous output stays byte for byte.</summary>
[Trait("Category", "Robustness")]
[Trait("Category", "Fault")]
public sealed class KilledBuildTests(ITestOutputHelper log)
{
    private const int Dispatches = 1500;

    [Fact]
    public void BuildKilledMidWriteLeavesThePreviousOutputAndTheNextBuildSucceeds()
    {
        using var site = DiskSite.Create();
        log.WriteLine("site: " + BenchCorpus.Write(site, Dispatches));
        var first = site.RunCliBuild(TimeSpan.FromMinutes(5));
        Assert.True(first.ExitCode == 0, "the first build failed:\n" + first.Output);
        var before = FileTree.Snapshot(site.Output);

        var edited = Directory.EnumerateFiles(Path.Combine(site.Root, "content", "dispatches"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        File.AppendAllText(edited, "\nA sentence added after the first build.\n");

        var clock = Stopwatch.StartNew();
        using (var build = site.StartCliBuild())
        {
            var staged = WaitForStagedFiles(site, build, TimeSpan.FromMinutes(3));
            build.Kill();
            build.WaitForExit(TimeSpan.FromMinutes(1));
            log.WriteLine($"killed after {clock.ElapsedMilliseconds} ms with {staged} files staged");
            Assert.True(staged > 0, "the build ended before it wrote a staged file, so nothing was killed mid-write");
        }

        Assert.True(Directory.Exists(site.Staging), "the kill came too late: the staging folder was already swapped in");
        FileTree.AssertSame(before, FileTree.Snapshot(site.Output));

        var next = site.RunCliBuild(TimeSpan.FromMinutes(5));
        Assert.True(next.ExitCode == 0, "the build after the kill failed:\n" + next.Output);
        Assert.False(Directory.Exists(site.Staging), "the half-written staging folder was left behind");
        var after = FileTree.Snapshot(site.Output);
        Assert.Equal(before.Count, after.Count);
        Assert.Contains(after.Values, bytes => System.Text.Encoding.UTF8.GetString(bytes).Contains("A sentence added after the first build.", StringComparison.Ordinal));
    }

    /// <summary>Polls the staging folder until the build has written into it; returns how many files it saw.</summary>
    private static int WaitForStagedFiles(DiskSite site, RunningProcess build, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout && !build.HasExited)
        {
            try
            {
                if (Directory.Exists(site.Staging))
                {
                    var count = Directory.EnumerateFiles(site.Staging, "*", SearchOption.AllDirectories).Take(20).Count();
                    if (count >= 20)
                    {
                        return count;
                    }
                }
            }
            catch (DirectoryNotFoundException)
            {
                // The folder is being created or removed as we look; look again.
            }

            Thread.Sleep(5);
        }

        return 0;
    }
}
