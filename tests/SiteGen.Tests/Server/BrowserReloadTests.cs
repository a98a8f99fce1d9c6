using Microsoft.Playwright;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Server;

/// <summary>Real Chromium on a served page while its file is edited on disk.</summary>
public sealed class BrowserReloadTests
{
    private const string Chromium = "/usr/bin/chromium";
    private const string Dispatch = "content/dispatches/2022/first.md";
    private const string Page = "2022/05/15/first-dispatch/";

    [SkippableFact]
    public async Task AnOpenPageReloadsWithTheNewTextWhenItsFileIsSaved()
    {
        RequireBrowser();
        await using var preview = await RunningPreview.StartAsync(ServerSites.Briefings, watch: true);
        await using var browser = await LaunchAsync();
        var page = await OpenAsync(browser, preview);

        preview.Folder.Write(Dispatch, preview.Folder.Read(Dispatch).Replace("Belarus says nothing.", "Belarus says something new.", StringComparison.Ordinal));

        await page.WaitForFunctionAsync("() => document.body.innerText.includes('Belarus says something new.')", null, new() { Timeout = 20_000 });
    }

    [SkippableFact]
    public async Task ABrokenSaveShowsTheOverlayAndTheFixClearsIt()
    {
        RequireBrowser();
        await using var preview = await RunningPreview.StartAsync(ServerSites.Briefings, watch: true);
        await using var browser = await LaunchAsync();
        var page = await OpenAsync(browser, preview);
        var original = preview.Folder.Read(Dispatch);

        preview.Folder.Write(Dispatch, original.Replace("date: 2022-05-15", "date: 2022-05-45", StringComparison.Ordinal));
        var overlay = await page.WaitForSelectorAsync("#sitegen-overlay", new() { Timeout = 20_000 });
        var text = await overlay!.InnerTextAsync();
        Assert.Contains("content/dispatches/2022/first.md(3,7): error SG0207", text, StringComparison.Ordinal);
        Assert.Contains("> 3 | date: 2022-05-45", text, StringComparison.Ordinal);
        Assert.Contains("Belarus says nothing.", await page.InnerTextAsync("article"), StringComparison.Ordinal);

        preview.Folder.Write(Dispatch, original.Replace("Belarus says nothing.", "Belarus is fixed.", StringComparison.Ordinal));
        await page.WaitForFunctionAsync("() => document.body.innerText.includes('Belarus is fixed.') && !document.getElementById('sitegen-overlay')", null, new() { Timeout = 20_000 });
    }

    private static void RequireBrowser()
    {
        if (File.Exists(Chromium))
        {
            return;
        }

        Assert.False(Environment.GetEnvironmentVariable("SITEGEN_REQUIRE_BROWSER") == "1", $"SITEGEN_REQUIRE_BROWSER=1 but there is no {Chromium}");
        Skip.If(true, $"no {Chromium}: install Debian's chromium to run the browser tests");
    }

    private static async Task<Browser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        return new Browser(playwright, browser);
    }

    /// <summary>Opens the dispatch page and waits until its live-reload stream is connected, so no edit can come first.</summary>
    private static async Task<IPage> OpenAsync(Browser browser, RunningPreview preview)
    {
        var page = await browser.Chromium.NewPageAsync();
        await page.GotoAsync(new Uri(preview.Session.SiteUrl, Page).ToString());
        Assert.Contains("Belarus says nothing.", await page.InnerTextAsync("article"), StringComparison.Ordinal);
        await Waiting.UntilAsync(() => preview.Session.Broadcaster.ClientCount > 0, TimeSpan.FromSeconds(20), "the page's connection to the live-reload stream");

        return page;
    }

    private sealed class Browser(IPlaywright playwright, IBrowser chromium) : IAsyncDisposable
    {
        public IBrowser Chromium => chromium;

        public async ValueTask DisposeAsync()
        {
            await chromium.DisposeAsync();
            playwright.Dispose();
        }
    }
}
