using Microsoft.Playwright;
using SiteGen.BrowserTests.Browser;

namespace SiteGen.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ColourSchemeTests(ServedSites sites)
{
    private const string LightBackground = "rgb(253, 252, 249)";
    private const string DarkBackground = "rgb(21, 23, 26)";

    [SkippableFact]
    public async Task PagesFollowTheSystemScheme()
    {
        await using var light = await sites.OpenAsync(sites.Sample, ColorScheme.Light);
        await light.GotoAsync("");
        Assert.Equal(LightBackground, await Background(light.Page));

        await using var dark = await sites.OpenAsync(sites.Sample, ColorScheme.Dark);
        await dark.GotoAsync("");
        Assert.Equal(DarkBackground, await Background(dark.Page));
        await Assertions.Expect(dark.Page.Locator("#theme-toggle")).ToHaveAttributeAsync("aria-pressed", "true");
    }

    [SkippableFact]
    public async Task ToggleChoiceSurvivesAReloadAndOtherPages()
    {
        await using var session = await sites.OpenAsync(sites.Sample, ColorScheme.Light);
        var page = session.Page;
        await session.GotoAsync(PageTypes.Sample["dispatch"]);
        var toggle = page.Locator("#theme-toggle");
        await Assertions.Expect(toggle).ToBeVisibleAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-pressed", "false");

        await toggle.ClickAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.Equal(DarkBackground, await Background(page));

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        await Assertions.Expect(page.Locator("#theme-toggle")).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.Equal(DarkBackground, await Background(page));

        await session.GotoAsync("actors/");
        Assert.Equal(DarkBackground, await Background(page));
        await page.Locator("#theme-toggle").ClickAsync();
        await page.ReloadAsync();
        Assert.Equal(LightBackground, await Background(page));
        session.AssertNoProblems("Trouble with the toggle");
    }

    [SkippableFact]
    public async Task WithoutJavaScriptTheToggleIsHiddenAndTheDispatchStillReads()
    {
        await using var session = await sites.OpenAsync(sites.Sample, ColorScheme.Dark, javaScript: false);
        var page = session.Page;
        await session.GotoAsync(PageTypes.Sample["dispatch"]);

        await Assertions.Expect(page.Locator("#theme-toggle")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".prose p").First).ToBeVisibleAsync();
        Assert.Equal(DarkBackground, await Background(page));

        await session.GotoAsync("search/");
        await Assertions.Expect(page.Locator("#search-nojs")).ToContainTextAsync("needs JavaScript");
        await Assertions.Expect(page.Locator(".search-form")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Archives by date" })).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task PrintLeavesOutNavigationAndTheToggle()
    {
        await using var session = await sites.OpenAsync(sites.Fixture, ColorScheme.Dark);
        var page = session.Page;
        await session.GotoAsync(PageTypes.Fixture["dispatch"]);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        await Assertions.Expect(page.Locator(".site-nav")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#theme-toggle")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".prev-next")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".sources")).ToBeVisibleAsync();
        Assert.Equal("rgb(255, 255, 255)", await Background(page));
        Assert.Equal("rgb(0, 0, 0)", await page.Locator(".prose p").First.EvaluateAsync<string>("e => getComputedStyle(e).color"));
    }

    private static Task<string> Background(IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
}
