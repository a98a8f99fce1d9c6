using Microsoft.Playwright;
using SiteGen.BrowserTests.Browser;

namespace SiteGen.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class NotFoundTests(ServedSites sites)
{
    [SkippableTheory]
    [InlineData("no-such-dispatch/")]
    [InlineData("2022/05/15/a-dispatch-that-never-was/")]
    [InlineData("actors/nobody/feed.xml")]
    public async Task UnknownUrlShowsTheStyled404Page(string path)
    {
        await using var session = await sites.OpenAsync(sites.Sample);
        session.Expect404(path);
        var response = await session.GotoAsync(path);

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(session.Page.Locator("h1")).ToHaveTextAsync("Page not found");
        await Assertions.Expect(session.Page.Locator("link[rel=stylesheet]")).ToHaveCountAsync(1);
        Assert.Equal("rgb(253, 252, 249)", await session.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));

        await session.Page.GetByRole(AriaRole.Link, new() { Name = "Russo-Ukrainian War 5/15/22" }).ClickAsync();
        await Assertions.Expect(session.Page.Locator("h1")).ToHaveTextAsync("Russo-Ukrainian War 5/15/22");
        session.AssertNoProblems("Trouble on the 404 page");
    }
}
