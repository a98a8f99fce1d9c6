using Microsoft.Playwright;
using SiteGen.BrowserTests.Browser;

namespace SiteGen.BrowserTests;

/// <summary>The small things a news site has: an icon, a phone-sized dispatch, a legible actor graph, share links.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReaderTests(ServedSites sites, Xunit.Abstractions.ITestOutputHelper output)
{
    public static TheoryData<string> PageNames => PageTypes.SampleNames;

    [SkippableTheory]
    [MemberData(nameof(PageNames))]
    public async Task EveryPageTypeOffersIconsThatLoad(string pageType)
    {
        await using var session = await sites.OpenAsync(sites.Sample);
        var path = PageTypes.Sample[pageType];
        if (pageType == "notfound")
        {
            session.Expect404(path);
        }

        await session.GotoAsync(path);
        var page = session.Page;
        var icons = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('link[rel=icon], link[rel=apple-touch-icon]')].map(l => l.href)");
        Assert.Equal(3, icons.Length);
        foreach (var icon in icons.Append(session.Host.Url("favicon.ico")))
        {
            var response = await page.APIRequest.GetAsync(icon);
            Assert.True(response.Ok, $"{icon} answers {response.Status} on the {pageType} page");
        }

        await Assertions.Expect(page.Locator("meta[name=theme-color]")).ToHaveAttributeAsync("content", "#9b1c1c");
        session.AssertNoProblems($"Trouble on the {pageType} page");
    }

    [SkippableTheory]
    [InlineData("sample")]
    [InlineData("fixture")]
    public async Task DispatchStartsOnThePhonesFirstScreen(string site)
    {
        await using var session = await sites.OpenAsync(site == "sample" ? sites.Sample : sites.Fixture, width: 375, height: 812);
        await session.GotoAsync(site == "sample" ? PageTypes.Sample["dispatch"] : PageTypes.Fixture["dispatch"]);

        var top = await session.Page.EvaluateAsync<double>("() => document.querySelector('.prose > p').getBoundingClientRect().top");
        output.WriteLine($"{site} dispatch at 375x812: the first paragraph starts {top:0} px down");
        Assert.True(top < 812 - 48, $"the first paragraph starts {top} px down, below the first screen of 812 px");
        session.AssertNoProblems("Trouble on the dispatch");
    }

    [SkippableFact]
    public async Task DateWithoutTimeShowsNoTime()
    {
        await using var session = await sites.OpenAsync(sites.Sample);
        await session.GotoAsync(PageTypes.Sample["dispatch"]);
        var time = session.Page.Locator(".dispatch-header .meta time").First;
        await Assertions.Expect(time).ToHaveTextAsync("15 May 2022");
        await Assertions.Expect(time).ToHaveAttributeAsync("datetime", "2022-05-15");

        await using var fixture = await sites.OpenAsync(sites.Fixture);
        await fixture.GotoAsync(PageTypes.Fixture["dispatch"]);
        await Assertions.Expect(fixture.Page.Locator(".dispatch-header .meta time").First).ToContainTextAsync("27 May 2022, 17:45");
    }

    [SkippableTheory]
    [InlineData(375)]
    [InlineData(768)]
    [InlineData(1024)]
    [InlineData(1280)]
    [InlineData(1600)]
    public async Task ActorGraphLabelsAreLegibleOrAListStandsInstead(int width)
    {
        foreach (var path in new[] { PageTypes.Fixture["graph"], PageTypes.Fixture["actor"] })
        {
            await using var session = await sites.OpenAsync(sites.Fixture, width: width, height: 900);
            await session.GotoAsync(path);
            var page = session.Page;

            // The rendered size of each visible label: its font size times the drawing's scale.
            var sizes = await page.EvaluateAsync<double[]>(
                "() => [...document.querySelectorAll('svg.actor-graph text')].filter(t => t.getClientRects().length > 0)" +
                ".map(t => parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getScreenCTM().a)");
            output.WriteLine(sizes.Length == 0 ? $"{path} at {width} px: a list instead of the drawing" : $"{path} at {width} px: labels {sizes.Min():0.#}-{sizes.Max():0.#} px");
            Assert.All(sizes, size => Assert.True(size >= 11, $"{path} at {width} px: a label is {size:0.#} px"));
            if (sizes.Length == 0)
            {
                var list = path == PageTypes.Fixture["graph"] ? page.Locator("table.ties tbody tr") : page.Locator(".co-actors li");
                Assert.True(await list.CountAsync() > 0, $"{path} at {width} px shows neither the drawing nor a list");
            }

            session.AssertNoProblems($"Trouble on {path} at {width} px");
        }
    }

    [SkippableTheory]
    [InlineData(320)]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task TiesTableNeverBreaksANameMidWord(int width)
    {
        await using var session = await sites.OpenAsync(sites.Fixture, width: width, height: 900);
        await session.GotoAsync(PageTypes.Fixture["graph"]);

        // Each word of each name, measured alone: more than one line box means it was broken.
        var broken = await session.Page.EvaluateAsync<string[]>(@"() => {
            const out = [];
            for (const cell of document.querySelectorAll('table.ties td')) {
                const node = cell.querySelector('a')?.firstChild ?? cell.firstChild;
                if (!node) continue;
                const text = node.textContent;
                for (const m of text.matchAll(/\S+/g)) {
                    const range = document.createRange();
                    range.setStart(node, m.index);
                    range.setEnd(node, m.index + m[0].length);
                    const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                    if (tops.size > 1) out.push(m[0]);
                }
            }
            return out;
        }");
        Assert.True(broken.Length == 0, $"at {width} px these words break across lines: {string.Join(", ", broken)}");
    }

    [SkippableFact]
    public async Task ShareLinksNeedNoScriptAndCopyLinkCopies()
    {
        await using (var noScript = await sites.OpenAsync(sites.Sample, javaScript: false))
        {
            await noScript.GotoAsync(PageTypes.Sample["dispatch"]);
            var share = noScript.Page.Locator("section.share");
            await Assertions.Expect(share.GetByRole(AriaRole.Link)).ToHaveCountAsync(4);
            await Assertions.Expect(share.Locator(".copy-link")).ToBeHiddenAsync();
            var canonical = await noScript.Page.Locator("link[rel=canonical]").GetAttributeAsync("href");
            var hrefs = await share.GetByRole(AriaRole.Link).EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
            Assert.All(hrefs, href => Assert.Contains(Uri.EscapeDataString(canonical!), href, StringComparison.Ordinal));
            Assert.StartsWith("mailto:?subject=", hrefs[0], StringComparison.Ordinal);
            Assert.StartsWith("https://twitter.com/intent/tweet?", hrefs[1], StringComparison.Ordinal);
            Assert.StartsWith("https://t.me/share/url?", hrefs[2], StringComparison.Ordinal);
            Assert.StartsWith("https://www.facebook.com/sharer/sharer.php?", hrefs[3], StringComparison.Ordinal);
            Assert.Equal(0, await noScript.Page.Locator("script[src^=http], iframe").CountAsync());
        }

        await using var session = await sites.OpenAsync(sites.Sample);
        await session.Page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await session.GotoAsync(PageTypes.Sample["dispatch"]);
        var button = session.Page.GetByRole(AriaRole.Button, new() { Name = "Copy link" });
        await button.ClickAsync();
        await Assertions.Expect(session.Page.Locator(".copy-status")).ToHaveTextAsync("Link copied.");
        var copied = await session.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(await session.Page.Locator("link[rel=canonical]").GetAttributeAsync("href"), copied);
        session.AssertNoProblems("Trouble while sharing");
    }
}
