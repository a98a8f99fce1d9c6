using SiteGen.Tests.Support;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// Bad input gets one exact diagnostic, printed as the CLI prints it, and the build fails.
/// </summary>
/// <remarks>
/// The cases already asserted word for word elsewhere (unclosed front matter, tabs, missing fields, dates, encoding,
/// empty, binary and oversized files, actors, images, unknown config keys) are listed in docs/reliability.md with
/// their tests; this class holds the ones that were asserted only in part.
/// </remarks>
[Trait("Category", "Robustness")]
public sealed class BadInputTests
{
    private const string Config = """
        -- site.yml --
        title: T
        base_url: https://example.org/
        """;

    private const string OneDispatch = Config + """

        -- content/dispatches/a.md --
        ---
        title: A
        date: 2022-05-15
        ---
        Body.
        """;

    private static BuiltSite Build(string site)
    {
        var built = TestSite.Parse(site).Build();
        Assert.False(built.Result.Succeeded, "The build succeeded on bad input.");
        return built;
    }

    /// <summary>Asserts that the build reported exactly these errors, in order, and nothing else at error level.</summary>
    private static void ExpectErrors(BuiltSite built, params string[] errors) =>
        Assert.Equal(errors, built.Errors.Select(d => d.ToString()));

    [Fact]
    public void InvalidYamlIsOneErrorInTheFile()
    {
        var built = Build(Config + """

            -- content/dispatches/a.md --
            ---
            title: A
            date: 2022-05-15
            tags: [one, two
            ---
            Body.
            """);
        ExpectErrors(built, "content/dispatches/a.md(4,7): error SG0205: the value of 'tags' opens a list ([) that is never closed; end it with ] (a list that goes on over more lines indents them)");
    }

    [Theory]
    [InlineData("title: \"Day 5\ndate: 2022-05-15", "content/dispatches/a.md(2,8): error SG0205: the value of 'title' opens a quote (\") that is not closed on its line; end the value there with \" (a quoted value that goes on over more lines indents them)")]
    [InlineData("title: A\nsummary: 'It isn''t over\ndate: 2022-05-15", "content/dispatches/a.md(3,10): error SG0205: the value of 'summary' opens a quote (') that is not closed on its line; end the value there with ' (a quoted value that goes on over more lines indents them)")]
    [InlineData("title: A\ntags:\n  - \"one\n  - two\ndate: 2022-05-15", "content/dispatches/a.md(4,5): error SG0205: a quote (\") opened here is not closed on its line; end the value there with \" (a quoted value that goes on over more lines indents them)")]
    [InlineData("title: A\nsummary: |\n  \"Quoted opening of a paragraph\n  and more\ntags: [\"a, b]\ndate: 2022-05-15", "content/dispatches/a.md(6,8): error SG0205: a quote (\") opened here is not closed on its line; end the value there with \" (a quoted value that goes on over more lines indents them)")]
    [InlineData("title: A\nsummary: \"A long\n  text\"\nmy key: \"oops\ndate: 2022-05-15", "content/dispatches/a.md(5,9): error SG0205: a quote (\") opened here is not closed on its line; end the value there with \" (a quoted value that goes on over more lines indents them)")]
    public void AnUnclosedQuoteIsNamedWhereItOpens(string frontMatter, string error)
    {
        var built = Build(Config + $"\n-- content/dispatches/a.md --\n---\n{frontMatter}\n---\nBody.\n");
        ExpectErrors(built, error);
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("a/b")]
    [InlineData("..\\\\up")]
    public void SlugThatWouldLeaveItsFolderIsRefusedInSoManyWords(string slug)
    {
        var built = Build(Config + $"""

            -- content/dispatches/a.md --
            ---
            title: A
            date: 2022-05-15
            slug: "{slug}"
            ---
            """);
        var written = slug.Replace("\\\\", "\\", StringComparison.Ordinal);
        ExpectErrors(built, $"content/dispatches/a.md(4,7): error SG0211: slug '{written}' must be one path segment: it may not contain '/' or '\\'");
    }

