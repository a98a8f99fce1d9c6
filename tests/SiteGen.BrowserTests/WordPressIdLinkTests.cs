using Microsoft.Playwright;
using SiteGen.BrowserTests.Browser;
using SiteGen.BrowserTests.Hosting;
using SiteGen.Configuration;
using SiteGen.IO;

namespace SiteGen.BrowserTests;

/// <summary>
/// An old WordPress link by id (<c>/?p=123</c>) reaches the home page of the static host, whose script follows the
/// site's map of ids to the dispatch; an id the map lacks stays on the home page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WordPressIdLinkTests(ServedSites sites)
{
    private const string TalksSite = """
        -- site.yml --
        title: Briefings
        base_url: https://example.org/briefings/
        -- content/dispatches/2022/talks.md --
        ---
        title: Talks in Minsk
        date: 2022-05-15
        aliases: ["/?p=123"]
        ---
        ## The first round

        Talks began.
        -- content/wordpress-attachments.yml --
        67: "/wp-content/uploads/2022/05/plan.txt"
        -- static/wp-content/uploads/2022/05/plan.txt --
        The plan of the talks.
        """;

    private static TemporaryFolder BuildTalksSite()
    {
        var folder = TemporaryFolder.Create("sitegen-ids-");
        var files = new MemoryFileSource();
        foreach (var (path, content) in SiteText.Files(TalksSite))
        {
            files.Set(path, content);
        }

        var built = SiteGen.Site.Build(files, new DirectoryOutput(folder.Path), new BuildOptions { Now = Sites.FixtureSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        return folder;
    }

    [SkippableFact]
    public async Task AnOldIdLinkEndsOnItsDispatchWithItsFragmentAndAnUnknownIdStaysHome()
    {
        using var folder = BuildTalksSite();
        await using var host = await StaticSiteHost.StartAsync(folder.Path);
        await using var session = await sites.OpenAsync(host);
        var page = session.Page;

        await session.GotoAsync("?p=123#the-first-round");
        await Assertions.Expect(page).ToHaveURLAsync(host.Url("2022/05/15/talks-in-minsk/#the-first-round"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Talks in Minsk");

        await session.GotoAsync("?utm_source=x&page_id=0123");
        await Assertions.Expect(page).ToHaveURLAsync(host.Url("2022/05/15/talks-in-minsk/"));

        // An attachment's id leads to its file, under the base path.
        await session.GotoAsync("?attachment_id=67");
        await Assertions.Expect(page).ToHaveURLAsync(host.Url("wp-content/uploads/2022/05/plan.txt"));
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("The plan of the talks.");

        await session.GotoAsync("?p=999999");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.EndsWith("/briefings/?p=999999", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Talks in Minsk");
        session.AssertNoProblems("Trouble following old WordPress links");
    }

    [SkippableFact]
    public async Task AnOldIdLinkThroughIndexPhpEndsOnItsDispatchFromTheNotFoundPage()
    {
        using var folder = BuildTalksSite();
        await using var host = await StaticSiteHost.StartAsync(folder.Path);
        await using var session = await sites.OpenAsync(host);
        var page = session.Page;
        // The host answers each with its not-found page: the response names the address without its fragment, the console with it.
        foreach (var path in new[] { "index.php?p=123", "index.php?p=123#the-first-round", "index.php/?utm_source=x&page_id=0123", "index.php?p=999999", "no-such/?p=123" })
        {
            session.Expect404(path);
        }

        await session.GotoAsync("index.php?p=123#the-first-round");
        await Assertions.Expect(page).ToHaveURLAsync(host.Url("2022/05/15/talks-in-minsk/#the-first-round"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Talks in Minsk");

        await session.GotoAsync("index.php/?utm_source=x&page_id=0123");
        await Assertions.Expect(page).ToHaveURLAsync(host.Url("2022/05/15/talks-in-minsk/"));

        // An unknown id, or an id below another path (which WordPress did not answer by id either), stays not found.
        foreach (var path in new[] { "index.php?p=999999", "no-such/?p=123" })
        {
            var response = await session.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.Equal(404, response!.Status);
            Assert.Equal(host.Url(path), page.Url);
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Page not found");
        }

        session.AssertNoProblems("Trouble following old WordPress links through index.php");
    }
}
