using Microsoft.Playwright;
using SiteGen.BrowserTests.Browser;
using SiteGen.BrowserTests.Hosting;
using SiteGen.BrowserTests.Validators;

namespace SiteGen.BrowserTests;

/// <summary>axe-core finds nothing on any page type, in the light scheme and the dark.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(ServedSites sites)
{
    public static TheoryData<string, string> SampleCases => PageTypes.SampleNamesInBothSchemes;

    public static TheoryData<string, string> FixtureCases => PageTypes.FixtureNamesInBothSchemes;

    [SkippableTheory]
    [MemberData(nameof(SampleCases))]
    public Task SamplePageHasNoAxeViolations(string pageType, string scheme) =>
        CheckAsync(sites.Sample, PageTypes.Sample[pageType], pageType, scheme);

    [SkippableTheory]
    [MemberData(nameof(FixtureCases))]
    public Task FixturePageHasNoAxeViolations(string pageType, string scheme) =>
        CheckAsync(sites.Fixture, PageTypes.Fixture[pageType], pageType, scheme);

    private async Task CheckAsync(StaticSiteHost host, string path, string pageType, string scheme)
    {
        await using var session = await sites.OpenAsync(host, scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        if (pageType == "notfound")
        {
            session.Expect404(path);
        }

        await session.GotoAsync(path);
        var violations = await Axe.CheckAsync(session.Page);
        Assert.True(violations.Count == 0, $"axe on the {pageType} page ({path}, {scheme}):\n  " + string.Join("\n  ", violations));
    }
}