    [Fact]
    public void SlugOfDotsAloneIsRefused()
    {
        var built = Build(Config + """

            -- content/dispatches/a.md --
            ---
            title: A
            date: 2022-05-15
            slug: ".."
            ---
            """);
        var error = Assert.Single(built.Errors);
        Assert.StartsWith("content/dispatches/a.md(4,7): error SG0211: slug '..' ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TwoDispatchesWithOneUrlIsOneErrorNamingBoth()
    {
        var built = Build(Config + """

            -- content/dispatches/a.md --
            ---
            title: Same
            date: 2022-05-15
            slug: same
            ---
            -- content/dispatches/b.md --
            ---
            title: Same again
            date: 2022-05-15
            slug: same
            ---
            """);
        ExpectErrors(built, "content/dispatches/b.md(1,1): error SG0210: content/dispatches/b.md and content/dispatches/a.md both want the URL /2022/05/15/same/; change a slug or a date so that each has its own");
        Assert.Equal("content/dispatches/a.md(1,1)", Assert.Single(built.Errors[0].Related!).ToString());
    }

    [Fact]
    public void AnAliasTwoFilesGiveIsAnErrorAtTheAliasThatSaysToTakeItOut()
    {
        var built = Build(Config + """

            -- content/dispatches/a.md --
            ---
            title: First
            date: 2022-05-15
            aliases: [/old-post/]
            ---
            -- content/dispatches/b.md --
            ---
            title: Second
            date: 2022-05-16
            aliases:
              - /2022/05/15/first/
              - /old-post/
            ---
            """);
        ExpectErrors(built,
            "content/dispatches/b.md(5,5): error SG0210: an alias of content/dispatches/b.md and content/dispatches/a.md both want the URL /2022/05/15/first/; an old URL leads to one page: take it out of these aliases, or out of the other file's",
            "content/dispatches/b.md(6,5): error SG0210: an alias of content/dispatches/b.md and an alias of content/dispatches/a.md both want the URL /old-post/; an old URL leads to one page: take it out of these aliases, or out of the other file's");
        Assert.Equal("content/dispatches/a.md(4,11)", Assert.Single(built.Errors[1].Related!).ToString());
    }

    [Fact]
    public void BlockLeftOpenPointsAtTheStatementThatOpensIt()
    {
        // Scriban reports the missing end where the file ends; the for on line 3 is what wants it (the if is closed).
        var built = Build(OneDispatch + """

            -- layouts/dispatch.sbn --
            {{ if page.dispatch.tags }}<p>tagged</p>{{ end }}
            <ul>
            {{ for a in page.dispatch.actors }}
            <li>{{ a.name }}</li>
            </ul>
            """);
        var error = Assert.Single(built.Errors).ToString();
        Assert.StartsWith("layouts/dispatch.sbn(3,4): error SG0401: template syntax error: this 'for' has no {{ end }}; close its block with {{ end }}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void BlockLeftOpenInAPartialPointsAtTheStatementThatOpensIt()
    {
        var built = Build(OneDispatch + """

            -- layouts/partials/byline.sbn --
            <p>{{ site.title }}</p>
            {{- if page.dispatch.summary; x = 1 }}<p>{{ page.dispatch.summary }}</p>
            -- layouts/dispatch.sbn --
            <h1>{{ page.title }}</h1>{{ include 'byline.sbn' }}
            """);
        var error = Assert.Single(built.Errors).ToString();
        Assert.StartsWith("layouts/partials/byline.sbn(2,5): error SG0401: template syntax error: this 'if' has no {{ end }}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TemplateSyntaxErrorPointsAtTheTemplate()
    {
        var built = Build(OneDispatch + """

            -- layouts/dispatch.sbn --
            <h1>{{ page.title | }}</h1>
            """);
        ExpectErrors(built, "layouts/dispatch.sbn(1,21): error SG0401: template syntax error: Error while parsing pipe expression: Expecting <expression> instead of `}}` in: <expression> | <expression>");
    }

    [Fact]
    public void TemplateReadingAMissingMemberNamesTemplateAndPage()
    {
        var built = Build(OneDispatch + """

            -- layouts/dispatch.sbn --
            <h1>{{ page.dispatch.no_such_member.title }}</h1>
            """);
        ExpectErrors(built, "layouts/dispatch.sbn(1,22): error SG0402: template error while rendering content/dispatches/a.md: Cannot get member with name no_such_member: "
            + "this value has `actor_neighbours`, `actors`, `author_links`, `authors`, `categories`, `category_links`, `content`, `date`, `draft`, `image`, `more`, `next`, `previous`, "
            + "`reading_minutes`, `related`, `series`, `series_part`, `sources`, `sticky`, `summary`, `tag_links`, `tags`, `title`, `updated`, `updates`, `url`, `word_count`");
        Assert.Equal("content/dispatches/a.md", Assert.Single(built.Errors[0].Related!).ToString());
    }

    [Theory]
    [InlineData("{{ page.dispatch.contnet }}", "(1,18)", "Cannot get member with name contnet: did you mean `content`?")]
    [InlineData("{{ page.title | string.upcse }}", "(1,24)", "Cannot get member with name upcse: did you mean `upcase`?")]
    [InlineData("{{ page.title | strng.upcase }}", "(1,17)", "The variable or function `strng` was not found: did you mean `string`?")]
    [InlineData("{{ pgae.title }}", "(1,4)", "The variable or function `pgae` was not found: did you mean `page`?")]
    [InlineData("{{ for p in [page] }}{{ p.titel }}{{ end }}", "(1,27)", "Cannot get member with name titel: did you mean `title`?")]
    public void TemplateTypoSaysWhatWasMeant(string template, string position, string message)
    {
        var built = Build(OneDispatch + "\n-- layouts/dispatch.sbn --\n" + template + "\n");
        ExpectErrors(built, $"layouts/dispatch.sbn{position}: error SG0402: template error while rendering content/dispatches/a.md: {message}");
    }

    [Fact]
    public void ShortNameTwoEditsFromAnotherIsNotTakenForATypo()
    {
        // "long" is two edits from "zone": another word, not a slip of the finger, so the names there are help more.
        var built = Build(OneDispatch + "\n-- layouts/dispatch.sbn --\n{{ page.dispatch.date.long }}\n");
        ExpectErrors(built, "layouts/dispatch.sbn(1,23): error SG0402: template error while rendering content/dispatches/a.md: Cannot get member with name long: "
            + "this value has `display`, `has_time`, `iso`, `month`, `month_url`, `time`, `value`, `zone`");
    }

    [Fact]
    public void UnknownTemplateVariableListsThePageVariables()
    {
        var built = Build(OneDispatch + """

            -- layouts/dispatch.sbn --
            {{ nothing_like_it }}
            """);
        ExpectErrors(built, "layouts/dispatch.sbn(1,4): error SG0402: template error while rendering content/dispatches/a.md: The variable or function `nothing_like_it` was not found: "
            + "the page's variables are `array`, `blank`, `date`, `empty`, `html`, `include`, `include_cached`, `include_join`, `math`, `object`, `page`, `paginator`, `regex`, `site`, `string`, `timespan`");
    }

    [Fact]
    public void MissingThemeSaysWhatExists()
    {
        // A theme folder lacking a layout falls back to the built-in one (Rendering/TemplateTests); a theme that is
        // not there at all is the missing layout that remains.
        var built = Build(OneDispatch.Replace("title: T", "title: T\ntheme: nope", StringComparison.Ordinal));
        ExpectErrors(built, "site.yml: error SG0403: theme 'nope' not found: there is no folder themes/nope/ in the site, and the only built-in theme is 'default'");
    }

    [Fact]
    public void MissingPartialNamesTheTemplateAndThePage()
    {
        var built = Build(OneDispatch + """

            -- layouts/dispatch.sbn --
            {{ include 'partials/nope.sbn' }}
            """);
        ExpectErrors(built, "layouts/dispatch.sbn(1,4): error SG0402: template error while rendering content/dispatches/a.md: no partial 'partials/nope.sbn' in layouts/partials/ of the site or its theme; "
            + "the partials are 'card.sbn', 'footer.sbn', 'head-site.sbn', 'head.sbn', 'header.sbn', 'pagination.sbn'");
    }

    [Fact]
    public void MisspeltPartialSaysWhichWasMeant()
    {
        var built = Build(OneDispatch + """

            -- layouts/dispatch.sbn --
            {{ include 'crad' }}
            -- layouts/partials/byline.sbn --
            by
            """);
        ExpectErrors(built, "layouts/dispatch.sbn(1,4): error SG0402: template error while rendering content/dispatches/a.md: no partial 'crad' in layouts/partials/ of the site or its theme; did you mean 'card.sbn'?");
    }

    [Theory]
    [InlineData("example.org", "is not an absolute http:// or https:// URL (for example https://user.github.io/briefings/)")]
    [InlineData("/briefings/", "is not an absolute http:// or https:// URL (for example https://user.github.io/briefings/)")]
    [InlineData("ftp://example.org/", "is not an absolute http:// or https:// URL (for example https://user.github.io/briefings/)")]
    [InlineData("https://example.org/?x=1", "must not have a query or a fragment")]
    [InlineData("https://example.org/#top", "must not have a query or a fragment")]
    public void MalformedBaseUrlSaysWhatIsWrong(string url, string problem)
    {
        var built = Build($"""
            -- site.yml --
            title: T
            base_url: "{url}"
            """);
        ExpectErrors(built, $"site.yml(2,11): error SG0105: base_url '{url}' {problem}");
    }

    [Fact]
    public void UnknownConfigKeyIsAnErrorEvenWhenNothingIsClose()
    {
        var built = Build("""
            -- site.yml --
            title: T
            colour_scheme: dark
            """);
        var error = Assert.Single(built.Errors);
        Assert.StartsWith("site.yml(2,1): error SG0103: unknown key 'colour_scheme'", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void LinkThatBeginsWithTheBasePathIsTakenAsBasedAndReportedWhenItIsNot()
    {
        // Under the base path /2022/, "/2022/05/15/a/" reads as already based (site path /05/15/a/): ambiguous, so
        // the link check reports it rather than the page linking somewhere else in silence.
        var built = Build("""
            -- site.yml --
            title: T
            base_url: https://example.org/2022/
            -- content/dispatches/a.md --
            ---
            title: A
            date: 2022-05-15
            ---
            -- content/dispatches/b.md --
            ---
            title: B
            date: 2022-05-16
            ---
            See [A](/2022/05/15/a/).
            """);
        ExpectErrors(built, "content/dispatches/b.md(5,5): error SG0503: broken link: 2022/05/16/b/index.html -> /2022/05/15/a/ (no such file in the output)");
    }

    [Fact]
    public void EveryBadFileOfOneSiteIsReportedInOneBuild()
    {
        var site = TestSite.Parse(Config + """

            -- content/dispatches/unclosed.md --
            ---
            title: A
            -- content/dispatches/nodate.md --
            ---
            title: B
            ---
            -- content/dispatches/baddate.md --
            ---
            title: C
            date: yesterday
            ---
            """);
        site.Files.Set("content/dispatches/empty.md", Array.Empty<byte>());
        var built = site.Build();
        Assert.False(built.Result.Succeeded);
        Assert.Equal(
            [
                "content/dispatches/baddate.md(3,7): error SG0207",
                "content/dispatches/empty.md: error SG0203",
                "content/dispatches/nodate.md(1,1): error SG0206",
                "content/dispatches/unclosed.md(1,1): error SG0204",
            ],
            built.Errors.Select(d => d.ToString()[..d.ToString().IndexOf(':', d.ToString().IndexOf("error", StringComparison.Ordinal))]));
    }
}
