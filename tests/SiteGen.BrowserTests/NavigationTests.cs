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

    [SkippableTheory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task TheHeaderLeadsToTheTagsIndexAndOnToATagsDispatches(int width)
    {
        await using var session = await sites.OpenAsync(sites.Fixture);
        var page = session.Page;
        await page.SetViewportSizeAsync(width, 812);
        await session.GotoAsync(PageTypes.Fixture["dispatch"]);

        var tags = page.Locator(".site-nav").GetByRole(AriaRole.Link, new() { Name = "Tags", Exact = true });
        await Assertions.Expect(tags).ToBeVisibleAsync();
        await tags.ClickAsync();
        await Expect(page, "Tags");
        Assert.EndsWith("/briefings/tags/", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(tags).ToHaveAttributeAsync("aria-current", "page");

        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "kyiv", Exact = true }).ClickAsync();
        Assert.EndsWith("/briefings/tags/kyiv/", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "One year on" })).ToBeVisibleAsync();
        await Assertions.Expect(tags).ToHaveAttributeAsync("aria-current", "page");
        session.AssertNoProblems("Trouble on the way to a tag");
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
