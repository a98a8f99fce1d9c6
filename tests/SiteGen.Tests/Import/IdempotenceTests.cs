using SiteGen.Import;
using SiteGen.Import.Model;
using SiteGen.Tests.Import.Support;

namespace SiteGen.Tests.Import;

/// <summary>Importing twice changes nothing; an edited target is left alone unless --force; a dry run writes nothing.</summary>
public sealed class IdempotenceTests
{
    private const string Target = "dispatches/2022/russo-ukrainian-war-5-15-22.md";

    [Fact]
    public void SecondImportChangesNothing()
    {
        using var site = ImportSandbox.Create();
        site.Import(ImportPaths.Seed, ImportPaths.WxrFixture);
        var before = Snapshot(site);

        var report = site.Import(ImportPaths.Seed, ImportPaths.WxrFixture);

        Assert.All(report.Files, f => Assert.Equal(WriteOutcome.Unchanged, f.Outcome));
        Assert.Equal(9, report.Files.Count);
        Assert.Equal(before, Snapshot(site));
    }

    [Fact]
    public void EditedTargetIsLeftAloneAndReportedUnlessForced()
    {
        using var site = ImportSandbox.Create();
        site.Import(ImportPaths.Seed);
        var edited = site.Read(Target).Replace("Lukashenko has continued", "Lukashenko, as ever, has continued", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(site.Root, Target), edited);

        var report = site.Import(ImportPaths.Seed);

        Assert.Equal(WriteOutcome.Edited, Assert.Single(report.Files).Outcome);
        Assert.Equal(1, report.SkippedCount);
        Assert.Contains(report.Diagnostics, d => d.Code == "SG0603" && d.Location.Path == Target);
        Assert.Equal(edited, site.Read(Target));

        var forced = site.Import(o => o with { Force = true }, ImportPaths.Seed);

        Assert.Equal(WriteOutcome.Updated, Assert.Single(forced.Files).Outcome);
        Assert.DoesNotContain("as ever", site.Read(Target), StringComparison.Ordinal);
    }

    [Fact]
    public void ChangedInputUpdatesAnUneditedTarget()
    {
        using var site = ImportSandbox.Create();
        var capture = site.Input("capture.txt", File.ReadAllText(ImportPaths.Seed));
        site.Import(capture);
        File.WriteAllText(capture, File.ReadAllText(ImportPaths.Seed).Replace("ammased", "amassed", StringComparison.Ordinal));

        var report = site.Import(capture);

        Assert.Equal(WriteOutcome.Updated, Assert.Single(report.Files).Outcome);
        Assert.Contains("amassed", site.Read(Target), StringComparison.Ordinal);
    }

    [Fact]
    public void FileTheImportDidNotWriteCountsAsEdited()
    {
        using var site = ImportSandbox.CopyOfSample();
        File.WriteAllText(Path.Combine(site.Root, Target), "---\ntitle: \"Hand-made\"\ndate: 2022-05-15\n---\nBy hand.\n");

        var report = site.Import(ImportPaths.Seed);

        Assert.Equal(WriteOutcome.Edited, Assert.Single(report.Files).Outcome);
        Assert.Contains("By hand.", site.Read(Target), StringComparison.Ordinal);
    }

    [Fact]
    public void DryRunWritesNothing()
    {
        using var site = ImportSandbox.Create();

        var report = site.Import(o => o with { DryRun = true }, ImportPaths.Seed, ImportPaths.WxrFixture);

        Assert.Equal(9, report.Count(WriteOutcome.Imported));
        Assert.DoesNotContain(site.Files(), f => f.EndsWith(".md", StringComparison.Ordinal) && !f.StartsWith("actors/", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".sitegen")));
    }

    private static Dictionary<string, string> Snapshot(ImportSandbox site) =>
        Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != MigrationReport.FileName) // the record of each run, not content
            .ToDictionary(f => f, File.ReadAllText);
}
