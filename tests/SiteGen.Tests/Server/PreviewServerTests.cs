using System.Net;
using SiteGen.Configuration;
using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Server;

public sealed class PreviewServerTests
{
    [Fact]
    public async Task ServesPagesBelowTheBasePathWithTheReloadScript()
    {
        await using var preview = await RunningPreview.StartAsync(ServerSites.Briefings);

        Assert.Equal(new Uri(preview.Session.Root, "/briefings/"), preview.Session.SiteUrl);
        using var response = await preview.Client.GetAsync("/briefings/2022/05/15/first-dispatch/");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("<h1>First dispatch</h1>", html, StringComparison.Ordinal);
        Assert.Contains("new EventSource(\"/briefings/__sitegen/events\")", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ARealBuildNeverCarriesTheReloadScript()
    {
        var built = TestSite.Parse(ServerSites.Briefings).BuildOk();

        Assert.DoesNotContain(built.Output.Files, f => System.Text.Encoding.UTF8.GetString(f.Value).Contains("__sitegen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FilesGetTheirContentTypes()
    {
        await using var preview = await RunningPreview.StartAsync(ServerSites.Briefings);

        var expected = new Dictionary<string, string>
        {
            ["/briefings/feed.xml"] = "application/xml; charset=utf-8",
            ["/briefings/feed.json"] = "application/json; charset=utf-8",
            ["/briefings/robots.txt"] = "text/plain; charset=utf-8",
            ["/briefings/notes/readme.txt"] = "text/plain; charset=utf-8",
            ["/briefings/assets/site.css"] = "text/css; charset=utf-8",
            ["/briefings/assets/site.js"] = "text/javascript; charset=utf-8",
            ["/briefings/.nojekyll"] = "text/plain; charset=utf-8",
        };
        foreach (var (path, type) in expected)
        {
            using var response = await preview.Client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
            Assert.Equal(type, response.Content.Headers.ContentType!.ToString());
        }
    }

    [Fact]
    public async Task UnknownPathsGetTheSite404PageWithStatus404()
    {
        await using var preview = await RunningPreview.StartAsync(ServerSites.Briefings);

        using var response = await preview.Client.GetAsync("/briefings/no/such/page/");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", "/briefings/")]
    [InlineData("/briefings", "/briefings/")]
    [InlineData("/briefings/2022/05/15/first-dispatch", "/briefings/2022/05/15/first-dispatch/")]
    [InlineData("/briefings/about?x=1", "/briefings/about/?x=1")]
    public async Task FoldersAndTheRootRedirectToTheirSlashedPaths(string path, string location)
    {
        await using var preview = await RunningPreview.StartAsync(ServerSites.Briefings);

        using var response = await preview.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(location, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task PathsOutsideTheBasePathAreNotFound()
    {
        await using var preview = await RunningPreview.StartAsync(ServerSites.Briefings);

        using var response = await preview.Client.GetAsync("/2022/05/15/first-dispatch/");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task OnlyGetAndHeadAreAnswered()
    {
        await using var preview = await RunningPreview.StartAsync(ServerSites.Briefings);

        using var post = await preview.Client.PostAsync("/briefings/", new StringContent("x"));
        using var head = await preview.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/briefings/"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.True(head.Content.Headers.ContentLength > 0);
    }

    [Fact]
    public async Task DraftsAreServedWithABannerOnlyWhenAskedFor()
    {
        await using var withDrafts = await RunningPreview.StartAsync(ServerSites.Briefings, options: new BuildOptions { IncludeDrafts = true });
        await using var without = await RunningPreview.StartAsync(ServerSites.Briefings);

        var html = await withDrafts.Client.GetStringAsync("/briefings/2022/05/17/unfinished-business/");
        using var missing = await without.Client.GetAsync("/briefings/2022/05/17/unfinished-business/");
        Assert.Contains("class=\"draft-banner\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task ABrokenEditKeepsTheLastGoodSiteAndAFixServesTheNewOne()
    {
        await using var preview = await RunningPreview.StartAsync(ServerSites.Briefings);
        const string page = "/briefings/2022/05/15/first-dispatch/";
        const string path = "content/dispatches/2022/first.md";

        preview.Folder.Write(path, "---\ntitle: First dispatch\ndate: 2022-05-15\nactors: [belarus]\ntags: [a\n---\nBroken.\n");
        var failed = await preview.Session.RebuildAsync([path]);
        var stillServed = await preview.Client.GetStringAsync(page);

        Assert.False(failed.Served);
        Assert.Contains("Belarus says nothing.", stillServed, StringComparison.Ordinal);
        Assert.Contains("content/dispatches/2022/first.md(", preview.Session.State.ErrorText, StringComparison.Ordinal);

        preview.Folder.Write(path, "---\ntitle: First dispatch\ndate: 2022-05-15\nactors: [belarus]\n---\nBelarus speaks.\n");
        var fixedBuild = await preview.Session.RebuildAsync([path]);
        var served = await preview.Client.GetStringAsync(page);

        Assert.True(fixedBuild.Served);
        Assert.Null(preview.Session.State.ErrorText);
        Assert.Contains("Belarus speaks.", served, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASiteThatNeverBuiltShowsItsErrorsOnEveryPath()
    {
        await using var preview = await RunningPreview.StartAsync(ServerSites.Briefings.Replace("date: 2022-05-16", "date: someday", StringComparison.Ordinal));

        using var response = await preview.Client.GetAsync("/anything");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("content/dispatches/2022/second.md(3,7): error SG0207", html, StringComparison.Ordinal);
        Assert.Contains(LiveReload.EventsPath, html, StringComparison.Ordinal);
    }
}
