using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>
/// Changing the look as the theme guide says, through the real <c>sitegen</c> program: copy a built-in file into the
/// site, edit it, build.
/// </summary>
public sealed class ThemeCliTests : IDisposable
{
    private readonly TemporaryFolder _root = TemporaryFolder.Create("sitegen-theme-");

    public ThemeCliTests()
    {
        var init = SitegenProcess.Run(_root.Path, "init", "site");
        Assert.True(init.ExitCode == 0, init.Stderr);
    }

    public void Dispose() => _root.Dispose();

    private string Site => Path.Combine(_root.Path, "site");

    [Fact]
    public void ACopiedPartialIsEditedAndWinsOverTheBuiltInOne()
    {
        var copy = SitegenProcess.Run(Path.Combine(Site, "content"), "theme", "footer", "site.css");
        Assert.True(copy.ExitCode == 0, copy.Stderr);
        Assert.Equal("Copied into the site, where each wins over the built-in file (the theme guide lists what a template receives):\n"
            + "  layouts/partials/footer.sbn\n  static/assets/site.css\n", copy.Stdout.ReplaceLineEndings("\n"));

        var footer = Path.Combine(Site, "layouts/partials/footer.sbn");
        Assert.Equal(File.ReadAllText(Testing.RepositoryPaths.Combine("themes/default/layouts/partials/footer.sbn")), File.ReadAllText(footer));
        File.WriteAllText(footer, File.ReadAllText(footer).Replace("</footer>", "<p>Corrections: desk@example.org</p></footer>", StringComparison.Ordinal));
        var build = SitegenProcess.Run(Site, "build");
        Assert.True(build.ExitCode == 0, build.Stdout + build.Stderr);
        Assert.Contains("<p>Corrections: desk@example.org</p></footer>", File.ReadAllText(Path.Combine(Site, "_site/index.html")), StringComparison.Ordinal);

        var list = SitegenProcess.Run(Site, "theme");
        Assert.True(list.ExitCode == 0, list.Stderr);
        Assert.Matches(@"\n  layouts/partials/footer\.sbn +the site's own: layouts/partials/footer\.sbn\n", list.Stdout.ReplaceLineEndings("\n"));
        Assert.Contains("\n  layouts/dispatch.sbn\n", list.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void CopyOverwritesNothingAndNamesWhatWasMeant()
    {
        var footer = Path.Combine(Site, "layouts/partials/footer.sbn");
        Directory.CreateDirectory(Path.GetDirectoryName(footer)!);
        File.WriteAllText(footer, "mine");

        var copy = SitegenProcess.Run(Site, "theme", "header.sbn", "partials/footer.sbn", "dispach.sbn");

        Assert.Equal(1, copy.ExitCode);
        Assert.Equal(
            "dispach.sbn: error SG0803: the built-in theme has no file 'dispach.sbn'; did you mean 'dispatch.sbn'?\n"
            + "layouts/partials/footer.sbn: error SG0803: the site has its own layouts/partials/footer.sbn already, which wins over the built-in layouts/partials/footer.sbn; "
            + "sitegen theme overwrites nothing: to start again from the built-in file, delete or rename yours first\n",
            copy.Stderr.ReplaceLineEndings("\n"));
        Assert.Equal("mine", File.ReadAllText(footer));
        Assert.False(File.Exists(Path.Combine(Site, "layouts/partials/header.sbn")), "a refused copy wrote the other files");
    }

    /// <summary>A site with a theme folder of its own: the built-in copy would hide the theme's file, so it is refused.</summary>
    [Fact]
    public void ABuiltInCopyThatWouldHideTheSitesThemeFileIsRefused()
    {
        File.AppendAllText(Path.Combine(Site, "site.yml"), "\ntheme: mine\n");
        var themes = Path.Combine(Site, "themes/mine/layouts/partials/footer.sbn");
        Directory.CreateDirectory(Path.GetDirectoryName(themes)!);
        File.WriteAllText(themes, "<footer>the theme's footer</footer>");

        var list = SitegenProcess.Run(Site, "theme");
        var copy = SitegenProcess.Run(Site, "theme", "footer");

        Assert.Matches(@"\n  layouts/partials/footer\.sbn +the site's own: themes/mine/layouts/partials/footer\.sbn\n", list.Stdout.ReplaceLineEndings("\n"));
        Assert.Equal(1, copy.ExitCode);
        Assert.Equal(
            "themes/mine/layouts/partials/footer.sbn: error SG0803: the site's theme has its own themes/mine/layouts/partials/footer.sbn, which wins over the built-in "
            + "layouts/partials/footer.sbn; a copy of the built-in file in layouts/partials/footer.sbn would win over both and hide the theme's: "
            + "edit themes/mine/layouts/partials/footer.sbn itself (or copy it to layouts/partials/footer.sbn to change it for this site alone)\n",
            copy.Stderr.ReplaceLineEndings("\n"));
        Assert.False(File.Exists(Path.Combine(Site, "layouts/partials/footer.sbn")));
        var build = SitegenProcess.Run(Site, "build");
        Assert.True(build.ExitCode == 0, build.Stdout + build.Stderr);
        Assert.Contains("<footer>the theme's footer</footer>", File.ReadAllText(Path.Combine(Site, "_site/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void CopyOutsideASiteIsRefused()
    {
        var elsewhere = Path.Combine(_root.Path, "elsewhere");
        Directory.CreateDirectory(elsewhere);

        var copy = SitegenProcess.Run(elsewhere, "theme", "footer.sbn");

        Assert.Equal(1, copy.ExitCode);
        Assert.Contains("error SG0803: no site here", copy.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere));
    }
}
