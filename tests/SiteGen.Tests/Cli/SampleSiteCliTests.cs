using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>The README's sample site, built and edited through the CLI the way the README tells a new user to.</summary>
public sealed class SampleSiteCliTests : IDisposable
{
    private readonly TemporaryFolder _root = TemporaryFolder.Create("sitegen-sample-");

    public SampleSiteCliTests()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Content, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepositoryPaths.Content, file);
            if (relative.StartsWith("_site", StringComparison.Ordinal) || relative.StartsWith(".sitegen", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(Content, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private string Content => Path.Combine(_root.Path, "content");

    private string Seed => Directory.GetFiles(Path.Combine(Content, "dispatches"), "*.md", SearchOption.AllDirectories).Single();

    private string SeedPage => File.ReadAllText(Path.Combine(Content, "_site/2022/05/15/russo-ukrainian-war-5-15-22/index.html"));

    public void Dispose() => _root.Dispose();

    private string Build(params string[] extra)
    {
        var (exit, stdout, stderr) = SitegenProcess.Run(_root.Path, ["build", "--source", "content", .. extra]);
        Assert.True(exit == 0, $"exit {exit}\n{stdout}\n{stderr}");
        return stdout;
    }

    [Fact]
    public void EditsToTheSampleSiteAreBuiltAndAnUnchangedSiteIsNot()
    {
        Assert.StartsWith("Built 1 dispatch ", Build(), StringComparison.Ordinal);
        Assert.StartsWith("Nothing changed", Build(), StringComparison.Ordinal);

        // Saved as sed -i does: a new file renamed over the old one.
        var text = File.ReadAllText(Seed).Replace("Lukashenko has continued", "Lukashenko, edited, has continued", StringComparison.Ordinal);
        File.WriteAllText(Seed + ".sedtmp", text);
        File.Move(Seed + ".sedtmp", Seed, overwrite: true);
        Assert.StartsWith("Built 1 dispatch ", Build(), StringComparison.Ordinal);
        Assert.Contains("edited, has continued", SeedPage, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(Content, "dispatches/2022/a-second.md"), "---\ntitle: A second dispatch\ndate: 2022-05-16\n---\nMore news.\n");
        Assert.StartsWith("Built 2 dispatches", Build(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Content, "_site/2022/05/16/a-second-dispatch/index.html")));

        File.Delete(Path.Combine(Content, "_site/about/index.html"));
        Assert.StartsWith("Built 2 dispatches", Build(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Content, "_site/about/index.html")));

        Assert.StartsWith("Nothing changed", Build(), StringComparison.Ordinal);
        Assert.StartsWith("Built 2 dispatches", Build("--clean"), StringComparison.Ordinal);
    }
}
