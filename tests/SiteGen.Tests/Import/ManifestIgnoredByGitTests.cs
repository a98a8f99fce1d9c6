using SiteGen.Tests.Import.Support;
using SiteGen.Tests.Support;
using RunningProcess = SiteGen.Testing.RunningProcess;

namespace SiteGen.Tests.Import;

/// <summary>
/// A site started before the import manifest was committed has `.sitegen/` in its .gitignore: the import says at that
/// line that git leaves the manifest out, and how to let it in; once let in, git takes it and the import is silent.
/// </summary>
public sealed class ManifestIgnoredByGitTests : IDisposable
{
    private readonly string _repository = Directory.CreateTempSubdirectory("sitegen-manifest-git-").FullName;

    public void Dispose() => Directory.Delete(_repository, recursive: true);

    [Fact]
    public void AnOldSitesGitignoreIsNamedAtItsLineAndTheFixLetsTheManifestIn()
    {
        Write("site.yml", "title: T\nbase_url: https://example.org/\ntime_zone: UTC\n");
        Write(".gitignore", "_site/\n.sitegen/\n");
        Git("init", "-q");

        var first = SitegenProcess.Run(_repository, "import", ImportPaths.Seed);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains(".gitignore(2,1): warning SG0641: git ignores .sitegen/import-manifest.json by this line ('.sitegen/')", first.Stderr, StringComparison.Ordinal);
        Assert.Contains("replace it with '/.sitegen/*' (the caches) followed by '!/.sitegen/import-manifest.json'", first.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(".sitegen/import-manifest.json", Untracked());

        Write(".gitignore", "_site/\n/.sitegen/*\n!/.sitegen/import-manifest.json\n");
        var again = SitegenProcess.Run(_repository, "import", ImportPaths.Seed);

        Assert.Equal(0, again.ExitCode);
        Assert.DoesNotContain("SG0641", again.Stderr, StringComparison.Ordinal);
        Assert.Contains(".sitegen/import-manifest.json", Untracked());
    }

    [Fact]
    public void ALineAboveASiteInASubFolderIsNamedFromTheSite()
    {
        Write("blog/site.yml", "title: T\nbase_url: https://example.org/\ntime_zone: UTC\n");
        Write(".gitignore", "# caches\n*.json\n");
        Git("init", "-q");

        var import = SitegenProcess.Run(Path.Combine(_repository, "blog"), "import", ImportPaths.Seed);

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("../.gitignore(2,1): warning SG0641: git ignores .sitegen/import-manifest.json by this line ('*.json')", import.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void OutsideARepositoryNothingIsSaid()
    {
        Write("site.yml", "title: T\nbase_url: https://example.org/\ntime_zone: UTC\n");
        Write(".gitignore", ".sitegen/\n");

        var import = SitegenProcess.Run(_repository, "import", ImportPaths.Seed);

        Assert.Equal(0, import.ExitCode);
        Assert.DoesNotContain("SG0641", import.Stderr, StringComparison.Ordinal);
    }

    private void Write(string path, string text)
    {
        var full = Path.Combine(_repository, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private void Git(params string[] arguments) =>
        Assert.Equal(0, RunningProcess.Run("git", arguments, TimeSpan.FromMinutes(1), _repository).ExitCode);

    private IReadOnlyList<string> Untracked()
    {
        var status = RunningProcess.Run("git", ["status", "--porcelain", "--untracked-files=all"], TimeSpan.FromMinutes(1), _repository);
        return status.Stdout.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line[3..]).ToList();
    }
}
