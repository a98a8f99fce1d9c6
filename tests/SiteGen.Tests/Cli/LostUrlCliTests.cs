using Microsoft.Extensions.Time.Testing;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Server.Rebuilding;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>
/// A URL the last build published and this one leaves without a page or a redirect is a warning (SG0508) naming it
/// and what to write in which file to keep it: a renamed actor, a dispatch's new date or title, a renamed tag; never
/// drafts, dispatches dated ahead, further pages of a list, a first build or <c>--clean</c>. The preview says the same
/// after an edit.
/// </summary>
public sealed class LostUrlCliTests : IDisposable
{
    private const string Actor = "---\nname: Wagner Group\nkind: organisation\n---\nA private military company.\n";

    private readonly SiteFolder _folder = SiteFolder.Create($"""
        -- site.yml --
        title: Briefings
        base_url: https://example.org/
        per_page: 1
        -- content/actors/wagner-group.md --
        {Actor}
        -- content/dispatches/alpha.md --
        ---
        title: Alpha
        date: 2022-05-15
        actors: [Wagner Group]
        tags: [Drones]
        ---
        Wagner Group moved north.
        -- content/dispatches/beta.md --
        ---
        title: Beta
        date: 2022-05-16
        tags: [Drones]
        ---
        The front held.
        """);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ARenamedActorFileIsAWarningToAddItsFormerId()
    {
        Build();
        Move("content/actors/wagner-group.md", "content/actors/africa-corps.md");

        var output = Build();

        Assert.Contains("content/actors/africa-corps.md(2,7): warning SG0508: /actors/wagner-group/ and its Atom, RSS and JSON feeds are no longer published", output, StringComparison.Ordinal);
        Assert.Contains("add former_ids: [wagner-group] to content/actors/africa-corps.md", output, StringComparison.Ordinal);
        Assert.Single(Lost(output));
    }

