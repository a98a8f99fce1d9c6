using SiteGen.Authoring;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.Authoring;

/// <summary>A new site's workflow installs SiteGen from the site's own tools/ folder, filled from the installed tool's store.</summary>
public sealed class ToolPackagesTests : IDisposable
{
    private const string Version = "1.2.3";

    // How `dotnet tool install` lays out the RID-specific SiteGen in a tool path (~/.dotnet/tools/.store/... when global).
    private const string Program = ".store/sitegen/1.2.3/sitegen.linux-x64/1.2.3/tools/any/linux-x64";
    private const string Pointer = ".store/sitegen/1.2.3/sitegen/1.2.3/sitegen.1.2.3.nupkg";
    private const string Native = ".store/sitegen/1.2.3/sitegen.linux-x64/1.2.3/sitegen.linux-x64.1.2.3.nupkg";

    private readonly TemporaryFolder _folder = TemporaryFolder.Create("sitegen-tool-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AnInstalledToolFindsItsPackageAndTheRunnersInItsStore()
    {
        _folder.Write(Pointer, "pointer");
        _folder.Write(Native, "native");

        Assert.Equal([_folder.FullPath(Pointer), _folder.FullPath(Native)], ToolPackages.Find(_folder.FullPath(Program), Version));
        Assert.Empty(ToolPackages.Find(_folder.FullPath(Program), "1.2.4"));
    }

    [Fact]
    public void WithoutTheRunnersPackageThereIsNothingToCarry()
    {
        // An osx-arm64 tool's store holds no linux-x64 package, which is what GitHub's runners install.
        _folder.Write(Pointer, "pointer");
        _folder.Write(".store/sitegen/1.2.3/sitegen.osx-arm64/1.2.3/sitegen.osx-arm64.1.2.3.nupkg", "native");

        Assert.Empty(ToolPackages.Find(_folder.FullPath(".store/sitegen/1.2.3/sitegen.osx-arm64/1.2.3/tools/any/osx-arm64"), Version));
    }

    [Fact]
    public void InitCopiesThePackagesIntoToolsWhereTheWorkflowInstallsFrom()
    {
        _folder.Write(Pointer, "pointer");
        _folder.Write(Native, "native");
        var diagnostics = new DiagnosticBag();

        var written = SiteInitializer.Create(_folder.FullPath("site"), DateTimeOffset.UnixEpoch, Version, ToolPackages.Find(_folder.FullPath(Program), Version), diagnostics);

        Assert.NotNull(written);
        Assert.Empty(diagnostics.ToSortedList());
        Assert.Contains("tools/sitegen.linux-x64.1.2.3.nupkg", written);
        Assert.Equal("pointer", _folder.Read("site/tools/sitegen.1.2.3.nupkg"));
        Assert.Equal("native", _folder.Read("site/tools/sitegen.linux-x64.1.2.3.nupkg"));
        var workflow = _folder.Read("site/.github/workflows/pages.yml");
        Assert.Contains("SITEGEN_FEED: \"tools\"", workflow, StringComparison.Ordinal);
        Assert.Contains("--source \"$SITE_DIR/$SITEGEN_FEED\"", workflow, StringComparison.Ordinal);
        Assert.Contains("SITEGEN_VERSION: \"1.2.3\"", workflow, StringComparison.Ordinal);
    }

    [Fact]
    public void InitWithoutThePackagesSaysWhichToPutInTools()
    {
        var diagnostics = new DiagnosticBag();

        var written = SiteInitializer.Create(_folder.FullPath("site"), DateTimeOffset.UnixEpoch, Version, [], diagnostics);

        Assert.NotNull(written);
        var warning = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((DiagnosticCodes.InitWithoutToolPackages, ".github/workflows/pages.yml"), (warning.Code, warning.Location.Path));
        var line = _folder.Read("site/.github/workflows/pages.yml").Split('\n')[warning.Location.Line - 1];
        Assert.Equal("SITEGEN_FEED: \"tools\"", line[(warning.Location.Column - 1)..]);
        Assert.Contains("copy SiteGen.1.2.3.nupkg and SiteGen.linux-x64.1.2.3.nupkg", warning.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder.FullPath("site/tools")));
    }
}
