using SiteGen.Tests.Support;

namespace SiteGen.Tests.Authoring;

/// <summary>The common front-matter and registry mistakes, each reported once, at its place, with the fix in the message.</summary>
public sealed class AuthoringMessageTests
{
    private const string Registry = """
        -- site.yml --
        title: T
        base_url: https://example.org/
        -- content/actors/belarus.md --
        ---
        name: Belarus
        kind: state
        ---
        -- content/actors/russia.md --
        ---
        name: Russia
        kind: state
        ---
        """;

    private static BuiltSite Build(string files) => TestSite.Parse(Registry + "\n" + files).Build();

    [Fact]
    public void AnUnquotedColonInATitleSaysToQuoteIt()
    {
        var built = Build("""
            -- content/dispatches/a.md --
            ---
            title: Russia: day 5 of the "offensive"
            date: 2022-05-15
            ---
            """);

        var error = Assert.Single(built.Errors);
        Assert.Equal(
            "content/dispatches/a.md(2,8): error SG0225: the value of 'title' has a colon and a space in it, which YAML reads as the start of another key; " +
            "quote the value: title: \"Russia: day 5 of the \\\"offensive\\\"\"",
            error.ToString());
    }

    [Fact]
    public void ActorsWrittenWithCommasSayToUseAList()
    {
        var built = Build("""
            -- content/dispatches/a.md --
            ---
            title: A
            date: 2022-05-15
            actors: Belarus, Russia
            ---
            """);

        var error = Assert.Single(built.Errors);
        Assert.Equal(
            "content/dispatches/a.md(4,9): error SG0219: 'actors: Belarus, Russia' is one value with commas in it, not a list; " +
            "use a list: actors: [Belarus, Russia] (or, for one value with a comma, quote it)",
            error.ToString());
    }

    [Fact]
    public void TagsWrittenWithCommasSayToUseAListInsteadOfBecomingOneTag()
    {
        var built = Build("""
            -- content/dispatches/a.md --
            ---
            title: A
            date: 2022-05-15
            tags: diplomacy, sanctions
            ---
            """);

        built.Expect("content/dispatches/a.md(4,7): error SG0219: 'tags: diplomacy, sanctions' is one value with commas in it, not a list; use a list: tags: [diplomacy, sanctions]");
        Assert.False(built.Result.Succeeded);
    }

