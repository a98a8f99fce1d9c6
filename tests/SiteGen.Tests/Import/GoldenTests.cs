using SiteGen.Configuration;
using SiteGen.IO;
using SiteGen.Tests.Import.Support;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>
/// Each folder under Golden/ holds an input (input.* or input.path naming a file in Fixtures/) and the file the
/// import must write (expected.md; target names it when the input gives several). Imported into the sample site's
/// config and actors. Set SITEGEN_UPDATE_GOLDEN=1 to rewrite expected.md from the output (then read the diff).
/// </summary>
public sealed class GoldenTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(Path.Combine(ImportPaths.Import, "Golden")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ImportWritesTheExpectedFile(string name)
    {
        var folder = Path.Combine(ImportPaths.Import, "Golden", name);
        using var site = ImportSandbox.Create();
        var report = site.Import(InputOf(folder));

        var written = report.Files.Select(f => f.TargetPath).ToList();
        var targetFile = Path.Combine(folder, "target");
        var target = File.Exists(targetFile) ? File.ReadAllText(targetFile).Trim() : Assert.Single(written);
        Assert.True(site.Exists(target), $"{target} was not written; the import wrote: {string.Join(", ", written)}\n{string.Join('\n', report.Diagnostics)}");

        var actual = site.Read(target);
        var expectedPath = Path.Combine(folder, "expected.md");
        if (Environment.GetEnvironmentVariable("SITEGEN_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).ReplaceLineEndings("\n") : string.Empty;
        Assert.True(expected == actual, $"{name}: the import differs from expected.md\n" + LineDiff.Unified(expected, actual, $"Golden/{name}/expected.md", target));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ImportedSiteBuildsWithoutErrors(string name)
    {
        using var site = ImportSandbox.Create();
        site.Import(InputOf(Path.Combine(ImportPaths.Import, "Golden", name)));

        var result = SiteGen.Site.Build(new PhysicalFileSource(site.Root), new MemoryOutput(), new BuildOptions { Now = TestSite.Now, IncludeDrafts = true });

        Assert.True(result.Succeeded, $"{name}: the imported site does not build:\n{string.Join('\n', result.Diagnostics)}");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "SG0208" or "SG0304");
    }

    private static string InputOf(string folder)
    {
        var pointer = Path.Combine(folder, "input.path");
        if (File.Exists(pointer))
        {
            return ImportPaths.Fixture(File.ReadAllText(pointer).Trim());
        }

        return Directory.GetFiles(folder, "input.*").Single();
    }
}
