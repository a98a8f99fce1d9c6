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

    /// <summary>The chips are styled through their <c>.actors</c> container: pills in the chip colours of each scheme (display is "block" as flex items).</summary>
    [SkippableTheory]
    [InlineData("light", "rgb(238, 241, 246)", "rgb(31, 58, 99)")]
    [InlineData("dark", "rgb(35, 42, 53)", "rgb(201, 220, 247)")]
    public async Task ActorChipsLookTheSameInHeaderAndCards(string scheme, string background, string colour)
    {
        await using var session = await sites.OpenAsync(sites.Fixture, scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        var page = session.Page;
        var expected = $"block {background} {colour} 999px 2.4px 11.2px 14px 600 none";
        await session.GotoAsync(PageTypes.Fixture["dispatch"]);
        Assert.Equal(expected, await ChipStyle(page.Locator(".dispatch-header .actors a").First));
        await session.GotoAsync("");
        Assert.Equal(expected, await ChipStyle(page.Locator(".card .actors a").First));
    }

    private static Task<string> ChipStyle(ILocator chip) => chip.EvaluateAsync<string>(
        "e => { const s = getComputedStyle(e); return [s.display, s.backgroundColor, s.color, s.borderTopLeftRadius, s.paddingTop, s.paddingLeft, s.fontSize, s.fontWeight, s.textDecorationLine].join(' '); }");

    private static Task<string> Background(IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
}
