using Microsoft.Playwright;
using SiteGen.BrowserTests.Hosting;
using SiteGen.BrowserTests.Sites;

namespace SiteGen.BrowserTests.Browser;

/// <summary>
/// Built once for the whole suite: the sample site and the fixture site, each built into a temporary folder and
/// served under <see cref="StaticSiteHost.BasePath"/>, and one headless Chromium, started on first use.
/// </summary>
public sealed class ServedSites : IAsyncLifetime, IDisposable
{
    private readonly TemporaryFolder _folder = TemporaryFolder.Create("sitegen-browser-");
    private readonly SemaphoreSlim _launch = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public StaticSiteHost Sample { get; private set; } = null!;

    public StaticSiteHost Fixture { get; private set; } = null!;

    /// <summary>The folder the sample site was built into.</summary>
    public string SampleFolder => _folder.FullPath("sample");

    public string FixtureFolder => _folder.FullPath("fixture");

    public async Task InitializeAsync()
    {
        // CI machines and busy workstations are slow to paint; a check that never comes true still fails.
        Assertions.SetDefaultExpectTimeout(15_000);
        SiteBuilds.BuildSample(SampleFolder);
        SiteBuilds.BuildFixture(FixtureFolder);
        Sample = await StaticSiteHost.StartAsync(SampleFolder);
        Fixture = await StaticSiteHost.StartAsync(FixtureFolder);
    }

    /// <summary>Opens a page in a fresh browser context (no stored colour choice), or skips when Chromium is missing.</summary>
    public async Task<PageSession> OpenAsync(StaticSiteHost host, ColorScheme scheme = ColorScheme.Light, int width = 1280, int height = 900, bool javaScript = true)
    {
        var browser = await BrowserAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ColorScheme = scheme,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            ReducedMotion = ReducedMotion.Reduce,
        });
        return await PageSession.StartAsync(context, host);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Sample is not null)
        {
            await Sample.DisposeAsync();
        }

        if (Fixture is not null)
        {
            await Fixture.DisposeAsync();
        }

        _folder.Dispose();
    }

    public void Dispose() => _launch.Dispose();

    private async Task<IBrowser> BrowserAsync()
    {
        Requirements.Need(Requirements.ChromiumProblem);
        await _launch.WaitAsync();
        try
        {
            if (_browser is null)
            {
                _playwright = await Playwright.CreateAsync();
                _browser = await _playwright.Chromium.LaunchAsync(LaunchOptions);
            }

            return _browser;
        }
        finally
        {
            _launch.Release();
        }
    }

    /// <summary>Debian's Chromium, headless, with everything that would reach for the network turned off.</summary>
    public static BrowserTypeLaunchOptions LaunchOptions => new()
    {
        ExecutablePath = Requirements.ChromiumPath,
        Headless = true,
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic",
        ],
    };
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<ServedSites>
{
    public const string Name = "Served sites";
}
