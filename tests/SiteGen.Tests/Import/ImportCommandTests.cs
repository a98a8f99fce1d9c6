using System.CommandLine;
using SiteGen.Cli;
using SiteGen.Cli.Commands;
using SiteGen.Tests.Import.Support;

namespace SiteGen.Tests.Import;

/// <summary>The command's exit codes: 0 when every input imported, 1 when some failed (the rest still imported), 2 for usage.</summary>
public sealed class ImportCommandTests
{
    private static int Run(params string[] args) => CommandLine.Run(new RootCommand { ImportCommand.Create() }, args);

    [Fact]
    public void NoInputsIsAUsageError() => Assert.Equal(ExitCodes.Usage, Run("import"));

    [Fact]
    public void GoodInputsExitZeroAndABadOneExitsOneWhileTheRestImports()
    {
        using var site = ImportSandbox.Create();
        var bad = site.Input("bad.xml", "not xml at all");

        Assert.Equal(ExitCodes.Success, Run("import", "--source", site.Root, ImportPaths.Seed));
        Assert.Equal(ExitCodes.SiteErrors, Run("import", "--source", site.Root, "--force", bad, ImportPaths.WxrFixture));
        Assert.True(site.Exists("dispatches/2025/blog-post-1.md"));
    }
}
