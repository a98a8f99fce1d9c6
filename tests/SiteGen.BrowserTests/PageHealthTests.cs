using Microsoft.Playwright;
using SiteGen.BrowserTests.Browser;
using SiteGen.BrowserTests.Hosting;

namespace SiteGen.BrowserTests;

/// <summary>Every page type loads cleanly, is built the same way, and fits a 320 px screen.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageHealthTests(ServedSites sites)
{
    public static TheoryData<string> SampleNames => PageTypes.SampleNames;

    public static TheoryData<string> FixtureNames => [.. PageTypes.FixtureOnly];

    [SkippableTheory]
    [MemberData(nameof(SampleNames))]
    public Task SamplePageLoadsCleanlyAndFitsANarrowScreen(string pageType) =>
        CheckAsync(sites.Sample, pageType, PageTypes.Sample[pageType]);

    [SkippableTheory]
    [MemberData(nameof(FixtureNames))]
    public Task FixturePageLoadsCleanlyAndFitsANarrowScreen(string pageType) =>
        CheckAsync(sites.Fixture, pageType, PageTypes.Fixture[pageType]);

    private async Task CheckAsync(StaticSiteHost host, string pageType, string path)
    {
        await using var session = await sites.OpenAsync(host, width: 320, height: 640);
        if (pageType == "notfound")
        {
            session.Expect404(path);
        }

        await session.GotoAsync(path);
        var page = session.Page;

        await Assertions.Expect(page.Locator("h1")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("main#main")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("body > header.site-header")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("body > footer.site-footer")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("nav[aria-label=Main]")).ToHaveCountAsync(1);
        var headings = await page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1])");
        for (var i = 1; i < headings.Length; i++)
        {
            Assert.True(headings[i] <= headings[i - 1] + 1, $"{pageType}: heading levels jump from h{headings[i - 1]} to h{headings[i]}");
        }

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"{pageType} scrolls sideways at 320 px: the page is {widths[0]} px wide");
        session.AssertNoProblems($"Trouble on the {pageType} page ({path})");
    }
}
