using NetVips;
using SiteGen.BrowserTests.Browser;
using SiteGen.BrowserTests.Hosting;
using SiteGen.Configuration;
using SiteGen.IO;

namespace SiteGen.BrowserTests;

/// <summary>Images hold their place: a page does not move when its images arrive, however late.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutShiftTests(ServedSites sites) : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sitegen-layout-shift-" + Guid.NewGuid().ToString("N")[..12]);
    private StaticSiteHost? _host;

    public async Task InitializeAsync()
    {
        var files = new MemoryFileSource();
        files.Set("site.yml", "title: Layout shift\nbase_url: https://example.org/briefings/\npermalink: /:slug/\n");
        files.Set("content/dispatches/a.md", """
            ---
            title: A dispatch with a lead image
            date: 2025-06-24T08:00:00+03:00
            image:
              src: /images/lead.jpg
              alt: A photograph of the front
              caption: The front, seen from the east.
            ---
            The first paragraph sits under the lead image, and must stay where it was first drawn.

            ![A map below the fold](/images/map.jpg)

            The last paragraph.
            """);
        files.Set("static/images/lead.jpg", Photo(1600, 900));
        files.Set("static/images/map.jpg", Photo(1200, 1200));
        Directory.CreateDirectory(_folder);
        var result = Site.Build(files, new DirectoryOutput(_folder), new BuildOptions { Now = Sites.FixtureSite.Now });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        _host = await StaticSiteHost.StartAsync(_folder);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    [SkippableTheory]
    [InlineData(1280, 900)]
    [InlineData(375, 812)]
    public async Task ALeadImageThatArrivesLateMovesNothing(int width, int height)
    {
        await using var session = await sites.OpenAsync(_host!, width: width, height: height);

        // The images come a second after the text: without a size to hold their place, the text would move down.
        await session.Page.RouteAsync("**/images/**", async route =>
        {
            await Task.Delay(1000);
            await route.ContinueAsync();
        });
        await session.Page.AddInitScriptAsync("""
            window.layoutShift = 0;
            window.shifted = [];
            new PerformanceObserver(list => { for (const entry of list.getEntries()) { if (!entry.hadRecentInput) { window.layoutShift += entry.value; for (const s of entry.sources || []) { window.shifted.push((s.node && s.node.outerHTML ? s.node.outerHTML.slice(0, 120) : String(s.node)) + ' ' + JSON.stringify(s.previousRect) + ' -> ' + JSON.stringify(s.currentRect)); } } } })
                .observe({ type: 'layout-shift', buffered: true });
            """);
        await session.GotoAsync("a-dispatch-with-a-lead-image/");
        await session.Page.EvaluateAsync("() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))");

        var lead = await session.Page.EvaluateAsync<int[]>("() => { const i = document.querySelector('.lead-image img'); return [i.naturalWidth, i.getBoundingClientRect().height | 0]; }");
        Assert.True(lead[0] > 0, "the lead image did not load");
        Assert.True(lead[1] > 100, $"the lead image is {lead[1]} px tall");
        var shift = await session.Page.EvaluateAsync<double>("() => window.layoutShift");
        Assert.True(shift == 0, $"layout shift {shift}: " + await session.Page.EvaluateAsync<string>("() => window.shifted.join('\\n')"));
        session.AssertNoProblems("Trouble on a dispatch with a lead image");
    }

    private static byte[] Photo(int width, int height)
    {
        using var xyz = Image.Xyz(width, height);
        using var image = (xyz[0] * (255.0 / width)).Bandjoin(xyz[1] * (255.0 / height), 128).Cast(Enums.BandFormat.Uchar);
        return image.JpegsaveBuffer(q: 80);
    }
}