    [Fact]
    public void ANewTimeZoneIsNamedAsWhatMovedADispatchToAnotherDay()
    {
        // 23:30 UTC is 01:30 the next day in Kyiv: the dispatch's date did not change, site.yml's zone did.
        Edit("content/dispatches/alpha.md", "date: 2022-05-15", "date: 2022-05-15T23:30:00Z");
        Build();
        Edit("site.yml", "per_page: 1", "per_page: 1\ntime_zone: Europe/Kyiv");

        var output = Build();

        Assert.Contains("content/dispatches/alpha.md(3,7): warning SG0508: /2022/05/15/alpha/ is no longer published", output, StringComparison.Ordinal);
        Assert.Contains("is at /2022/05/16/alpha/ now (site.yml's time_zone changed from UTC to Europe/Kyiv, which put its date on another day)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("its date changed", output, StringComparison.Ordinal);
        Assert.Single(Lost(output));
    }

    [Fact]
    public void ARemovedActorIsAWarningThatAsksNothingIfMeant()
    {
        Build();
        File.Delete(_folder.FullPath("content/actors/wagner-group.md"));
        _folder.Write("content/dispatches/alpha.md", _folder.Read("content/dispatches/alpha.md").Replace("actors: [Wagner Group]\n", string.Empty, StringComparison.Ordinal));

        var output = Build();

        Assert.Contains("content/actors/wagner-group.md: warning SG0508: /actors/wagner-group/ and its Atom, RSS and JSON feeds are no longer published", output, StringComparison.Ordinal);
        Assert.Contains("a removed actor: nothing to do if meant", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ADispatchsNewDateIsAWarningToKeepTheOldUrlAsAnAliasWhichSilencesIt()
    {
        Build();
        Edit("content/dispatches/alpha.md", "date: 2022-05-15", "date: 2022-05-17");

        var strict = SitegenProcess.Run(_folder.Site, "build", "--strict");

        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("content/dispatches/alpha.md(3,7): warning SG0508: /2022/05/15/alpha/ is no longer published", strict.Output, StringComparison.Ordinal);
        Assert.Contains("keep the old URL: add aliases: [/2022/05/15/alpha/] to its front matter", strict.Output, StringComparison.Ordinal);

        Edit("content/dispatches/alpha.md", "date: 2022-05-17", "date: 2022-05-17\naliases: [/2022/05/15/alpha/]");
        var kept = SitegenProcess.Run(_folder.Site, "build", "--strict");

        Assert.True(kept.ExitCode == 0, kept.Output);
        Assert.Empty(Lost(kept.Output));
        Assert.True(File.Exists(_folder.FullPath("_site/2022/05/15/alpha/index.html")));
    }

    [Fact]
    public void ARenamedDispatchFileWithANewTitleNamesTheNewFileAsWhereTheAliasGoes()
    {
        Build();
        File.Delete(_folder.FullPath("content/dispatches/beta.md"));
        _folder.Write("content/dispatches/beta-revised.md", "---\ntitle: Beta revised\ndate: 2022-05-16\ntags: [Drones]\n---\nThe front held.\n");

        var output = Build();

        Assert.Contains("content/dispatches/beta-revised.md(2,8): warning SG0508: /2022/05/16/beta/ is no longer published", output, StringComparison.Ordinal);
        Assert.Contains("content/dispatches/beta.md is gone, and content/dispatches/beta-revised.md is new in this build, at /2022/05/16/beta-revised/", output, StringComparison.Ordinal);
        Assert.Contains("add aliases: [/2022/05/16/beta/] to the front matter of content/dispatches/beta-revised.md", output, StringComparison.Ordinal);
    }

    /// <summary>A new slug is warned of at the slug line, in a dispatch, a plain page and an actor; a new title at the title line.</summary>
    [Fact]
    public void ANewSlugOrTitleIsWarnedOfAtItsLine()
    {
        _folder.Write("content/pages/about.md", "---\ntitle: About\nslug: about-us\n---\nWho we are.\n");
        _folder.Write("content/dispatches/gamma.md", "---\ntitle: Gamma\ndate: 2022-05-17\n---\nQuiet.\n");
        Edit("content/actors/wagner-group.md", "kind: organisation", "kind: organisation\nslug: wagner");
        Edit("content/dispatches/alpha.md", "title: Alpha", "title: Alpha\nslug: alpha-north");
        Build();
        Edit("content/pages/about.md", "slug: about-us", "slug: about-the-desk");
        Edit("content/actors/wagner-group.md", "slug: wagner", "slug: wagner-group");
        Edit("content/dispatches/alpha.md", "slug: alpha-north", "slug: alpha-south");
        Edit("content/dispatches/beta.md", "title: Beta", "title: Beta two");

        var lost = Lost(Build());

        Assert.True(lost.Count == 4, string.Join('\n', lost));
        Assert.Contains(lost, l => l.StartsWith("content/pages/about.md(3,7): warning SG0508: /about-us/ is no longer published", StringComparison.Ordinal));
        Assert.Contains(lost, l => l.StartsWith("content/actors/wagner-group.md(4,7): warning SG0508: /actors/wagner/ and its", StringComparison.Ordinal));
        Assert.Contains(lost, l => l.StartsWith("content/dispatches/alpha.md(3,7): warning SG0508: /2022/05/15/alpha-north/ is no longer published", StringComparison.Ordinal));
        Assert.Contains(lost, l => l.StartsWith("content/dispatches/beta.md(2,8): warning SG0508: /2022/05/16/beta/ is no longer published", StringComparison.Ordinal));
    }

    [Fact]
    public void ARenamedTagIsAWarningNamingTheNewOne()
    {
        Build();
        Edit("content/dispatches/alpha.md", "tags: [Drones]", "tags: [UAVs]");
        Edit("content/dispatches/beta.md", "tags: [Drones]", "tags: [UAVs]");

        var output = Build();

        Assert.Contains("warning SG0508: /tags/drones/, the page of the tag 'Drones', and its feeds are no longer published", output, StringComparison.Ordinal);
        Assert.Contains("'UAVs' is new in this build, at /tags/uavs/", output, StringComparison.Ordinal);
        Assert.Single(Lost(output));
    }

    [Fact]
    public void DraftsFutureDispatchesShorterListsAndCleanBuildsLoseNothing()
    {
        _folder.Write("content/dispatches/draft.md", "---\ntitle: Draft\ndate: 2022-05-18\ntags: [Leaks]\ndraft: true\n---\nNot yet.\n");
        _folder.Write("content/dispatches/ahead.md", "---\ntitle: Ahead\ndate: 2099-01-01\n---\nLater.\n");
        Assert.Contains("Built 4 dispatches", Build("--drafts", "--future"), StringComparison.Ordinal);
        Assert.True(File.Exists(_folder.FullPath("_site/page/2/index.html")));

        // Without --drafts and --future, and with every dispatch on one page: their pages, the draft's tag and page 2 go.
        Edit("site.yml", "per_page: 1", "per_page: 10");
        var output = Build();
        Assert.Empty(Lost(output));
        Assert.False(File.Exists(_folder.FullPath("_site/page/2/index.html")));

        // A published dispatch made a draft is named among those left out, not lost; --clean compares with nothing.
        Edit("content/dispatches/beta.md", "title: Beta", "title: Beta\ndraft: true");
        Assert.Empty(Lost(Build()));
        Edit("content/dispatches/alpha.md", "title: Alpha", "title: Alpha moved");
        Assert.Empty(Lost(Build("--clean")));

        Edit("content/dispatches/alpha.md", "title: Alpha moved", "title: Alpha moved again");
        Assert.Single(Lost(Build()));
    }

    /// <summary>A page made a draft, and a tag that only a dispatch made a draft carried, come back with them: not lost.</summary>
    [Fact]
    public void APageMadeADraftAndATagOnlyADraftCarriesAreNotLost()
    {
        _folder.Write("content/pages/about.md", "---\ntitle: About\n---\nWho we are.\n");
        _folder.Write("content/dispatches/gamma.md", "---\ntitle: Gamma\ndate: 2022-05-17\ntags: [Leaks]\ncategories: [Sources]\n---\nA leak.\n");
        Assert.Empty(Lost(Build()));
        Assert.True(File.Exists(_folder.FullPath("_site/tags/leaks/index.html")));

        Edit("content/pages/about.md", "title: About", "title: About\ndraft: true");
        Edit("content/dispatches/gamma.md", "title: Gamma", "title: Gamma\ndraft: true");
        var output = Build();

        Assert.Empty(Lost(output));
        Assert.False(File.Exists(_folder.FullPath("_site/tags/leaks/index.html")));
        Assert.False(File.Exists(_folder.FullPath("_site/about/index.html")));

        // Dated ahead, the same.
        Edit("content/dispatches/gamma.md", "title: Gamma\ndraft: true", "title: Gamma");
        Build();
        Edit("content/dispatches/gamma.md", "date: 2022-05-17", "date: 2099-05-17");
        Assert.Empty(Lost(Build()));
    }

    /// <summary>A new permalink pattern moves every dispatch: one warning at site.yml, not one per dispatch blaming its date.</summary>
    [Fact]
    public void ANewPermalinkPatternIsOneWarningAtSiteYml()
    {
        Build();
        _folder.Write("site.yml", _folder.Read("site.yml") + "permalink: \"/:year/:slug/\"\n");

        var lost = Lost(Build());

        var warning = Assert.Single(lost);
        Assert.StartsWith("site.yml(4,12): warning SG0508: every dispatch is at a new URL (2: ", warning, StringComparison.Ordinal);
        Assert.Contains("put the old permalink back in site.yml, or keep each old URL in its dispatch's aliases", warning, StringComparison.Ordinal);
    }

    /// <summary>The site's author renamed in site.yml: the fix names site.yml, where the name came from.</summary>
    [Fact]
    public void ARenamedSiteAuthorNamesSiteYml()
    {
        _folder.Write("site.yml", _folder.Read("site.yml") + "author: Desk One\n");
        Build();
        Edit("site.yml", "author: Desk One", "author: Desk Two");

        var warning = Assert.Single(Lost(Build()));

        Assert.Contains("the page of the author 'Desk One'", warning, StringComparison.Ordinal);
        Assert.Contains("keep 'Desk One' among the authors: site.yml's author", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePreviewWarnsAfterAnEditAsTheBuildDoes()
    {
        Build();
        var clock = new FakeTimeProvider(TestSite.Now);
        using var preview = new IncrementalSiteRebuilder(_folder.Site, new BuildOptions(), clock);
        Assert.True(preview.Rebuild([]).Result.Succeeded);

        // A dispatch file renamed (a deletion and an addition the preview renders alone), then an actor renamed (a full build).
        File.Delete(_folder.FullPath("content/dispatches/beta.md"));
        _folder.Write("content/dispatches/beta-revised.md", "---\ntitle: Beta revised\ndate: 2022-05-16\ntags: [Drones]\n---\nThe front held.\n");
        var renamed = preview.Rebuild(["content/dispatches/beta.md", "content/dispatches/beta-revised.md"]);
        Move("content/actors/wagner-group.md", "content/actors/africa-corps.md");
        var moved = preview.Rebuild(["content/actors/wagner-group.md", "content/actors/africa-corps.md"]);
        Assert.True(moved.Result.Succeeded, string.Join('\n', moved.Result.Diagnostics));

        var previewed = Lost(renamed.Result.Diagnostics).Concat(Lost(moved.Result.Diagnostics)).ToList();
        var built = Lost(Build());

        Assert.Equal(2, built.Count);
        Assert.Equal(built.Order(StringComparer.Ordinal), previewed.Order(StringComparer.Ordinal));
        Assert.True(renamed.Partial, "the renamed dispatch was expected to take the preview's incremental path");
    }

    private string Build(params string[] options)
    {
        var run = SitegenProcess.Run(_folder.Site, ["build", .. options]);
        Assert.True(run.ExitCode == 0, run.Output);
        return run.Output;
    }

    private void Move(string from, string to) => File.Move(_folder.FullPath(from), _folder.FullPath(to));

    private void Edit(string path, string from, string to)
    {
        var text = _folder.Read(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        _folder.Write(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private static List<string> Lost(string output) =>
        output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Contains($"warning {DiagnosticCodes.UrlLost}:", StringComparison.Ordinal)).ToList();

    private static IEnumerable<string> Lost(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Code == DiagnosticCodes.UrlLost).Select(d => d.ToString());
}
