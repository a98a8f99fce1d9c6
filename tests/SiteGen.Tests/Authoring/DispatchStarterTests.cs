using SiteGen.Authoring;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.IO;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Authoring;

public sealed class DispatchStarterTests
{
    private const string Site = """
        -- site.yml --
        title: Briefings
        base_url: https://example.org/
        time_zone: Europe/Minsk
        -- content/actors/alexander-lukashenko.md --
        ---
        name: Alexander Lukashenko
        kind: person
        aliases: [Lukashenka, Лукашэнка]
        ---
        -- content/actors/belarus.md --
        ---
        name: Belarus
        kind: state
        ---
        """;

    /// <summary>23:30 on 31 December in UTC is already 1 January in Minsk (UTC+3).</summary>
    private static readonly DateTimeOffset NewYearsEve = new(2026, 12, 31, 23, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("乌克兰战况简报", "乌克兰战况简报")]
    [InlineData("موجز الحرب", "موجز-الحرب")]
    [InlineData("Зведення ЗСУ 07.12", "zvedennia-zsu-07-12")]
    [InlineData("Купʼянськ тримається", "kup-iansk-trimaietsia")]
    public void ATitleInAnyScriptGivesItsOwnFileAndSlug(string title, string slug)
    {
        using var folder = SiteFolder.Create(Site);
        var diagnostics = new DiagnosticBag();

        var path = DispatchStarter.Start(folder.Site, new NewDispatch(title, []), NewYearsEve, diagnostics)?.Path;

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal($"content/dispatches/2027/2027-01-01-{slug}.md", path);
        Assert.Contains($"\nslug: {slug}\n", folder.Read(path!), StringComparison.Ordinal);
    }

    [Fact]
    public void WritesTodaysDispatchInTheSitesTimeZoneWithActorsById()
    {
        using var folder = SiteFolder.Create(Site);
        var diagnostics = new DiagnosticBag();

        var path = DispatchStarter.Start(folder.Site, new NewDispatch("Talks in Minsk", ["lukashenka", "BELARUS"]) { Tags = ["diplomacy", "Diplomacy", "talks"] }, NewYearsEve, diagnostics)?.Path;

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal("content/dispatches/2027/2027-01-01-talks-in-minsk.md", path);
        Assert.Equal("""
            ---
            title: "Talks in Minsk"
            slug: talks-in-minsk
            date: 2027-01-01T02:30
            actors:
              - "alexander-lukashenko"
              - "belarus"
            tags:
              - "diplomacy"
              - "talks"
            draft: false
            ---


            """.Replace("\r\n", "\n", StringComparison.Ordinal), folder.Read(path!));
    }

    [Fact]
    public void TheBuildReadsTheNewDispatchBack()
    {
        using var folder = SiteFolder.Create(Site);
        const string title = "Łukašenka: \"no talks\" — #3 \\ Лукашэнка's 'word'";

        var path = DispatchStarter.Start(folder.Site, new NewDispatch(title, ["Лукашэнка"], new DateOnly(2022, 5, 15), Draft: true), NewYearsEve, new DiagnosticBag())?.Path;
        var diagnostics = new DiagnosticBag();
        var loaded = SiteGen.Site.Load(new PhysicalFileSource(folder.Site), new BuildOptions { IncludeDrafts = true, Now = NewYearsEve }, diagnostics);

        Assert.NotNull(loaded);
        Assert.DoesNotContain(diagnostics.ToSortedList(), d => d.Severity != DiagnosticSeverity.Info);
        var dispatch = Assert.Single(loaded.Dispatches);
        Assert.Equal(path, dispatch.SourcePath);
        Assert.Equal(title, dispatch.Title);
        Assert.Equal(new DateTimeOffset(2022, 5, 15, 0, 0, 0, TimeSpan.FromHours(3)), dispatch.Date);
        Assert.True(dispatch.Draft);
        Assert.Equal(["alexander-lukashenko"], dispatch.Actors.Select(a => a.Id));
    }

