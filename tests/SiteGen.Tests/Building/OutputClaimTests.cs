using SiteGen.Tests.Support;

namespace SiteGen.Tests.Building;

/// <summary>Nothing may silently replace a page or feed SiteGen writes: a static file or a page in its place is an error naming both.</summary>
public sealed class OutputClaimTests
{
    private const string Site = """
        -- site.yml --
        title: T
        base_url: https://example.org/
        -- content/dispatches/a.md --
        ---
        title: A
        date: 2026-03-15
        ---
        Body.
        """;

    [Theory]
    [InlineData("static/index.html")]
    [InlineData("static/feed.xml")]
    [InlineData("static/2026/03/15/a/index.html")]
    [InlineData("static/actors/index.html")]
    [InlineData("static/search/index.html")]
    public void StaticFileInThePlaceOfAGeneratedFileIsAnError(string path)
    {
        var built = TestSite.Parse(Site + $"\n-- {path} --\n<p>mine</p>\n").Build();
        Assert.False(built.Result.Succeeded);
        var error = built.Expect("SG0210", path, "SiteGen's generated output", "rename or remove");
        Assert.Equal(path, error.Location.Path);
    }

    [Fact]
    public void StaticFilesMayStillReplaceThemeAssetsAndRobots()
    {
        var built = TestSite.Parse(Site + "\n-- static/robots.txt --\nUser-agent: *\n-- static/assets/site.css --\nbody{}\n").BuildOk();
        Assert.StartsWith("User-agent: *\n", built.Text("robots.txt"), StringComparison.Ordinal);
        Assert.DoesNotContain("Sitemap", built.Text("robots.txt"), StringComparison.Ordinal);
        Assert.StartsWith("body{}", built.Text("assets/site.css"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("content/dispatches/b.md", "date: 2026-03-16\n", "/2026/03/16/b/", "2026/03/16/b/index.html")]
    [InlineData("content/dispatches/b.md", "date: 2026-03-16\n", "https://old.example/2026/03/16/b/index.html", "2026/03/16/b/index.html")]
    [InlineData("content/pages/p.md", "", "/p/", "p/index.html")]
    public void AnAliasThatIsThePagesOwnUrlIsLeftOut(string file, string date, string alias, string page)
    {
        var built = TestSite.Parse(Site + $"\n-- {file} --\n---\ntitle: B\n{date}aliases: [\"{alias}\", /old/]\n---\nThe page itself.\n").BuildOk();
        Assert.Contains("The page itself.", built.Text(page), StringComparison.Ordinal);
        Assert.Contains("http-equiv=\"refresh\"", built.Text("old/index.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("slug: \"2026\"", "/2026/")]
    [InlineData("aliases: [/2026/03/]", "/2026/03/")]
    [InlineData("slug: actors", "/actors/")]
    public void PageAtTheUrlOfAnArchiveOrOwnPageIsAnError(string field, string url)
    {
        var built = TestSite.Parse(Site + $"\n-- content/pages/p.md --\n---\ntitle: P\n{field}\n---\nP.\n").Build();
        Assert.False(built.Result.Succeeded);
        built.Expect("SG0210", "content/pages/p.md", url, "SiteGen");
    }
}