    [Fact]
    public void AQuotedValueWithACommaIsTakenAtItsWord()
    {
        var built = TestSite.Parse(Registry + """

            -- content/dispatches/a.md --
            ---
            title: A
            date: 2022-05-15
            tags: "Minsk, 2020"
            ---
            """).BuildOk();

        Assert.Contains("Minsk, 2020", built.Text("2022/05/15/a/index.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("featured_image: /images/a.jpg", "unknown key 'featured_image'; did you mean 'image'?")]
    [InlineData("featured_media: 42", "unknown key 'featured_media'; did you mean 'image'?")]
    [InlineData("excerpt: One sentence.", "unknown key 'excerpt'; did you mean 'summary'?")]
    [InlineData("post_title: A", "unknown key 'post_title'; did you mean 'title'?")]
    [InlineData("post_status: draft", "unknown key 'post_status'; did you mean 'draft'?")]
    public void WordPressHabitsGetADidYouMean(string line, string message)
    {
        var built = TestSite.Parse(Registry + $"""

            -- content/dispatches/a.md --
            ---
            title: A
            date: 2022-05-15
            {line}
            ---
            Text.
            """).BuildOk();

        var warning = Assert.Single(built.Warnings);
        Assert.StartsWith($"content/dispatches/a.md(4,1): warning SG0208: {message}", warning.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnAliasCollisionIsReportedAtTheAliasAndDispatchesNamingItAreNotReportedAgain()
    {
        var built = Build("""
            -- content/actors/republic-of-belarus.md --
            ---
            name: Republic of Belarus
            kind: state
            aliases:
              - RB
              - Belarus
            ---
            -- content/dispatches/a.md --
            ---
            title: A
            date: 2022-05-15
            actors: [Belarus, Russia]
            ---
            -- content/dispatches/b.md --
            ---
            title: B
            date: 2022-05-16
            actors: [belarus]
            ---
            """);

        var error = Assert.Single(built.Errors);
        Assert.Equal(
            "content/actors/republic-of-belarus.md(6,5): error SG0302: the alias 'Belarus' of actor 'republic-of-belarus' is also the name of actor " +
            "'belarus' (content/actors/belarus.md(2,7)); a name or alias may belong to one actor only: remove it from one of them " +
            "(dispatches naming it are not checked until then)",
            error.ToString());
    }

    [Fact]
    public void OneTemplateMistakeIsOneErrorWithTheNumberOfPagesItHit()
    {
        var built = Build("""
            -- layouts/dispatch.sbn --
            <h1>{{ page.dispatch.no_such_member }}</h1>
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
            -- content/dispatches/c.md --
            ---
            title: C
            date: 2022-05-17
            ---
            """);

        var error = Assert.Single(built.Errors);
        Assert.Matches(
            @"^layouts/dispatch\.sbn\(1,\d+\): error SG0402: template error while rendering content/dispatches/[abc]\.md and 2 other pages: Cannot get member with name no_such_member: this value has `actor_neighbours`, .*$",
            error.ToString());
    }

    [Fact]
    public void AContentFolderWithoutDispatchesSaysWhereItLookedAndWhereTheyAre()
    {
        var built = TestSite.Parse("""
            -- site.yml --
            title: T
            content_dir: "."
            -- content/dispatches/a.md --
            ---
            title: A
            date: 2022-05-15
            ---
            """).BuildOk();

        var warning = Assert.Single(built.Warnings);
        Assert.Equal(
            "site.yml: warning SG0218: no dispatches: looked for them in dispatches/ (content_dir: \".\"), which does not exist; " +
            "there is one at content/dispatches/: set content_dir: \"content\" in site.yml",
            warning.ToString());
        Assert.Equal(0, built.Result.Dispatches);
    }

    [Fact]
    public void AnActorRenamedKeepsEveryDispatchNamingItById()
    {
        var built = TestSite.Parse("""
            -- site.yml --
            title: T
            -- content/actors/belarus.md --
            ---
            name: Republic of Belarus
            ---
            -- content/dispatches/a.md --
            ---
            title: A
            date: 2022-05-15
            actors: [belarus]
            ---
            """).BuildOk();

        Assert.Contains("href=\"/actors/belarus/\"", built.Text("2022/05/15/a/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void ADispatchNamingAnActorByAnOldNameSaysToKeepThatNameAsAnAlias()
    {
        var built = Build("""
            -- content/actors/united-nations.md --
            ---
            name: The United Nations Organization
            ---
            -- content/dispatches/a.md --
            ---
            title: A
            date: 2022-05-15
            actors: [United Nations Security Council]
            ---
            """);

        var error = Assert.Single(built.Errors);
        Assert.Equal(
            "content/dispatches/a.md(4,10): error SG0301: unknown actor 'United Nations Security Council'; add content/actors/<id>.md to register it, " +
            "or, if an actor was renamed, add this old name to its aliases",
            error.ToString());
    }

    [Fact]
    public void ADispatchNamingAnActorByAnOldIdSaysToKeepItAsAFormerId()
    {
        var built = Build("""
            -- content/actors/africa-corps.md --
            ---
            name: Africa Corps
            ---
            -- content/dispatches/a.md --
            ---
            title: A
            date: 2022-05-15
            actors: [wagner-group]
            ---
            """);

        var error = Assert.Single(built.Errors);
        Assert.Equal(
            "content/dispatches/a.md(4,10): error SG0301: unknown actor 'wagner-group'; add content/actors/wagner-group.md to register it, " +
            "or, if that actor's file was renamed, add former_ids: [wagner-group] to its new file, which keeps its old page and feeds as well",
            error.ToString());
    }

    [Fact]
    public void AFormerIdStillResolvesAndItsPageAndFeedsStayAtTheOldUrl()
    {
        var built = TestSite.Parse("""
            -- site.yml --
            title: T
            base_url: https://example.org/briefings/
            -- content/actors/republic-of-belarus.md --
            ---
            name: Belarus
            former_ids: [belarus]
            ---
            -- content/dispatches/a.md --
            ---
            title: A
            date: 2022-05-15
            actors: [belarus]
            ---
            """).BuildOk();

        Assert.Contains("href=\"/briefings/actors/republic-of-belarus/\"", built.Text("2022/05/15/a/index.html"), StringComparison.Ordinal);
        var redirect = built.Text("actors/belarus/index.html");
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=/briefings/actors/republic-of-belarus/\">", redirect, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/briefings/actors/republic-of-belarus/\">", redirect, StringComparison.Ordinal);
        foreach (var feed in new[] { "feed.xml", "rss.xml", "feed.json" })
        {
            Assert.Equal(built.Text("actors/republic-of-belarus/" + feed), built.Text("actors/belarus/" + feed));
        }
    }

    [Fact]
    public void AFormerIdAnotherActorHasIsACollisionAtTheFormerId()
    {
        var built = Build("""
            -- content/actors/republic-of-belarus.md --
            ---
            name: Republic of Belarus
            former_ids: [russia]
            ---
            """);

        var error = Assert.Single(built.Errors);
        Assert.StartsWith(
            "content/actors/republic-of-belarus.md(3,14): error SG0302: the former id 'russia' of actor 'republic-of-belarus' is also the name of actor 'russia' (content/actors/russia.md(2,7))",
            error.ToString(), StringComparison.Ordinal);
    }
}
