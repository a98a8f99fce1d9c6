using Microsoft.Playwright;
using SiteGen.BrowserTests.Hosting;

namespace SiteGen.BrowserTests.Browser;

/// <summary>
/// A page in its own browser context that notes every sign of trouble: console errors, uncaught exceptions,
/// failed requests, HTTP errors, and any request for a host other than the test server (which is refused).
/// </summary>
public sealed partial class PageSession : IAsyncDisposable
{
    private readonly List<string> _problems = [];
    private readonly HashSet<string> _expected404 = new(StringComparer.Ordinal);
    private readonly IBrowserContext _context;

    private PageSession(IBrowserContext context, IPage page, StaticSiteHost host)
    {
        _context = context;
        Page = page;
        Host = host;
    }

    public IPage Page { get; }

    public StaticSiteHost Host { get; }

    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problems)
            {
                return [.. _problems];
            }
        }
    }

    public static async Task<PageSession> StartAsync(IBrowserContext context, StaticSiteHost host)
    {
        var page = await context.NewPageAsync();
        var session = new PageSession(context, page, host);
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.Scheme is "data" or "blob" || (url.Host == host.BaseUri.Host && url.Port == host.BaseUri.Port))
            {
                await route.ContinueAsync();
                return;
            }

            session.Note($"request to another host, refused: {route.Request.Url}");
            await route.AbortAsync();
        });
        page.Console += (_, message) =>
        {
            // Chromium logs the 404 of a page that is meant to be missing, at "url:line:column".
            if (message.Type == "error" && !session.IsExpected(Position().Replace(message.Location, string.Empty)))
            {
                session.Note($"console error: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => session.Note($"uncaught exception: {error}");
        page.RequestFailed += (_, request) => session.Note($"failed request: {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !session.IsExpected(response.Url))
            {
                session.Note($"HTTP {response.Status}: {response.Url}");
            }
        };
        return session;
    }

    /// <summary>Goes to a site path (relative to the base path) and waits for the page, and for search results when it searched.</summary>
    public async Task<IResponse?> GotoAsync(string sitePath)
    {
        var response = await Page.GotoAsync(Host.Url(sitePath), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (sitePath.Contains("?q=", StringComparison.Ordinal))
        {
            await Page.WaitForFunctionAsync("() => /match|unavailable/.test(document.getElementById('search-status').textContent)");
        }

        return response;
    }

    /// <summary>Declares that <paramref name="sitePath"/> is meant to answer 404, so that it is not noted as trouble.</summary>
    public void Expect404(string sitePath)
    {
        lock (_problems)
        {
            _expected404.Add(Host.Url(sitePath));
        }
    }

    /// <summary>Fails the test, listing what went wrong, unless nothing did.</summary>
    public void AssertNoProblems(string what)
    {
        var problems = Problems;
        Assert.True(problems.Count == 0, $"{what}:\n  " + string.Join("\n  ", problems));
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();

    private bool IsExpected(string url)
    {
        lock (_problems)
        {
            return _expected404.Contains(url);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@":\d+:\d+$")]
    private static partial System.Text.RegularExpressions.Regex Position();

    private void Note(string problem)
    {
        lock (_problems)
        {
            _problems.Add(problem);
        }
    }
}
