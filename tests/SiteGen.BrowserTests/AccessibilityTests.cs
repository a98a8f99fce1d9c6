using Microsoft.Playwright;
using SiteGen.BrowserTests.Browser;
using SiteGen.BrowserTests.Hosting;
using SiteGen.BrowserTests.Validators;

namespace SiteGen.BrowserTests;

/// <summary>
/// Every page type, in the light scheme on a 320 px screen and in the dark scheme on a 1280 px one: it loads
/// without console errors or failed requests, has one h1, landmarks and no skipped heading level, does not scroll
/// sideways, and axe-core finds no violation.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(ServedSites sites)
{
    public static TheoryData<string, string> SampleCases => PageTypes.SampleNamesInBothSchemes;

    public static TheoryData<string, string> FixtureCases => PageTypes.FixtureNamesInBothSchemes;

    [SkippableTheory]
    [MemberData(nameof(SampleCases))]
    public Task SamplePageIsCleanAccessibleAndFits(string pageType, string scheme) =>
        CheckAsync(sites.Sample, PageTypes.Sample[pageType], pageType, scheme);

    [SkippableTheory]
    [MemberData(nameof(FixtureCases))]
    public Task FixturePageIsCleanAccessibleAndFits(string pageType, string scheme) =>
        CheckAsync(sites.Fixture, PageTypes.Fixture[pageType], pageType, scheme);

    private async Task CheckAsync(StaticSiteHost host, string path, string pageType, string scheme)
    {
        var dark = scheme == "dark";
        await using var session = await sites.OpenAsync(host, dark ? ColorScheme.Dark : ColorScheme.Light, width: dark ? 1280 : 320, height: dark ? 900 : 640);
        if (pageType == "notfound")
        {
            session.Expect404(path);
        }

        await session.GotoAsync(path);
        var page = session.Page;
        var what = $"the {pageType} page ({path}, {scheme})";

        await Assertions.Expect(page.Locator("h1")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("main#main")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("body > header.site-header")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("body > footer.site-footer")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("nav[aria-label=Main]")).ToHaveCountAsync(1);
        var headings = await page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1])");
        for (var i = 1; i < headings.Length; i++)
        {
            Assert.True(headings[i] <= headings[i - 1] + 1, $"{what}: heading levels jump from h{headings[i - 1]} to h{headings[i]}");
        }

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"{what} scrolls sideways: the page is {widths[0]} px wide in a {widths[1]} px window");

        var violations = await Axe.CheckAsync(page);
        Assert.True(violations.Count == 0, $"axe on {what}:\n  " + string.Join("\n  ", violations));
        session.AssertNoProblems($"Trouble on {what}");
    }
}
