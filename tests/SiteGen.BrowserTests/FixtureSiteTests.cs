using Microsoft.Playwright;
using SiteGen.BrowserTests.Browser;
using SiteGen.BrowserTests.Sites;

namespace SiteGen.BrowserTests;

/// <summary>What the sample's single dispatch cannot show, on the fixture site: every part of a dispatch, and the lists.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FixtureSiteTests(ServedSites sites)
{
    [SkippableFact]
    public async Task DispatchShowsEveryPart()
    {
        await using var session = await sites.OpenAsync(sites.Fixture);
        var page = session.Page;
        await session.GotoAsync(FixtureSite.FullDispatchPath);

        var header = page.Locator(".dispatch-header");
        await Assertions.Expect(header.Locator(".kicker")).ToHaveTextAsync("Belarus Watch · part 4 of 6");
        await Assertions.Expect(header.Locator("time").First).ToHaveAttributeAsync("datetime", "2022-05-27T17:45:00+03:00");
        await Assertions.Expect(header.Locator("time").First).ToContainTextAsync("27 May 2022, 17:45");
        await Assertions.Expect(header.Locator(".actors a")).ToHaveCountAsync(6);

        var image = page.Locator(".lead-image img");
        await Assertions.Expect(image).ToHaveAttributeAsync("alt", "Sketch map of the area around Minsk, with the roads named in this dispatch");
        Assert.True(await image.EvaluateAsync<bool>("i => i.complete && i.naturalWidth > 0"), "the lead image did not load");
        await Assertions.Expect(page.Locator(".lead-image figcaption")).ToContainTextAsync("as described in the reports of the day");
        await Assertions.Expect(page.Locator(".lead-image .credit")).ToHaveTextAsync("Image: SiteGen test fixture");

        await Assertions.Expect(page.Locator(".sources li")).ToHaveCountAsync(2);
        var updates = page.Locator(".updates li");
        await Assertions.Expect(updates).ToHaveCountAsync(2);
        await Assertions.Expect(updates.Nth(0)).ToContainTextAsync("Update");
        await Assertions.Expect(updates.Nth(0).Locator("time")).ToHaveAttributeAsync("datetime", "2022-05-28T17:45:00+03:00");
        await Assertions.Expect(updates.Nth(1)).ToContainTextAsync("Correction");

        await Assertions.Expect(page.Locator(".related .card")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".prev-next a[rel=prev]")).ToContainTextAsync("Russo-Ukrainian War 5/15/22, evening");
        await Assertions.Expect(page.Locator(".prev-next a[rel=next]")).ToContainTextAsync("Russo-Ukrainian War 6/9/22");
        session.AssertNoProblems("Trouble on the full dispatch");
    }

    [SkippableFact]
    public async Task PreviousNextRelatedAndPaginationLeadWhereTheySay()
    {
        await using var session = await sites.OpenAsync(sites.Fixture);
        var page = session.Page;
        await session.GotoAsync(FixtureSite.FullDispatchPath);

        await page.Locator(".prev-next a[rel=next]").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Russo-Ukrainian War 6/9/22");
        await page.Locator(".prev-next a[rel=prev]").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Lukashenko and the border exercises");

        var firstRelated = page.Locator(".related .card h3 a").First;
        var title = await firstRelated.TextContentAsync();
        await firstRelated.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title!);

        await session.GotoAsync("");
        await Assertions.Expect(page.Locator(".pagination .page-count")).ToHaveTextAsync("Page 1 of 3");
        await page.GetByRole(AriaRole.Link, new() { Name = "Older" }).ClickAsync();
        await Assertions.Expect(page.Locator(".pagination .page-count")).ToHaveTextAsync("Page 2 of 3");
        Assert.EndsWith("/briefings/page/2/", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator(".cards .card")).ToHaveCountAsync(5);
        session.AssertNoProblems("Trouble following links");
    }
}
