using SiteGen.Tests.Import.Support;

namespace SiteGen.Tests.Import;

/// <summary>
/// A scraped text of a post the blog's export holds is that post: found by the URL the text carries, else by its title
/// on its day where that names one post alone; where it names none or several, the text is reported, not guessed at.
/// </summary>
public sealed class TextOfExportedPostTests
{
    private const string SiteYml = "title: T\nbase_url: https://example.org/\ntime_zone: America/New_York\n";
    private const string Blog = "https://briefingsonthewar.wordpress.com";

    // Shaped like seeds/000_874e7ce6b1c5c13d.txt: the title line, the featured image's credit, the body, the footer.
    private static string Text(string title, string? url = null) => $"""
        {title}
        {(url is null ? string.Empty : url + "\n")}
        A Belarusian protestor during the 2020 election protests, carrying the opposition flag of Belarus. (Image via Jana Shnipelson)

        Lukashenko has continued his rather measured approach to Russia’s failure in Ukraine.

        Published by

        Create a website or blog at

        %d bloggers like this:
        """;

    private static string Item(long id, string title, string slug) =>
        Wxr.Item(id, title, slug, blogUrl: Blog, date: "2022-05-15 20:00:00", gmt: "2022-05-16 00:00:00",
            content: "<p>Lukashenko has continued his rather measured approach to Russia’s failure in Ukraine.</p>");

