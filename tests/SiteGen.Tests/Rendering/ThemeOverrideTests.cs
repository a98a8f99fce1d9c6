using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

public sealed class ThemeOverrideTests
{
    private const string Site = """
        -- site.yml --
        title: Briefings
        base_url: https://example.org/
        -- content/dispatches/2022/first.md --
        ---
        title: First <dispatch>
        date: 2022-05-15
        ---
        Body.
        -- content/pages/about.md --
        ---
        title: About
        ---
        About us.
        """;

    [Fact]
    public void SitePartialReplacesTheBuiltInOneAndLeavesTheRest()
    {
        var site = TestSite.Parse(Site + "\n" + """
            -- layouts/partials/footer.sbn --
            <footer class="site-footer"><p>Corrections desk for {{ site.title }}</p></footer>
            """).BuildOk();

        var html = site.Text("2022/05/15/first-dispatch/index.html");
        Assert.Contains("<p>Corrections desk for Briefings</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Atom feed", html, StringComparison.Ordinal);
        Assert.Contains("class=\"site-title\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ThemeFolderNeedsOnlyTheFilesItChanges()
    {
        var site = TestSite.Parse(Site.Replace("base_url:", "theme: plain\nbase_url:", StringComparison.Ordinal) + "\n" + """
            -- themes/plain/layouts/page.sbn --
            <article class="plain-page"><h1>{{ page.title }}</h1>{{ page.content }}</article>
            -- themes/plain/assets/extra.css --
            .plain-page { margin: 0; }
            """).BuildOk();

        Assert.Contains("<article class=\"plain-page\"><h1>About</h1>", site.Text("about/index.html"), StringComparison.Ordinal);
        Assert.Contains("<article class=\"dispatch", site.Text("2022/05/15/first-dispatch/index.html"), StringComparison.Ordinal);
        Assert.True(site.Has("assets/extra.css"));
        Assert.Contains("--bg:", site.Text("assets/site.css"), StringComparison.Ordinal);
    }

    [Fact]
    public void SiteLayoutWinsOverTheThemeFolderAndTheThemeAssetOverTheBuiltIn()
    {
        var site = TestSite.Parse(Site.Replace("base_url:", "theme: plain\nbase_url:", StringComparison.Ordinal) + "\n" + """
            -- themes/plain/layouts/page.sbn --
            <p>theme page</p>
            -- layouts/page.sbn --
            <h1>site page</h1>
            -- themes/plain/assets/site.css --
            body { color: black; }
            """).BuildOk();

        Assert.Contains("<h1>site page</h1>", site.Text("about/index.html"), StringComparison.Ordinal);
        Assert.Equal("body { color: black; }\n", site.Text("assets/site.css"));
    }

    [Fact]
    public void OverriddenLayoutsStillEscapeEveryValue()
    {
        var site = TestSite.Parse(Site + "\n" + """
            -- layouts/dispatch.sbn --
            <h1>{{ page.dispatch.title }}</h1><p title="{{ page.title }}">x</p>
            """).BuildOk();

        var html = site.Text("2022/05/15/first-dispatch/index.html");
        Assert.Contains("<h1>First &lt;dispatch&gt;</h1>", html, StringComparison.Ordinal);
        Assert.Contains("title=\"First &lt;dispatch&gt;\"", html, StringComparison.Ordinal);
    }
}
