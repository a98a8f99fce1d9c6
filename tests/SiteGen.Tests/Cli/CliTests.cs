using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>The real `sitegen` program: exit codes 0 (ok), 1 (problems in the site), 2 (usage), and what it prints.</summary>
public sealed class CliTests : IDisposable
{
    private readonly TemporaryFolder _site = TemporaryFolder.Create("sitegen-cli-");

    public void Dispose() => _site.Dispose();

    private static (int ExitCode, string Output) Sitegen(params string[] arguments)
    {
        var run = SitegenProcess.Run(Environment.CurrentDirectory, arguments);
        return (run.ExitCode, run.Output);
    }

    private void Write(string path, string text) => _site.Write(path, text);

    [Fact]
    public void VersionPrintsAndExitsZero()
    {
        var (exit, output) = Sitegen("--version");
        Assert.Equal(0, exit);
        Assert.Matches(@"^\d+\.\d+\.\d+", output.Trim());
    }

    [Fact]
    public void EveryCommandHasHelp()
    {
        foreach (var command in new[] { "build", "check", "lint" })
        {
            var (exit, output) = Sitegen(command, "--help");
            Assert.Equal(0, exit);
            Assert.Contains("--source", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void UnknownOptionIsAUsageErrorWithExitCodeTwo()
    {
        var (exit, output) = Sitegen("build", "--no-such-option");
        Assert.Equal(2, exit);
        Assert.Contains("--no-such-option", output, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedBaseUrlOptionIsAUsageError()
    {
        var (exit, output) = Sitegen("build", "--source", _site.Path, "--base-url", "not-a-url");
        Assert.Equal(2, exit);
        Assert.Contains("--base-url 'not-a-url' is not an absolute http:// or https:// URL", output, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildOfABrokenSitePrintsDiagnosticsAndExitsOne()
    {
        Write("site.yml", "title: T\n");
        Write("content/dispatches/a.md", "---\ntitle: A\ndate: someday\n---\n");
        var (exit, output) = Sitegen("build", "--source", _site.Path);
        Assert.Equal(1, exit);
        Assert.Contains("content/dispatches/a.md(3,7): error SG0207: 'date' value 'someday' is not a date", output, StringComparison.Ordinal);
        Assert.Contains("Build failed: 1 error(s)", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_site.Path, "_site")));
    }

    [Fact]
    public void BuildWritesTheOutputAndSaysWhatItLeftOut()
    {
        Write("site.yml", "title: T\n");
        Write("content/dispatches/a.md", "---\ntitle: A\ndate: 2022-05-15\n---\nBody.\n");
        Write("content/dispatches/b.md", "---\ntitle: B\ndate: 2022-05-16\ndraft: true\n---\nBody.\n");
        var (exit, output) = Sitegen("build", "--source", _site.Path, "--output", "out");
        Assert.True(exit == 0, output);
        Assert.Contains("Built 1 dispatch ", output, StringComparison.Ordinal);
        Assert.Contains("Left out: 1 draft(s) (use --drafts)", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_site.Path, "out/2022/05/15/a/index.html")));
    }

    [Fact]
    public void StrictBuildFailsOnWarnings()
    {
        Write("site.yml", "title: T\n");
        Write("content/dispatches/a.md", "---\ntitle: A\ndate: 2022-05-15\nauthr: me\n---\nBody.\n");
        Assert.Equal(0, Sitegen("build", "--source", _site.Path).ExitCode);
        Write("content/dispatches/a.md", "---\ntitle: A\ndate: 2022-05-15\nauthr: you\n---\nBody.\n");
        Assert.Equal(1, Sitegen("build", "--source", _site.Path, "--strict").ExitCode);
    }

    [Fact]
    public void MissingImageSaysWhereInStaticToPutIt()
    {
        Write("site.yml", "title: T\nbase_url: https://user.github.io/briefings/\n");
        Write("content/dispatches/a.md", "---\ntitle: A\ndate: 2022-05-15\n---\nThe front line: ![map](/images/front%20line.png) and [a page](/nowhere/).\n");
        var (exit, output) = Sitegen("build", "--source", _site.Path);
        Assert.Equal(1, exit);
        Assert.Contains(
            "error SG0503: broken link: 2022/05/15/a/index.html -> /briefings/images/front%20line.png (no such file in the output; " +
            "put the file at static/images/front line.png, which the build copies to /briefings/images/front%20line.png)",
            output, StringComparison.Ordinal);

        // A page's URL has no file of the author's to put anywhere: the reason stays as it was.
        Assert.Contains("-> /briefings/nowhere/ (no such file in the output)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void StaticWellKnownFolderIsPublishedAndOtherHiddenFilesAreNot()
    {
        Write("site.yml", "title: T\nbase_url: https://user.github.io/briefings/\n");
        Write("content/dispatches/a.md", "---\ntitle: A\ndate: 2022-05-15\n---\nBody.\n");
        Write("static/.well-known/security.txt", "Contact: mailto:editor@example.org\n");
        Write("static/.gitkeep", string.Empty);
        Write("static/images/.DS_Store", "x");
        var (exit, output) = Sitegen("build", "--source", _site.Path);
        Assert.True(exit == 0, output);
        Assert.Equal("Contact: mailto:editor@example.org\n", File.ReadAllText(Path.Combine(_site.Path, "_site/.well-known/security.txt")));
        Assert.False(File.Exists(Path.Combine(_site.Path, "_site/.gitkeep")));
        Assert.False(File.Exists(Path.Combine(_site.Path, "_site/images/.DS_Store")));
    }

    [Fact]
    public void CheckCountsAndNumbersBrokenLinks()
    {
        Write("site.yml", "title: T\nbase_url: https://example.org/\nlink_check: warning\n");
        Write("content/dispatches/a.md", "---\ntitle: A\ndate: 2022-05-15\n---\n[one](/gone/) and [two](/also-gone/) and [out](https://example.net/) and [self](https://example.org/2022/05/14/gone/).\n");
        var (exit, output) = Sitegen("check", "--source", _site.Path, "--external");
        Assert.Equal(0, exit);
        Assert.Contains("2 broken internal link(s).", output, StringComparison.Ordinal);
        Assert.Contains("   1. 2022/05/15/a/index.html -> /also-gone/ (no such file in the output)", output, StringComparison.Ordinal);
        Assert.Contains("   2. 2022/05/15/a/index.html -> /gone/ (no such file in the output)", output, StringComparison.Ordinal);
        Assert.Contains("2022/05/15/a/index.html -> https://example.net/", output, StringComparison.Ordinal);

        // A page's own address (canonical, og:url) is not listed, nor the theme's share links that carry it; a written
        // absolute link into the site is.
        Assert.DoesNotContain("-> https://example.org/2022/05/15/a/", output, StringComparison.Ordinal);
        Assert.DoesNotContain("t.me/share", output, StringComparison.Ordinal);
        Assert.DoesNotContain("facebook.com/sharer", output, StringComparison.Ordinal);
        Assert.DoesNotContain("twitter.com/intent", output, StringComparison.Ordinal);
        Assert.Contains("2022/05/15/a/index.html -> https://example.org/2022/05/14/gone/", output, StringComparison.Ordinal);
    }

    [Fact]
    public void LintListsUntaggedMentions()
    {
        Write("site.yml", "title: T\n");
        Write("content/actors/belarus.md", "---\nname: Belarus\n---\n");
        Write("content/dispatches/a.md", "---\ntitle: A\ndate: 2022-05-15\n---\nNews from Belarus.\n");
        var (exit, output) = Sitegen("lint", "--source", _site.Path);
        Assert.Equal(0, exit);
        Assert.Contains("content/dispatches/a.md(5,11): warning SG0304: 'Belarus' names the actor 'belarus'", output, StringComparison.Ordinal);
    }
}
