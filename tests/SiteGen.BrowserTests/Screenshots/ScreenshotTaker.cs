using Microsoft.Playwright;
using SiteGen.BrowserTests.Browser;
using SiteGen.BrowserTests.Hosting;
using SiteGen.BrowserTests.Sites;

namespace SiteGen.BrowserTests.Screenshots;

/// <summary>
/// Photographs each page type of the fixture site (the sample plus generated dispatches) at 375 and 1280 px,
/// full page, into <c>docs/screenshots/&lt;type&gt;-&lt;width&gt;.png</c>; the dispatch also in the dark scheme.
/// </summary>
public static class ScreenshotTaker
{
    public static readonly int[] Widths = [375, 1280];

    /// <summary>The page types photographed, with their paths on the fixture site.</summary>
    public static readonly IReadOnlyList<(string Name, string Path)> Pages =
        [.. PageTypes.Fixture.Where(p => p.Key != "home-page-2").Select(p => (p.Key, p.Value))];

    public static async Task<int> RunAsync(string outputFolder)
    {
        if (Requirements.ChromiumProblem is { } problem)
        {
            await Console.Error.WriteLineAsync(problem + ": no screenshots taken.");
            return 1;
        }

        using var temporary = TemporaryFolder.Create("sitegen-screenshots-");
        var siteFolder = temporary.FullPath("site");
        Directory.CreateDirectory(outputFolder);
        SiteBuilds.BuildFixture(siteFolder);
        await using var host = await StaticSiteHost.StartAsync(siteFolder);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(ServedSites.LaunchOptions);
        foreach (var width in Widths)
        {
            foreach (var (name, path) in Pages)
            {
                await ShootAsync(browser, host, path, ColorScheme.Light, width, Path.Combine(outputFolder, $"{name}-{width}.png"));
            }

            await ShootAsync(browser, host, FixtureSite.FullDispatchPath, ColorScheme.Dark, width, Path.Combine(outputFolder, $"dispatch-dark-{width}.png"));
        }

        return 0;
    }

    private static async Task ShootAsync(IBrowser browser, StaticSiteHost host, string path, ColorScheme scheme, int width, string file)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ColorScheme = scheme,
            ViewportSize = new ViewportSize { Width = width, Height = width < 600 ? 812 : 900 },
            ReducedMotion = ReducedMotion.Reduce,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(host.Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true, Animations = ScreenshotAnimations.Disabled });
        Console.WriteLine($"{Path.GetFileName(file)}  {new FileInfo(file).Length / 1024} KB");
    }
}
