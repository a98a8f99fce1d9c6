using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>What authors coming from GitHub, Hugo or a WordPress editor write and expect to see rendered.</summary>
public sealed class GitHubMarkdownTests
{
    private const string Site = """
        -- site.yml --
        title: T
        base_url: https://example.org/
        -- content/actors/kherson.md --
        ---
        name: Kherson
        kind: place
        ---
        -- content/dispatches/a.md --
        ---
        title: A
        date: 2022-05-15
        actors: [kherson]
        ---
        Correction: ~~5,000~~ 500 troops near Kherson, per https://example.org/report?id=7 and www.example.net.

        A single ~tilde~ stays, and so does `~~code~~`; the link https://example.org/kherson-report names no actor.
        """;

    [Fact]
    public void StrikethroughAndBareUrlsRenderAsOnGitHub()
    {
        var html = TestSite.Parse(Site).BuildOk().Text("2022/05/15/a/index.html");
        Assert.Contains("Correction: <del>5,000</del> 500 troops near <a href=\"/actors/kherson/\" class=\"actor\">Kherson</a>, per <a href=\"https://example.org/report?id=7\">https://example.org/report?id=7</a> and <a href=\"http://www.example.net\">www.example.net</a>.", html, StringComparison.Ordinal);
        Assert.Contains("A single ~tilde~ stays, and so does <code>~~code~~</code>; the link <a href=\"https://example.org/kherson-report\">https://example.org/kherson-report</a> names no actor.", html, StringComparison.Ordinal);
    }
}
