using SiteGen.Tests.Support;

namespace SiteGen.Tests.Building;

[Trait("Category", "Robustness")]
public sealed class ConfigDiagnosticsTests
{
    [Fact]
    public void UnknownConfigKeyIsAnErrorWithASuggestion()
    {
        var site = TestSite.Parse("""
            -- site.yml --
            title: T
            base_ulr: https://example.org/
            """).Build();
        site.Expect("site.yml(2,1): error SG0103: unknown key 'base_ulr'; did you mean 'base_url'?");
    }

    [Theory]
    [InlineData("example.org")]
    [InlineData("ftp://example.org/")]
    [InlineData("https://example.org/?x=1")]
    public void MalformedBaseUrlIsAnError(string url)
    {
        var site = TestSite.Parse($"""
            -- site.yml --
            title: T
            base_url: "{url}"
            """).Build();
        site.Expect($"site.yml(2,11): error SG0105: base_url '{url}'");
    }

    [Fact]
    public void UnknownTimeZoneIsAnError()
    {
        TestSite.Parse("""
            -- site.yml --
            time_zone: Europe/Atlantis
            """).Build().Expect("site.yml(1,12): error SG0106: unknown time zone 'Europe/Atlantis'");
    }

    [Fact]
    public void MissingConfigIsAnError()
    {
        TestSite.Parse("-- content/dispatches/a.md --\n---\ntitle: A\ndate: 2022-01-01\n---\n").Build()
            .Expect("site.yml: error SG0101: no site.yml");
    }

    [Theory]
    [InlineData("title: T\ntime_zone: Europe/Kiev2\n", "SG0106")]
    [InlineData("title: T\nfeeds: 10\nfeeds: 20\n", "SG0102")]
    [InlineData("title: \"T\n", "SG0102")]
    [InlineData(null, "SG0101")]
    public void ProblemsOfSiteYmlAreReportedAloneAndTheSiteIsNotReadByDefaults(string? siteYml, string code)
    {
        // Read with defaults instead, the imported alias below would be the page's own URL in UTC, and a site
        // with no site.yml at all would report that it has no dispatches.
        var site = (siteYml is null ? string.Empty : $"-- site.yml --\n{siteYml}") + """

            -- content/dispatches/a.md --
            ---
            title: A
            date: 2025-01-18T20:00:00-08:00
            aliases: [/2025/01/18/a/]
            actors: [nobody]
            ---
            """;
        var built = TestSite.Parse(site).Build();

        Assert.False(built.Result.Succeeded);
        Assert.All(built.Result.Diagnostics, d => Assert.Equal(code, d.Code));
    }

    [Fact]
    public void CustomPermalinkPatternIsHonoured()
    {
        var site = TestSite.Parse("""
            -- site.yml --
            permalink: /dispatches/:year/:slug/
            -- content/dispatches/a.md --
            ---
            title: Hello
            date: 2022-05-15
            ---
            """).BuildOk();
        Assert.True(site.Has("dispatches/2022/hello/index.html"));
    }

    [Fact]
    public void DateWithoutOffsetIsInTheSiteTimeZone()
    {
        var site = TestSite.Parse("""
            -- site.yml --
            time_zone: America/New_York
            -- content/dispatches/late.md --
            ---
            title: Late
            date: 2022-05-15T23:30
            ---
            -- content/dispatches/utc.md --
            ---
            title: UTC
            date: 2022-05-16T02:00:00Z
            ---
            """).BuildOk();
        Assert.Contains("datetime=\"2022-05-15T23:30:00-04:00\"", site.Text("2022/05/15/late/index.html"), StringComparison.Ordinal);

        // 02:00 UTC is still the 15th in New York, so the permalink carries the local day.
        Assert.Contains("datetime=\"2022-05-15T22:00:00-04:00\"", site.Text("2022/05/15/utc/index.html"), StringComparison.Ordinal);
    }
}

public sealed class SlugTests
{
    [Fact]
    public void SlugComesFromTheTitleUnlessTheFileNamesTheTitleWithASuffix()
    {
        var site = TestSite.Parse("""
            -- site.yml --
            title: T
            -- content/dispatches/notes.md --
            ---
            title: Morning update
            date: 2022-05-15T08:00
            ---
            -- content/dispatches/morning-update-2.md --
            ---
            title: Morning update
            date: 2022-05-15T09:00
            ---
            -- content/dispatches/2022-05-16-evening.md --
            ---
            title: Evening
            date: 2022-05-16
            ---
            -- content/dispatches/any.md --
            ---
            title: Explicit
            date: 2022-05-17
            slug: chosen-slug
            ---
            """).BuildOk();
        Assert.True(site.Has("2022/05/15/morning-update/index.html"));
        Assert.True(site.Has("2022/05/15/morning-update-2/index.html"));
        Assert.True(site.Has("2022/05/16/evening/index.html"));
        Assert.True(site.Has("2022/05/17/chosen-slug/index.html"));
    }
}