    [Fact]
    [Trait("Category", "Robustness")]
    public void AnUnknownActorIsAnErrorWithSuggestionsAndNothingIsWritten()
    {
        using var folder = SiteFolder.Create(Site);
        var diagnostics = new DiagnosticBag();

        var started = DispatchStarter.Start(folder.Site, new NewDispatch("Talks", ["belarus", "lukashenkka"]), NewYearsEve, diagnostics);

        Assert.Null(started);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal("sitegen: error SG0301: unknown actor 'lukashenkka': no actor has that id, name or alias; did you mean 'alexander-lukashenko'?", error.ToString());
        Assert.False(Directory.Exists(folder.FullPath("content/dispatches")));
    }

    [Fact]
    public void AnExistingDispatchIsNeverOverwrittenAndASecondOfOneTitleOnOneDayIsNumbered()
    {
        using var folder = SiteFolder.Create(Site);
        folder.Write("content/dispatches/2027/2027-01-01-talks.md", "mine");
        var diagnostics = new DiagnosticBag();

        var path = DispatchStarter.Start(folder.Site, new NewDispatch("Talks", []), NewYearsEve, diagnostics)?.Path;

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal("content/dispatches/2027/2027-01-01-talks-2.md", path);
        Assert.Equal("mine", folder.Read("content/dispatches/2027/2027-01-01-talks.md"));
    }

    [Fact]
    public void ARecurringTitleGetsAFileADayAndKeepsItsSlug()
    {
        using var folder = SiteFolder.Create(Site);

        var first = DispatchStarter.Start(folder.Site, new NewDispatch("Morning update", [], new DateOnly(2022, 5, 15)) { Time = new TimeOnly(8, 0) }, NewYearsEve, new DiagnosticBag());
        var second = DispatchStarter.Start(folder.Site, new NewDispatch("Morning update", [], new DateOnly(2022, 5, 16)) { Time = new TimeOnly(8, 0) }, NewYearsEve, new DiagnosticBag());
        var diagnostics = new DiagnosticBag();
        var loaded = SiteGen.Site.Load(new PhysicalFileSource(folder.Site), new BuildOptions { Now = NewYearsEve }, diagnostics);

        Assert.Equal("content/dispatches/2022/2022-05-15-morning-update.md", first?.Path);
        Assert.Equal("content/dispatches/2022/2022-05-16-morning-update.md", second?.Path);
        Assert.Contains("date: 2022-05-15T08:00\n", folder.Read(first!.Path), StringComparison.Ordinal);
        Assert.NotNull(loaded);
        Assert.Equal(["/2022/05/16/morning-update/", "/2022/05/15/morning-update/"], loaded.Dispatches.Select(d => d.Path));
        Assert.False(first.InFuture);
    }

    [Fact]
    public void ADateStillToComeIsSaidToBeInTheFuture()
    {
        using var folder = SiteFolder.Create(Site);

        var started = DispatchStarter.Start(folder.Site, new NewDispatch("Tomorrow", [], new DateOnly(2027, 1, 2)) { Time = new TimeOnly(7, 30) }, NewYearsEve, new DiagnosticBag());

        Assert.NotNull(started);
        Assert.True(started.InFuture);
        Assert.Equal(new DateTimeOffset(2027, 1, 2, 7, 30, 0, TimeSpan.FromHours(3)), started.Date);
    }

    [Fact]
    public void ASiteWithContentBesideSiteYmlGetsItThere()
    {
        using var folder = SiteFolder.Create("-- site.yml --\ntitle: T\ncontent_dir: \".\"\n");

        var path = DispatchStarter.Start(folder.Site, new NewDispatch("Hello", []), NewYearsEve, new DiagnosticBag())?.Path;

        Assert.Equal("dispatches/2026/2026-12-31-hello.md", path); // no time_zone: UTC, where it is still 2026
        Assert.Contains("actors: []\n", folder.Read(path!), StringComparison.Ordinal);
    }

    [Fact]
    public void ABrokenConfigIsReportedAndNothingIsWritten()
    {
        using var folder = SiteFolder.Create("-- site.yml --\ntitle: T\ncolour: red\n");
        var diagnostics = new DiagnosticBag();

        Assert.Null(DispatchStarter.Start(folder.Site, new NewDispatch("Hello", []), NewYearsEve, diagnostics));
        Assert.Contains(diagnostics.ToSortedList(), d => d.Code == DiagnosticCodes.ConfigUnknownKey);
    }
}
