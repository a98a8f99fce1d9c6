using SiteGen.Import.Model;
using SiteGen.Import.Writing;
using SiteGen.Tests.Import.Support;

namespace SiteGen.Tests.Import;

/// <summary>An import reaches the site only whole: its files wait in a staging folder until every one is made.</summary>
public sealed class StagedWriteTests
{
    private const string Target = "dispatches/2022/russo-ukrainian-war-5-15-22.md";

    [Fact]
    public void WrittenFilesReachTheSiteOnlyOnCommit()
    {
        using var site = ImportSandbox.Create();
        var manifest = ImportManifest.Load(site.Root);
        var writer = new TargetWriter(site.Root, manifest, dryRun: false, force: false);

        Assert.Equal(WriteOutcome.Imported, writer.Write("dispatches/2024/a.md", "---\ntitle: A\ndate: 2024-01-02\n---\nA.\n"));
        Assert.Equal(WriteOutcome.Imported, writer.Write("dispatches/2024/b.md", "---\ntitle: B\ndate: 2024-01-03\n---\nB.\n"));

        Assert.False(site.Exists("dispatches/2024/a.md"));
        Assert.Null(manifest.HashOf("dispatches/2024/a.md"));

        writer.Commit();

        Assert.Equal("---\ntitle: A\ndate: 2024-01-02\n---\nA.\n", site.Read("dispatches/2024/a.md"));
        Assert.True(site.Exists("dispatches/2024/b.md"));
        Assert.NotNull(manifest.HashOf("dispatches/2024/b.md"));
        Assert.False(Directory.Exists(Path.Combine(site.Root, TargetWriter.StagingPath)));
    }

    [Fact]
    public void WhatAnInterruptedImportStagedNeverReachesTheSite()
    {
        using var site = ImportSandbox.Create();
        var leftover = Path.Combine(site.Root, TargetWriter.StagingPath, "dispatches", "2022", "half-written.md");
        Directory.CreateDirectory(Path.GetDirectoryName(leftover)!);
        File.WriteAllText(leftover, "---\ntitle: Half\n");

        site.Import(ImportPaths.Seed);

        Assert.True(site.Exists(Target));
        Assert.DoesNotContain(site.Files(), f => f.EndsWith("half-written.md", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(site.Root, TargetWriter.StagingPath)));
    }

    [Fact]
    public void FilesJoinAFolderTheSiteAlreadyHas()
    {
        using var site = ImportSandbox.Create();
        const string Own = "---\ntitle: Own\ndate: 2022-05-01\n---\nWritten here.\n";
        Directory.CreateDirectory(Path.Combine(site.Root, "dispatches", "2022"));
        File.WriteAllText(Path.Combine(site.Root, "dispatches", "2022", "own.md"), Own);

        var report = site.Import(ImportPaths.Seed);

        Assert.Equal(WriteOutcome.Imported, Assert.Single(report.Files).Outcome);
        Assert.True(site.Exists(Target));
        Assert.Equal(Own, site.Read("dispatches/2022/own.md"));
    }

    [Fact]
    public void DryRunStagesNothing()
    {
        using var site = ImportSandbox.Create();

        site.Import(o => o with { DryRun = true }, ImportPaths.Seed);

        Assert.False(Directory.Exists(Path.Combine(site.Root, ".sitegen")));
        Assert.False(site.Exists(Target));
    }
}
