using Microsoft.Playwright;
using SiteGen.BrowserTests.Browser;

namespace SiteGen.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class NavigationTests(ServedSites sites)
{
    [SkippableFact]
    public async Task ReaderGoesFromHomeToDispatchToActorAndMonthArchiveAndBack()
    {
        await using var session = await sites.OpenAsync(sites.Sample);
        var page = session.Page;
        await session.GotoAsync("");
        await Expect(page, "Latest dispatches");

        await page.GetByRole(AriaRole.Link, new() { Name = "Russo-Ukrainian War 5/15/22" }).ClickAsync();
        await Expect(page, "Russo-Ukrainian War 5/15/22");
        Assert.EndsWith("/briefings/2022/05/15/russo-ukrainian-war-5-15-22/", page.Url, StringComparison.Ordinal);

        await page.Locator(".dispatch-header .actors").GetByRole(AriaRole.Link, new() { Name = "Kastuś Kalinoŭski Battalion" }).ClickAsync();
        await Expect(page, "Kastuś Kalinoŭski Battalion");
        Assert.EndsWith("/briefings/actors/kastus-kalinouski-battalion/", page.Url, StringComparison.Ordinal);

        // The actor's month headings stay on the actor's page; the site's month archive is the dispatch's to link.
        await Assertions.Expect(page.Locator(".timeline").GetByRole(AriaRole.Heading, new() { Name = "May 2022" })).ToBeVisibleAsync();
        await page.GoBackAsync();
        await Expect(page, "Russo-Ukrainian War 5/15/22");

        await page.Locator(".dispatch-header .meta").GetByRole(AriaRole.Link, new() { Name = "May 2022" }).ClickAsync();
        await Expect(page, "May 2022");
        Assert.EndsWith("/briefings/2022/05/", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Russo-Ukrainian War 5/15/22" })).ToBeVisibleAsync();

        await page.GoBackAsync();
        await Expect(page, "Russo-Ukrainian War 5/15/22");
        await page.GoBackAsync();
        await Expect(page, "Latest dispatches");
        session.AssertNoProblems("Trouble on the way");
    }

    [SkippableFact]
    public async Task SkipLinkAppearsOnFirstTabAndMovesFocusToTheMainContent()
    {
        await using var session = await sites.OpenAsync(sites.Sample);
        var page = session.Page;
        await session.GotoAsync(PageTypes.Sample["dispatch"]);

        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator(".skip-link");
        await Assertions.Expect(skip).ToBeFocusedAsync();
        var box = await skip.BoundingBoxAsync();
        Assert.True(box is { X: >= 0, Y: >= 0 }, $"the focused skip link is off screen: {box?.X},{box?.Y}");
        var outline = await skip.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle");
        Assert.NotEqual("none", outline);

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main")).ToBeFocusedAsync();
    }

    private static Task Expect(IPage page, string heading) =>
        Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(heading);
}
