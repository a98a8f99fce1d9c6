using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

[Trait("Category", "Robustness")]
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
    public void EveryScribanBuiltInIsThere()
    {
        // A theme may use any of Scriban's sets of built-in functions, and set what Scriban lets it set (date.format).
        var site = TestSite.Parse(Site + """

            -- layouts/dispatch.sbn --
            <p>{{ string.upcase "ab" }}|{{ [3, 1, 2] | array.sort | array.join "," }}|{{ html.strip "<b>x</b>" }}|{{ math.round 2.6 }}|{{ object.typeof 1 }}|{{ regex.replace "a1b2" "[0-9]" "" }}|{{ (timespan.from_hours 2).total_minutes }}|{{ date.parse "2022-05-15" | date.to_string "%Y" }}|{{ "" == empty }}|{{ [] == blank }}</p>
            -- layouts/page.sbn --
            {{ date.format = "%d" }}<p>{{ date.parse "2022-05-15" }}</p>
            -- content/pages/about.md --
            ---
            title: About
            ---
            """).BuildOk();
        Assert.Contains("<p>AB|1,2,3|x|3|number|ab|120|2022|false|true</p>", site.Text("2022/05/15/a/index.html"), StringComparison.Ordinal);
        Assert.Contains("<p>15</p>", site.Text("about/index.html"), StringComparison.Ordinal);
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
    public void BaseofContentIsWrittenAsMarkupAndReadAsText()
    {
        // content goes in as markup; captured, filtered or read as .value it is the same text.
        var site = TestSite.Parse(Site + """

            -- layouts/page.sbn --
            <p>layout & co</p>
            -- layouts/baseof.sbn --
            [{{ content }}]
            {{~ capture kept }}{{ content }}{{ end ~}}
            <i>{{ kept | string.size }} {{ content | string.size }} {{ content.value | string.size }}</i>
            <s>{{ content | string.upcase }}</s>
            -- content/pages/about.md --
            ---
            title: About
            ---
            """).BuildOk();
        var html = site.Text("about/index.html");
        Assert.Contains("[<p>layout & co</p>\n]", html, StringComparison.Ordinal);
        Assert.Contains("<i>19 19 19</i>", html, StringComparison.Ordinal);

        // A filter's result is plain text again, so it is escaped.
        Assert.Contains("<s>&lt;P&gt;LAYOUT &amp; CO&lt;/P&gt;\n</s>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownThemeIsAnError()
    {
        TestSite.Parse(Site.Replace("title: T", "title: T\ntheme: nope", StringComparison.Ordinal)).Build()
            .Expect("site.yml: error SG0403: theme 'nope' not found");
    }

    [Fact]
    public void PagesAreNeverCutShort()
    {
        // One page over Scriban's 1 MB default limit, and many pages that together pass it on one thread: each ends whole.
        var paragraph = string.Concat(Enumerable.Repeat("Shelling was reported near Kharkiv again today. ", 20)) + "\n\n";
        var huge = string.Concat(Enumerable.Repeat(paragraph, 1200));
        var site = TestSite.Parse(Site + "\n-- content/dispatches/huge.md --\n---\ntitle: Huge\ndate: 2022-05-16\n---\n" + huge
            + string.Concat(Enumerable.Range(1, 60).Select(i =>
                $"\n-- content/dispatches/d{i}.md --\n---\ntitle: D{i}\ndate: 2022-04-{i % 28 + 1:00}T{i % 24:00}:00:00Z\n---\n{string.Concat(Enumerable.Repeat(paragraph, 25))}")))
            .BuildOk();
        var hugePage = site.Text("2022/05/16/huge/index.html");
        Assert.True(hugePage.Length > 1_100_000, $"the page has {hugePage.Length} characters");
        foreach (var path in site.Output.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            Assert.EndsWith("</html>", site.Text(path).TrimEnd(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void IncludeWritesInPlaceOrGivesItsResultAsAValue()
    {
        var site = TestSite.Parse(Site + """

            -- layouts/partials/mark.sbn --
            <b>{{ $.size }}</b>
            -- layouts/page.sbn --
            <p>[{{ include 'mark.sbn' 1 }}]</p>
            {{~ x = include 'mark.sbn' 2 3 ~}}
            <p>{{ x }}|{{ x }}</p>
            <p>{{ include 'mark.sbn' | string.upcase }}</p>
            {{~ capture y }}{{ include 'mark.sbn' 4 }}{{ end ~}}
            <p>{{ y | string.size }}</p>
            -- content/pages/about.md --
            ---
            title: About
            ---
            """).BuildOk();
        var html = site.Text("about/index.html");
        // $ holds the arguments after include itself, the partial's name first.
        Assert.Contains("<p>[<b>2</b>\n]</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p><b>3</b>\n|<b>3</b>\n</p>", html, StringComparison.Ordinal);

        // A filter's result is plain text again, so it is escaped.
        Assert.Contains("<p>&lt;B&gt;1&lt;/B&gt;\n</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p>9</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void IncludeCachedRendersOncePerKey()
    {
        var site = TestSite.Parse(Site + """

            -- layouts/partials/stamp.sbn --
            <i>{{ $[1] }}:{{ page.title }}</i>
            -- layouts/page.sbn --
            <p>{{ include_cached 'stamp.sbn' 'fixed' }}|{{ include_cached 'stamp.sbn' page.url }}</p>
            -- content/pages/about.md --
            ---
            title: About
            ---
            -- content/pages/contact.md --
            ---
            title: Contact
            ---
            """).BuildOk();
        var about = site.Text("about/index.html");
        var contact = site.Text("contact/index.html");
        Assert.Contains("|<i>/about/:About</i>\n</p>", about, StringComparison.Ordinal);
        Assert.Contains("|<i>/contact/:Contact</i>\n</p>", contact, StringComparison.Ordinal);

        // Keyed by a constant, the partial was rendered for whichever page came first and reused as it was.
        var start = about.IndexOf("<i>fixed:", StringComparison.Ordinal);
        var fixedStamp = about[start..about.IndexOf("|<i>/about/", start, StringComparison.Ordinal)];
        Assert.Contains("<p>" + fixedStamp + "|", contact, StringComparison.Ordinal);
    }
}