    [Fact]
    public void ATextWithItsUrlIsTheExportsPostRetitledSince()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);
        var export = site.Input("blog.xml", Wxr.ExportOf(Blog, Item(12, "Russo-Ukrainian War 5/15/22: Belarus", "russo-ukrainian-war-5-15-22")));
        var text = site.Input("000.txt", Text("Russo-Ukrainian War 5/15/22", $"{Blog}/2022/05/15/russo-ukrainian-war-5-15-22/"));
        var report = site.Import(export, text);

        Assert.Equal(["content/dispatches/2022/russo-ukrainian-war-5-15-22.md"], site.Files("content/dispatches"));
        Assert.Contains("blog.xml", Assert.Single(report.Skipped).Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "SG0617");
    }

    [Fact]
    public void ABareUrlOfAnotherPostOfTheSameDayIsNotTheTextsAddress()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);
        var export = site.Input("blog.xml", Wxr.ExportOf(Blog, Item(12, "Russo-Ukrainian War 5/15/22", "russo-ukrainian-war-5-15-22"), Item(13, "Kherson counteroffensive", "kherson-counteroffensive")));
        var text = site.Input("000.txt", Text("Russo-Ukrainian War 5/15/22", $"{Blog}/2022/05/15/kherson-counteroffensive/"));
        var report = site.Import(export, text);

        var skipped = Assert.Single(report.Skipped);
        Assert.Contains("'Russo-Ukrainian War 5/15/22' of its day", skipped.Reason, StringComparison.Ordinal);
        Assert.Empty(ImportSandbox.PathAliases(site.Read("content/dispatches/2022/kherson-counteroffensive.md")));
    }

    [Theory]
    [InlineData("russo-ukrainian-war-5-15-22", true)]
    [InlineData("russo-ukrainian-war-51522", true)]
    [InlineData("russo-ukrainian-war-5-15-22-2", true)]
    [InlineData("russo-ukrainian-war", true)]
    [InlineData("kherson-counteroffensive", false)]
    [InlineData("russo-ukrainian-war-5-16-22", false)]
    public void ASlugAgreesWithTheTitleWordPressMadeItOf(string slug, bool agrees) =>
        Assert.Equal(agrees, SiteGen.Import.Text.ScrapedTextReader.IsSlugOf(slug, "Russo-Ukrainian War 5/15/22"));

    [Fact]
    public void ATextWithoutUrlOfATitleTwoPostsHadThatDayIsReportedNotGuessed()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);
        site.Import(site.Input("blog.xml", Wxr.ExportOf(Blog, Item(12, "Russo-Ukrainian War 5/15/22", "russo-ukrainian-war-5-15-22"), Item(13, "Russo-Ukrainian War 5/15/22", "russo-ukrainian-war-5-15-22-2"))));
        var before = site.Files("content/dispatches").Select(site.Read).ToList();

        var report = site.Import(site.Input("000.txt", Text("Russo-Ukrainian War 5/15/22")));

        var warning = Assert.Single(report.Diagnostics, d => d.Code == "SG0617");
        Assert.Equal(("inputs/000.txt", 1, 1), (warning.Location.Path, warning.Location.Line, warning.Location.Column));
        Assert.Contains("russo-ukrainian-war-5-15-22.md", warning.Message, StringComparison.Ordinal);
        Assert.Contains("russo-ukrainian-war-5-15-22-2.md", warning.Message, StringComparison.Ordinal);
        Assert.Contains("URL on the line after the title", warning.Message, StringComparison.Ordinal);
        Assert.Empty(report.Files);
        Assert.Equal(before, site.Files("content/dispatches").Select(site.Read).ToList());
    }

    [Fact]
    public void ATextWithoutUrlOfATitleTwoPostsOfOneExportHadThatDayIsReportedNotGuessed()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);
        var report = site.Import(
            site.Input("blog.xml", Wxr.ExportOf(Blog, Item(12, "Russo-Ukrainian War 5/15/22", "russo-ukrainian-war-5-15-22"), Item(13, "Russo-Ukrainian War 5/15/22", "russo-ukrainian-war-5-15-22-2"))),
            site.Input("000.txt", Text("Russo-Ukrainian War 5/15/22")));

        Assert.Single(report.Diagnostics, d => d.Code == "SG0617" && d.Location.Path == "inputs/000.txt" && d.Location.Line == 1);
        Assert.Equal(2, site.Files("content/dispatches").Count);
    }

    [Fact]
    public void ATextWithoutUrlThatNoPostOfItsDayIsTitledIsImportedAndReported()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);
        var report = site.Import(
            site.Input("blog.xml", Wxr.ExportOf(Blog, Item(12, "Russo-Ukrainian War 5/15/22: Belarus", "russo-ukrainian-war-5-15-22"))),
            site.Input("000.txt", Text("Russo-Ukrainian War 5/15/22")));

        var warning = Assert.Single(report.Diagnostics, d => d.Code == "SG0617");
        Assert.Contains("Russo-Ukrainian War 5/15/22: Belarus", warning.Message, StringComparison.Ordinal);
        Assert.Equal(2, report.Files.Count);
    }

    [Fact]
    public void ATextWithoutUrlOfOnePostsTitleAndDayIsThatPost()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);
        var report = site.Import(
            site.Input("blog.xml", Wxr.ExportOf(Blog, Item(12, "Russo-Ukrainian War 5/15/22", "russo-ukrainian-war-5-15-22"))),
            site.Input("000.txt", Text("Russo-Ukrainian War 5/15/22")));

        Assert.Equal(["content/dispatches/2022/russo-ukrainian-war-5-15-22.md"], site.Files("content/dispatches"));
        Assert.Single(report.Skipped);
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "SG0617");
    }

    [Fact]
    public void ATextOpeningWithAnEmbeddedTweetKeepsItInItsBody()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);
        var report = site.Import(site.Input("001.txt", Text("Russo-Ukrainian War 5/16/22", "https://twitter.com/DefenceU/status/1526161962234720256")));

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var text = site.Read("content/dispatches/2022/russo-ukrainian-war-5-16-22.md");
        Assert.Contains("\nhttps://twitter.com/DefenceU/status/1526161962234720256\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("aliases:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("1526161962234720256", site.Files("content/dispatches").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void ATextOpeningWithALinkToTheDayBeforesPostIsAPostOfItsOwn()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);
        var yesterday = Wxr.Item(11, "Russo-Ukrainian War 5/14/22", "russo-ukrainian-war-5-14-22", blogUrl: Blog, date: "2022-05-14 20:00:00", gmt: "2022-05-15 00:00:00",
            content: "<p>Russian forces withdrew from the north of Kharkiv overnight, the general staff said.</p>");
        var report = site.Import(site.Input("blog.xml", Wxr.ExportOf(Blog, yesterday)),
            site.Input("002.txt", Text("Russo-Ukrainian War 5/15/22", $"{Blog}/2022/05/14/russo-ukrainian-war-5-14-22/")));

        Assert.Empty(report.Skipped);
        Assert.Equal(["content/dispatches/2022/russo-ukrainian-war-5-14-22.md", "content/dispatches/2022/russo-ukrainian-war-5-15-22.md"], site.Files("content/dispatches").Order(StringComparer.Ordinal));
        var today = site.Read("content/dispatches/2022/russo-ukrainian-war-5-15-22.md");
        Assert.Contains("measured approach", today, StringComparison.Ordinal);
        Assert.Contains("russo-ukrainian-war-5-14-22", today, StringComparison.Ordinal);
    }

    [Fact]
    public void ACopyAtAnotherPostsAddressOfAnotherTitleAndDayIsNotThatPost()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);
        var earlier = Wxr.Item(11, "Russo-Ukrainian War 5/12/22", "russo-ukrainian-war-5-12-22", blogUrl: Blog, date: "2022-05-12 20:00:00", gmt: "2022-05-13 00:00:00",
            content: "<p>Russian forces withdrew from the north of Kharkiv overnight, the general staff said.</p>");
        var report = site.Import(site.Input("blog.xml", Wxr.ExportOf(Blog, earlier)),
            site.Input("002.txt", Text("Russo-Ukrainian War 5/15/22", $"URL: {Blog}/2022/05/12/russo-ukrainian-war-5-12-22/")));

        Assert.Empty(report.Skipped);
        Assert.Equal(2, site.Files("content/dispatches").Count);
        Assert.Contains(site.Files("content/dispatches").Select(site.Read), t => t.Contains("measured approach", StringComparison.Ordinal));
    }

    [Fact]
    public void APostOfTheEveningBeforeIsNotOfATextsDayThoughItIsInUtc()
    {
        using var site = ImportSandbox.Create(SiteYml, withActors: false);
        var evening = Wxr.Item(11, "Russo-Ukrainian War 5/14/22", "russo-ukrainian-war-5-14-22", blogUrl: Blog, date: "2022-05-14 20:00:00", gmt: "2022-05-15 00:00:00",
            content: "<p>Russian forces withdrew from the north of Kharkiv overnight, the general staff said.</p>");
        var report = site.Import(site.Input("blog.xml", Wxr.ExportOf(Blog, evening)), site.Input("002.txt", Text("Russo-Ukrainian War 5/15/22")));

        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "SG0617");
        Assert.Equal(2, site.Files("content/dispatches").Count);
    }
}
