using SiteGen.Server.Hosting;

namespace SiteGen.Tests.Server;

public sealed class RequestRouterTests
{
    private static readonly HashSet<string> Files = ["index.html", "about/index.html", "feed.xml", "404.html", "a b/index.html", "feed/index.xml"];

    [Theory]
    [InlineData("/briefings/", nameof(RouteKind.File), "index.html")]
    [InlineData("/briefings/about/", nameof(RouteKind.File), "about/index.html")]
    [InlineData("/briefings/feed.xml", nameof(RouteKind.File), "feed.xml")]
    [InlineData("/briefings/a b/", nameof(RouteKind.File), "a b/index.html")]
    [InlineData("/briefings/feed/", nameof(RouteKind.File), "feed/index.xml")]
    [InlineData("/briefings/about", nameof(RouteKind.Redirect), "/briefings/about/")]
    [InlineData("/briefings/feed", nameof(RouteKind.Redirect), "/briefings/feed/")]
    [InlineData("/briefings", nameof(RouteKind.Redirect), "/briefings/")]
    [InlineData("/", nameof(RouteKind.Redirect), "/briefings/")]
    [InlineData("", nameof(RouteKind.Redirect), "/briefings/")]
    [InlineData("/about/", nameof(RouteKind.NotFound), "")]
    [InlineData("/briefingsx/", nameof(RouteKind.NotFound), "")]
    [InlineData("/briefings/missing", nameof(RouteKind.NotFound), "")]
    [InlineData("/briefings/about/index.html/", nameof(RouteKind.NotFound), "")]
    public void PathsBelowTheBaseMapToSnapshotFiles(string path, string kind, string target)
    {
        Assert.Equal(new Route(Enum.Parse<RouteKind>(kind), target), RequestRouter.Resolve(path, "/briefings/", Files.Contains));
    }

    /// <summary>The server decodes a path once before the router sees it; these are what escapes look like then.</summary>
    [Theory]
    [InlineData("/briefings/../secret.txt")]
    [InlineData("/briefings/..")]
    [InlineData("/briefings/./index.html")]
    [InlineData("/../../etc/passwd")]
    [InlineData("/briefings/%2e%2e/secret.txt")]
    [InlineData("/briefings/%2E%2E/secret.txt")]
    [InlineData("/briefings/.%2e/secret.txt")]
    [InlineData("/briefings/%2e./secret.txt")]
    [InlineData("/briefings/..%2fsecret.txt")]
    [InlineData("/briefings/..%2Fsecret.txt")]
    [InlineData("/briefings/..%5csecret.txt")]
    [InlineData("/briefings/%252e%252e/secret.txt")]
    [InlineData("/briefings/..\\secret.txt")]
    [InlineData("/briefings/\\..\\secret.txt")]
    [InlineData("/briefings/C:/Windows/win.ini")]
    [InlineData("/briefings/c:%5cwindows")]
    [InlineData("//etc/passwd")]
    [InlineData("/briefings//etc/passwd")]
    [InlineData("/briefings/a\0b")]
    [InlineData("/briefings/a\r\nLocation: http://evil/")]
    [InlineData("/briefings/..\u2215secret.txt")]
    [InlineData("/briefings/..\u2216secret.txt")]
    [InlineData("/briefings/..\uFF0Fsecret.txt")]
    [InlineData("etc/passwd")]
    public void EscapesInAnyEncodingAreRefused(string path)
    {
        Assert.Equal(RouteKind.BadRequest, RequestRouter.Resolve(path, "/briefings/", Files.Contains).Kind);
    }

    [Fact]
    public void AtTheRootEveryPathIsTheSite()
    {
        Assert.Equal(new Route(RouteKind.File, "index.html"), RequestRouter.Resolve("/", "/", Files.Contains));
        Assert.Equal(new Route(RouteKind.Redirect, "/about/"), RequestRouter.Resolve("/about", "/", Files.Contains));
        Assert.Equal(RouteKind.BadRequest, RequestRouter.Resolve("//evil.example/", "/", Files.Contains).Kind);
    }
}
