using SiteGen.Configuration;
using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Output;

/// <summary>A build on disk replaces its output only when it succeeded: nothing is ever lost.</summary>
[Trait("Category", "Robustness")]
[Trait("Category", "Fault")]
public sealed class DiskBuildTests : IDisposable
{
    private readonly DirectoryInfo _site = Directory.CreateTempSubdirectory("sitegen-disk-");

    public void Dispose() => _site.Delete(recursive: true);

    private string Output => Path.Combine(_site.FullName, "_site");

    private void Write(string path, string text)
    {
        var full = Path.Combine(_site.FullName, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private void WriteGoodSite()
    {
        Write("site.yml", "title: T\nbase_url: https://example.org/\n");
        Write("content/dispatches/a.md", "---\ntitle: A\ndate: 2022-05-15\n---\nFirst version.\n");
    }

    private static BuildResult Build(string site) => SiteGen.Site.BuildFolder(site, new BuildOptions { Now = TestSite.Now });

    private Dictionary<string, byte[]> Snapshot() =>
        Directory.GetFiles(Output, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(Output, f), File.ReadAllBytes);

    [Fact]
    public void FailedBuildLeavesThePreviousOutputExactlyAsItWas()
    {
        WriteGoodSite();
        Assert.True(Build(_site.FullName).Succeeded);
        var before = Snapshot();

        Write("content/dispatches/a.md", "---\ntitle: A\ndate: not a date\n---\nSecond version.\n");
        var failed = Build(_site.FullName);

        Assert.False(failed.Succeeded);
        Assert.Equal(before.Keys.Order(), Snapshot().Keys.Order());
        Assert.All(before, entry => Assert.Equal(entry.Value, File.ReadAllBytes(Path.Combine(Output, entry.Key))));
        Assert.False(Directory.Exists(Output + ".staging"));
    }

    [Fact]
    public void SuccessfulRebuildReplacesTheOutputAndRemovesStaleFiles()
    {
        WriteGoodSite();
        Write("content/dispatches/b.md", "---\ntitle: B\ndate: 2022-05-16\n---\nB.\n");
        Assert.True(Build(_site.FullName).Succeeded);
        File.Delete(Path.Combine(_site.FullName, "content/dispatches/b.md"));

        Assert.True(Build(_site.FullName).Succeeded);
        Assert.False(File.Exists(Path.Combine(Output, "2022/05/16/b/index.html")));
        Assert.True(File.Exists(Path.Combine(Output, "2022/05/15/a/index.html")));
    }

    [Fact]
    public void UnchangedSiteIsNotRebuilt()
    {
        WriteGoodSite();
        Assert.True(Build(_site.FullName).Succeeded);
        var second = Build(_site.FullName);
        Assert.True(second.Succeeded);
        Assert.Contains(second.Diagnostics, d => d.Message.StartsWith("nothing changed", StringComparison.Ordinal));

        Write("content/dispatches/a.md", "---\ntitle: A\ndate: 2022-05-15\n---\nEdited.\n");
        Assert.True(Build(_site.FullName).Succeeded);
        Assert.Contains("Edited.", File.ReadAllText(Path.Combine(Output, "2022/05/15/a/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void UnchangedSiteReportsTheSameWarningsAndCountsAsItsBuild()
    {
        WriteGoodSite();
        Write("content/dispatches/b.md", "---\ntitle: B\ndate: 2022-05-16\nmood: grim\n---\nB.\n");
        var first = Build(_site.FullName);
        var second = Build(_site.FullName);

        Assert.Contains(second.Diagnostics, d => d.Message.StartsWith("nothing changed", StringComparison.Ordinal));
        Assert.Equal(first.Diagnostics, second.Diagnostics.Where(d => !d.Message.StartsWith("nothing changed", StringComparison.Ordinal)));
        Assert.Contains(second.Diagnostics, d => d.Code == "SG0208" && d.Location == new Diagnostics.SourceLocation("content/dispatches/b.md", 4, 1));
        Assert.Equal(2, second.Dispatches);
    }

    [Fact]
    public void UnchangedSiteIsBuiltAgainOnceAFutureDispatchFallsDue()
    {
        WriteGoodSite();
        var due = TestSite.Now.AddDays(1);
        Write("content/dispatches/later.md", $"---\ntitle: Later\ndate: {due:yyyy-MM-dd}\n---\nLater.\n");
        Assert.Equal(1, SiteGen.Site.BuildFolder(_site.FullName, new BuildOptions { Now = TestSite.Now }).FutureLeftOut);

        var sameDay = SiteGen.Site.BuildFolder(_site.FullName, new BuildOptions { Now = TestSite.Now.AddHours(1) });
        Assert.Contains(sameDay.Diagnostics, d => d.Message.StartsWith("nothing changed", StringComparison.Ordinal));

        var after = SiteGen.Site.BuildFolder(_site.FullName, new BuildOptions { Now = due.AddDays(1) });
        Assert.DoesNotContain(after.Diagnostics, d => d.Message.StartsWith("nothing changed", StringComparison.Ordinal));
        Assert.Equal(0, after.FutureLeftOut);
        Assert.True(Directory.Exists(Path.Combine(Output, $"{due:yyyy}", $"{due:MM}", $"{due:dd}", "later")));
    }

    [Fact]
    public void BuildInterruptedBetweenTheTwoMovesIsRecovered()
    {
        WriteGoodSite();
        Assert.True(Build(_site.FullName).Succeeded);
        var before = Snapshot();

        // As if killed after moving the old output aside and before moving the new one in.
        Directory.Move(Output, Output + ".old");
        Directory.CreateDirectory(Output + ".staging");
        File.WriteAllText(Path.Combine(Output + ".staging", "half-written.html"), "<p>half");

        Write("content/dispatches/a.md", "---\ntitle: A\ndate: broken\n---\n");
        Assert.False(Build(_site.FullName).Succeeded);
        Assert.Equal(before.Keys.Order(), Snapshot().Keys.Order());
    }

    [Fact]
    public void WhatAKilledOrHinderedBuildLeftBesideTheOutputDoesNotStayOrStopTheNext()
    {
        WriteGoodSite();
        Assert.True(Build(_site.FullName).Succeeded);

        // A build killed while staging: the next one removes what it wrote, even when nothing else changed.
        Directory.CreateDirectory(Output + ".staging/2022");
        File.WriteAllText(Path.Combine(Output + ".staging", "2022/half-written.html"), "<p>half");
        var unchanged = Build(_site.FullName);
        Assert.Contains(unchanged.Diagnostics, d => d.Message.StartsWith("nothing changed", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Output + ".staging"));

        // Something in the way of the output's move aside that cannot be deleted (here not a folder; a read-only
        // output on a host where the build is not root): kept, and the build goes on around it.
        File.WriteAllText(Output + ".old", "the author's");
        Write("content/dispatches/a.md", "---\ntitle: A\ndate: 2022-05-15\n---\nSecond version.\n");
        var built = Build(_site.FullName);
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        Assert.Contains("Second version.", File.ReadAllText(Path.Combine(Output, "2022/05/15/a/index.html")), StringComparison.Ordinal);
        Assert.Equal("the author's", File.ReadAllText(Output + ".old"));

        // Killed between the two moves of such a swap: the output went aside under the dated name, and comes back.
        var before = Snapshot();
        Directory.Move(Output, Output + ".old-20990101000000000");
        Write("content/dispatches/a.md", "---\ntitle: A\ndate: broken\n---\n");
        Assert.False(Build(_site.FullName).Succeeded);
        Assert.Equal(before.Keys.Order(), Snapshot().Keys.Order());
        Assert.Contains("Second version.", File.ReadAllText(Path.Combine(Output, "2022/05/15/a/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void SecondBuildOfTheSameSiteIsRefusedWhileTheFirstRuns()
    {
        WriteGoodSite();
        var diagnostics = new SiteGen.Diagnostics.DiagnosticBag();
        using var held = BuildLock.TryAcquire(_site.FullName, diagnostics);
        Assert.NotNull(held);

        var second = Build(_site.FullName);
        Assert.False(second.Succeeded);
        Assert.Contains(second.Diagnostics, d => d.ToString() == ".sitegen/build.lock: error SG0502: another build of this site is running (it holds this lock file); wait for it to finish and build again");
    }

    [Fact]
    public void FullDiskFailsCleanlyAndSaysWhy()
    {
        WriteGoodSite();
        Assert.True(Build(_site.FullName).Succeeded);
        var before = Snapshot();
        Write("content/dispatches/a.md", "---\ntitle: A\ndate: 2022-05-15\n---\nSecond version.\n");

        var failed = SiteGen.Site.BuildFolder(_site.FullName, new BuildOptions { Now = TestSite.Now }, staging => new FailingOutput(new SiteGen.IO.DirectoryOutput(staging), failAfter: 5));

        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Diagnostics, d => d.ToString().StartsWith("_site: error SG0501: writing the output failed: No space left on device", StringComparison.Ordinal));
        Assert.Equal(before.Keys.Order(), Snapshot().Keys.Order());
        Assert.All(before, entry => Assert.Equal(entry.Value, File.ReadAllBytes(Path.Combine(Output, entry.Key))));
        Assert.False(Directory.Exists(Output + ".staging"));
    }

    [Fact]
    public void UnwritableStagingFolderFailsCleanly()
    {
        WriteGoodSite();
        Assert.True(Build(_site.FullName).Succeeded);
        File.WriteAllText(Output + ".staging", "a file where the staging folder should go");
        Write("content/dispatches/a.md", "---\ntitle: A\ndate: 2022-05-15\n---\nSecond version.\n");

        var failed = Build(_site.FullName);

        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Diagnostics, d => d.Code == "SG0501");
        Assert.Contains("First version.", File.ReadAllText(Path.Combine(Output, "2022/05/15/a/index.html")), StringComparison.Ordinal);
        File.Delete(Output + ".staging");
    }

    [Fact]
    public void VanishedOutputFolderIsSimplyBuiltAgain()
    {
        WriteGoodSite();
        Assert.True(Build(_site.FullName).Succeeded);
        Directory.Delete(Output, recursive: true);
        Assert.True(Build(_site.FullName).Succeeded);
        Assert.True(File.Exists(Path.Combine(Output, "2022/05/15/a/index.html")));
    }

    /// <summary>A disk that fills up: every write throws as the OS would (ENOSPC).</summary>
    private sealed class FailingOutput(SiteGen.IO.IOutputSink inner, int failAfter) : SiteGen.IO.IOutputSink
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

        public void Copy(SiteGen.IO.IFileSource source, string sourcePath, string path)
        {
            Count();
            inner.Copy(source, sourcePath, path);
        }

        private void Count()
        {
            if (Interlocked.Increment(ref _writes) > failAfter)
            {
                throw new IOException("No space left on device");
            }
        }
    }
}

public sealed class OutputFolderSafetyTests
{
    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("content")]
    [InlineData("static")]
    public void OutputThatWouldOverwriteTheSiteIsRefused(string output)
    {
        var site = Directory.CreateTempSubdirectory("sitegen-safety-");
        try
        {
            File.WriteAllText(Path.Combine(site.FullName, "site.yml"), $"title: T\noutput: \"{output}\"\n");
            var result = SiteGen.Site.BuildFolder(site.FullName, new BuildOptions { Now = TestSite.Now });
            Assert.False(result.Succeeded);
            Assert.Contains(result.Diagnostics, d => d.Code == "SG0002" && d.Message.Contains("would overwrite the site's own files", StringComparison.Ordinal));
            Assert.True(File.Exists(Path.Combine(site.FullName, "site.yml")));
        }
        finally
        {
            site.Delete(recursive: true);
        }
    }

    [Fact]
    public void AnOutputFolderOfSomeoneElsesFilesIsRefusedAndKeptButSiteGensOwnIsReplaced()
    {
        var root = Directory.CreateTempSubdirectory("sitegen-safety-");
        try
        {
            var site = Directory.CreateDirectory(Path.Combine(root.FullName, "site")).FullName;
            File.WriteAllText(Path.Combine(site, "site.yml"), "title: T\nbase_url: https://example.org/\n");
            string Folder(string name, params string[] files)
            {
                var folder = Directory.CreateDirectory(Path.Combine(root.FullName, name)).FullName;
                foreach (var file in files)
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, file))!);
                    File.WriteAllText(Path.Combine(folder, file), "kept");
                }

                return folder;
            }

            BuildResult Build(string output) => SiteGen.Site.BuildFolder(site, new BuildOptions { Now = TestSite.Now, OutputDirectory = output, Clean = true });

            // A checkout of a gh-pages branch, and a folder of the author's own: refused, and every file still there.
            var checkout = Folder("ghp", ".git/HEAD", "README.md", "index.html", "sitemap.xml", ".nojekyll");
            var refused = Build(checkout);
            Assert.False(refused.Succeeded);
            Assert.Contains(refused.Diagnostics, d => d.Code == "SG0002" && d.Message.Contains("holds a repository (.git)", StringComparison.Ordinal));
            var notes = Folder("notes", "notes.txt", "drafts/idea.md");
            refused = Build(notes);
            Assert.Contains(refused.Diagnostics, d => d.Code == "SG0002" && d.Message.Contains("holds files no build of SiteGen wrote (drafts, notes.txt)", StringComparison.Ordinal));
            Assert.Equal("kept", File.ReadAllText(Path.Combine(checkout, ".git/HEAD")));
            Assert.Equal("kept", File.ReadAllText(Path.Combine(checkout, "README.md")));
            Assert.Equal("kept", File.ReadAllText(Path.Combine(notes, "drafts/idea.md")));

            // A new or empty folder is built into (what a file manager left in it counts for nothing); so is SiteGen's own output again, stray files and all, even when the
            // site's record is gone (it replaces them, as a build of _site does).
            Assert.True(Build(Folder("empty")).Succeeded);
            Assert.True(Build(Folder("opened in Finder", ".DS_Store")).Succeeded);
            var own = Path.Combine(root.FullName, "own");
            Assert.True(Build(own).Succeeded);
            File.WriteAllText(Path.Combine(own, "stray.txt"), "stray");
            Directory.Delete(Path.Combine(site, ".sitegen"), recursive: true);
            Assert.True(Build(own).Succeeded);
            Assert.False(File.Exists(Path.Combine(own, "stray.txt")));
            Assert.True(File.Exists(Path.Combine(own, "index.html")));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
