using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

public sealed class TemplateTests
{
    private const string Site = """
        -- site.yml --
        title: T
        -- content/dispatches/a.md --
        ---
        title: A
        date: 2022-05-15
        ---
        Body.
        """;

    [Fact]
    public void SiteLayoutOverridesTheThemeLayout()
    {
        var site = TestSite.Parse(Site + """

            -- layouts/page.sbn --
            <p>custom</p>
            -- layouts/partials/footer.sbn --
            <footer>My own footer for {{ site.title }}</footer>
            -- content/pages/about.md --
            ---
            title: About
            ---
            """).BuildOk();
        Assert.Contains("<p>custom</p>", site.Text("about/index.html"), StringComparison.Ordinal);
        Assert.Contains("<footer>My own footer for T</footer>", site.Text("2022/05/15/a/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void TemplateSyntaxErrorNamesTheTemplatePosition()
    {
        var site = TestSite.Parse(Site + """

            -- layouts/dispatch.sbn --
            <h1>{{ page.title </h1>
            """).Build();
        Assert.False(site.Result.Succeeded);
        site.Expect("layouts/dispatch.sbn(1,", "error SG0401: template syntax error");
    }

    [Fact]
    public void MissingMemberNamesTheTemplateAndThePage()
    {
        var site = TestSite.Parse(Site + """

            -- layouts/dispatch.sbn --
            <h1>{{ page.dispatch.no_such_member.title }}</h1>
            """).Build();
        var diagnostic = site.Expect("layouts/dispatch.sbn(1,", "error SG0402: template error while rendering content/dispatches/a.md");
        Assert.Equal("content/dispatches/a.md", Assert.Single(diagnostic.Related!).Path);
    }

    [Fact]
    public void UndefinedVariableIsAnError()
    {
        TestSite.Parse(Site + """

            -- layouts/dispatch.sbn --
            <h1>{{ no_such_variable }}</h1>
            """).Build().Expect("layouts/dispatch.sbn(1,8): error SG0402");
    }

    [Fact]
    public void ThemeFolderWithoutALayoutUsesTheBuiltInOne()
    {
        // A theme folder holds only what it changes (site layouts/, then themes/<name>/, then the built-in theme),
        // so a layout it lacks is not an error; SG0403 is left for a theme that does not exist at all.
        var site = TestSite.Parse(Site.Replace("title: T", "title: T\ntheme: bare", StringComparison.Ordinal) + """

            -- themes/bare/layouts/baseof.sbn --
            {{ content }}
            """).BuildOk();
        var html = site.Text("2022/05/15/a/index.html");
        Assert.StartsWith("<article class=\"dispatch", html.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownThemeIsAnError()
    {
        TestSite.Parse(Site.Replace("title: T", "title: T\ntheme: nope", StringComparison.Ordinal)).Build()
            .Expect("site.yml: error SG0403: theme 'nope' not found");
    }
}
