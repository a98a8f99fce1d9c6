using SiteGen.Tests.Support;

namespace SiteGen.Tests.Building;

/// <summary>
/// Old WordPress query links (<c>/?p=123</c>, <c>/?page_id=45</c>), given as aliases, land on the home page of a
/// static host: the site writes a map of the ids to their pages and a script on the home page that follows it.
/// </summary>
public sealed class WordPressIdLinkTests
{
    private const string Site = """
        -- site.yml --
        title: T
        base_url: https://example.org/briefings/
        per_page: 1
        -- content/dispatches/2022/talks.md --
        ---
        title: Talks
        date: 2022-05-15
        aliases: ["/?p=123", /2022/05/15/old-talks/]
        ---
        Body.
        -- content/dispatches/2022/later.md --
        ---
        title: Later
        date: 2022-05-16
        ---
        Body.
        -- content/pages/about.md --
        ---
        title: About
        aliases: ["https://oldblog.wordpress.com/?page_id=45"]
        ---
        About.
        """;

    [Fact]
    public void TheMapSendsEachIdToItsPageUnderTheBasePathAndOnlyTheHomePageFetchesIt()
    {
        var built = TestSite.Parse(Site).BuildOk();

        Assert.Equal("{\"45\":\"/briefings/about/\",\"123\":\"/briefings/2022/05/15/talks/\"}", built.Text("wordpress-ids.json"));
        var home = built.Text("index.html");
        Assert.Contains("fetch(\"/briefings/wordpress-ids.json\")", home, StringComparison.Ordinal);
        Assert.Contains("location.replace(to+location.hash)", home, StringComparison.Ordinal);
        Assert.True(home.IndexOf("wordpress-ids.json", StringComparison.Ordinal) < home.LastIndexOf("</body>", StringComparison.Ordinal));
        Assert.DoesNotContain("wordpress-ids.json", built.Text("page/2/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("wordpress-ids.json", built.Text("2022/05/15/talks/index.html"), StringComparison.Ordinal);

        // A static host serves the not-found page for /index.php?p=123: its script follows that path alone, under the base path.
        var notFound = built.Text("404.html");
        Assert.Contains("fetch(\"/briefings/wordpress-ids.json\")", notFound, StringComparison.Ordinal);
        Assert.Contains("var h=\"/briefings/index.php\";if(location.pathname!==h&&location.pathname!==h+\"/\")return;", notFound, StringComparison.Ordinal);
        Assert.DoesNotContain("index.php", home, StringComparison.Ordinal);

        // The path alias still gets its redirect page; the query alias gets none (a static host would never serve it).
        Assert.Contains("http-equiv=\"refresh\"", built.Text("2022/05/15/old-talks/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain(built.Output.Files.Keys, p => p.Contains('?', StringComparison.Ordinal));
    }

    [Fact]
    public void ASiteWithoutOldIdsHasNeitherTheMapNorTheScript()
    {
        var built = TestSite.Parse(Site.Replace("\"/?p=123\", ", string.Empty, StringComparison.Ordinal)
            .Replace("aliases: [\"https://oldblog.wordpress.com/?page_id=45\"]", "aliases: [/about-us/]", StringComparison.Ordinal)).BuildOk();

        Assert.False(built.Has("wordpress-ids.json"));
        Assert.DoesNotContain("wordpress-ids", built.Text("index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("wordpress-ids", built.Text("404.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/2022/?p=1", "'/?p=1'")]
    [InlineData("https://oldblog.wordpress.com/2022/05/?page_id=7", "'/?page_id=7'")]
    [InlineData("/?s=drones", "'/?p=ID'")]
    [InlineData("/?p=1&page_id=2", "one parameter")]
    public void AQueryAliasTheHomePageCannotAnswerIsAnErrorAtItsPlaceWithTheFix(string alias, string fix)
    {
        var built = TestSite.Parse(Site.Replace("\"/?p=123\"", $"\"{alias}\"", StringComparison.Ordinal)).Build();

        Assert.False(built.Result.Succeeded);
        built.Expect("content/dispatches/2022/talks.md(4,11)", "SG0237", alias, fix);
    }

    [Theory]
    [InlineData("https://oldblog.wordpress.com/2022/05/15/old-talks/?amp=1")]
    [InlineData("/2022/05/15/old-talks/?utm_source=x#comments")]
    public void AnAliasWhoseQueryNamesNoIdIsItsPath(string alias)
    {
        // A shared link's tracking or AMP query, which a static host ignores as WordPress's own page did.
        var built = TestSite.Parse(Site.Replace("/2022/05/15/old-talks/]", $"\"{alias}\"]", StringComparison.Ordinal)).BuildOk();

        Assert.Contains("http-equiv=\"refresh\"", built.Text("2022/05/15/old-talks/index.html"), StringComparison.Ordinal);
        Assert.Contains("\"123\"", built.Text("wordpress-ids.json"), StringComparison.Ordinal);
    }

    private const string Attachments = """
        -- content/wordpress-attachments.yml --
        # written by sitegen import
        67: "/wp-content/uploads/2022/05/map.jpg"
        68: "https://oldblog.files.wordpress.com/2022/05/plan.pdf"

        """;

    [Fact]
    public void TheOldBlogsAttachmentsLeadToTheirFilesHomeUnderTheBasePathAndAwayAsTheyAre()
    {
        var built = TestSite.Parse(Site + "\n" + Attachments).BuildOk();

        Assert.Equal("{\"45\":\"/briefings/about/\",\"67\":\"/briefings/wp-content/uploads/2022/05/map.jpg\",\"68\":\"https://oldblog.files.wordpress.com/2022/05/plan.pdf\",\"123\":\"/briefings/2022/05/15/talks/\"}",
            built.Text("wordpress-ids.json"));

        // Attachments alone are ids enough for the map and the scripts.
        var alone = TestSite.Parse(Site.Replace("\"/?p=123\", ", string.Empty, StringComparison.Ordinal)
            .Replace("aliases: [\"https://oldblog.wordpress.com/?page_id=45\"]", "aliases: [/about-us/]", StringComparison.Ordinal) + "\n" + Attachments).BuildOk();
        Assert.Contains("\"67\":\"/briefings/wp-content/uploads/2022/05/map.jpg\"", alone.Text("wordpress-ids.json"), StringComparison.Ordinal);
        Assert.Contains("wordpress-ids.json", alone.Text("404.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void AnAttachmentOfAPostsIdIsAnErrorAtItsLine()
    {
        var built = TestSite.Parse(Site + "\n" + Attachments.Replace("68:", "123:", StringComparison.Ordinal)).Build();

        Assert.False(built.Result.Succeeded);
        built.Expect("content/wordpress-attachments.yml(3,1)", "SG0238", "'/?attachment_id=123' leads to content/dispatches/2022/talks.md already");
    }

    [Theory]
    [InlineData("sixty: \"/a.jpg\"", "(2,1)", "a whole number above 0")]
    [InlineData("67: \"wp-content/a.jpg\"", "(2,5)", "neither a site path nor an http(s) address")]
    [InlineData("67: \"/a.jpg?w=640\"", "(2,5)", "has a query or fragment")]
    [InlineData("67: [a, b]", "(2,5)", "names no file")]
    public void AnAttachmentEntryThatNamesNoFileIsAnErrorAtItsPlace(string line, string place, string problem)
    {
        var built = TestSite.Parse(Site + "\n-- content/wordpress-attachments.yml --\n# written by sitegen import\n" + line + "\n").Build();

        Assert.False(built.Result.Succeeded);
        built.Expect("content/wordpress-attachments.yml" + place, "SG0239", problem);
    }

    [Fact]
    public void AnIdLinkWrittenWithoutItsSlashIsTheRoots()
    {
        var built = TestSite.Parse(Site.Replace("\"/?p=123\"", "\"?p=123\"", StringComparison.Ordinal)).BuildOk();

        Assert.Contains("\"123\":\"/briefings/2022/05/15/talks/\"", built.Text("wordpress-ids.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void TwoFilesGivingOneIdIsAnErrorAtTheSecondNamingTheFirst()
    {
        var built = TestSite.Parse(Site.Replace("?page_id=45", "?p=123", StringComparison.Ordinal)).Build();

        Assert.False(built.Result.Succeeded);
        var error = built.Expect("content/pages/about.md(3,11)", "SG0238", "'/?p=123' leads to content/dispatches/2022/talks.md already", "remove it from one");
        Assert.Equal(new Diagnostics.SourceLocation("content/dispatches/2022/talks.md", 4, 11), Assert.Single(error.Related!));
    }

    [Fact]
    public void OneFileMayGiveItsIdAsBothAPostAndAPageLink()
    {
        var built = TestSite.Parse(Site.Replace("\"/?p=123\",", "\"/?p=123\", \"/?page_id=123\",", StringComparison.Ordinal)).BuildOk();

        Assert.Contains("\"123\":\"/briefings/2022/05/15/talks/\"", built.Text("wordpress-ids.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void ADraftsIdStaysOutOfTheMap()
    {
        var built = TestSite.Parse(Site.Replace("date: 2022-05-15\n", "date: 2022-05-15\ndraft: true\n", StringComparison.Ordinal)).BuildOk();

        Assert.Equal("{\"45\":\"/briefings/about/\"}", built.Text("wordpress-ids.json"));
    }
}
