using SiteGen.Configuration;
using SiteGen.Incremental;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Server;

/// <summary>
/// What the preview rebuilds for is decided by what the build read, wherever site.yml puts the content: a file the
/// loaders read or would read is an input; anything else is not.
/// </summary>
public sealed class SiteInputsTests
{
    private const string ContentBesideSiteYml = """
        -- site.yml --
        title: Sample
        content_dir: "."
        -- actors/belarus.md --
        ---
        name: Belarus
        ---
        -- dispatches/2022/first.md --
        ---
        title: First
        date: 2022-05-15
        actors: [belarus]
        ---
        Belarus says nothing.
        -- dispatches/2022/notes.txt --
        not a dispatch
        -- pages/about.md --
        ---
        title: About
        ---
        -- layouts/dispatch-extra.sbn --
        a layout no template uses
        -- serve.log --
        Rebuilt in 3 ms.
        """;

    [Theory]
    [InlineData("site.yml", true)]
    [InlineData("dispatches/2022/first.md", true)]
    [InlineData("dispatches/2022/new.md", true)]
    [InlineData("dispatches/2023/new.markdown", true)]
    [InlineData("dispatches", true)]
    [InlineData("dispatches/2022", true)]
    [InlineData("actors/belarus.md", true)]
    [InlineData("actors/new.md", true)]
    [InlineData("pages/about.md", true)]
    [InlineData("pages/contact.md", true)]
    [InlineData("static/images/a.png", true)]
    [InlineData("layouts/dispatch.sbn", true)]
    [InlineData("layouts/partials/footer.sbn", true)]
    [InlineData("themes/default/layouts/dispatch.sbn", true)]
    [InlineData("serve.log", false)]
    [InlineData("nohup.out", false)]
    [InlineData("notes.md", false)]
    [InlineData("dispatches/2022/notes.txt", false)]
    [InlineData("dispatches/2022/sedX1y2Z3", false)]
    [InlineData("dispatches/2022/first.md~", false)]
    [InlineData("dispatches/2022/first.md___jb_tmp___", false)]
    [InlineData("dispatches/2022/.first.md.swp", false)]
    [InlineData("actors/belarus.markdown", false)]
    [InlineData("static/site.css~", false)]
    [InlineData("layouts/dispatch-extra.sbn", false)]
    [InlineData("_site/index.html", false)]
    [InlineData(".sitegen/last-build.json", false)]
    [InlineData(".git/index", false)]
    public void WithTheContentBesideSiteYmlOnlyWhatTheLoadersReadIsAnInput(string path, bool input)
    {
        var inputs = InputsOf(ContentBesideSiteYml);

        Assert.Equal(input, inputs.Includes(path));
    }

    [Fact]
    public void AContentFolderOfItsOwnNameMovesTheInputsWithIt()
    {
        var inputs = InputsOf("""
            -- site.yml --
            title: Custom
            content_dir: src
            -- src/dispatches/a.md --
            ---
            title: A
            date: 2022-05-15
            ---
            """);

        Assert.True(inputs.Includes("src/dispatches/a.md"));
        Assert.True(inputs.Includes("src/dispatches/b.md"));
        Assert.True(inputs.Includes("src/actors/minsk.md"));
        Assert.False(inputs.Includes("content/dispatches/b.md"));
        Assert.False(inputs.Includes("src/drafts.md"));
    }

    [Fact]
    public void AFailedBuildStillSaysWhatItRead()
    {
        var (result, live, inputs) = LiveSite.Build(TestSite.Parse("""
            -- site.yml --
            title: Broken
            content_dir: "."
            -- dispatches/a.md --
            ---
            title: A
            date: not-a-date
            ---
            -- build.log --
            failed
            """).Files, new BuildOptions { Now = TestSite.Now });

        Assert.False(result.Succeeded);
        Assert.Null(live);
        Assert.True(inputs.Includes("dispatches/a.md"));
        Assert.False(inputs.Includes("build.log"));
    }

    private static SiteInputs InputsOf(string site)
    {
        var (result, live, inputs) = LiveSite.Build(TestSite.Parse(site).Files, new BuildOptions { Now = TestSite.Now });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        live!.Dispose();
        return inputs;
    }
}
