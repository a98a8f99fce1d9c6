using SiteGen.Diagnostics;
using SiteGen.Import.Html;

namespace SiteGen.Tests.Import;

/// <summary>A theme's line of the post's tags goes; the author's words that link a tag stay.</summary>
public sealed class SavedPageTermLineTests
{
    private const string Head = """
        <html><head><title>Landgericht – Blog</title>
        <link rel="canonical" href="https://blog.example/2012/05/24/landgericht/">
        <meta property="article:published_time" content="2012-05-24T20:00:00+00:00"></head>
        """;

    private const string Long = "<p>Ein langer erster Absatz über das Verfahren vor dem Landgericht, der hier nur steht, damit der Beitrag Text hat.</p>";

    private static string Body(string content) =>
        Assert.Single(SavedPageReader.Read(Head + "<body><article><h1 class=\"entry-title\">Landgericht</h1><div class=\"entry-content\">" + content + "</div></article></body></html>", "page.html", new DiagnosticBag()).Posts).Body;

    [Fact]
    public void AShortParagraphThatLinksTagsInASentenceStays()
    {
        var body = Body(Long + "<p>Heute wieder <a rel=\"tag\" href=\"/tag/datenschutz/\">Datenschutz</a> und <a rel=\"tag\" href=\"/tag/urheberrecht/\">Urheberrecht</a> am Landgericht.</p>");
        Assert.Contains("Heute wieder", body, StringComparison.Ordinal);
        Assert.Contains("Urheberrecht", body, StringComparison.Ordinal);
    }

    [Fact]
    public void ATagLinkInsideASentenceStays()
    {
        var body = Body("<p>Ein langer erster Absatz über das Verfahren vor dem Landgericht, <span>siehe <a rel=\"tag\" href=\"/tag/x/\">Datenschutz</a></span>, der hier nur steht, damit der Beitrag Text hat.</p>");
        Assert.Contains("siehe [Datenschutz]", body, StringComparison.Ordinal);
    }

    [Fact]
    public void ATagLineBetweenTheAuthorsParagraphsStays()
    {
        var body = Body(Long + "<p>Tags: <a rel=\"tag\" href=\"/tag/datenschutz/\">Datenschutz</a></p>" + Long.Replace("erster", "zweiter", StringComparison.Ordinal));
        Assert.Contains("Tags: [Datenschutz]", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>Tags: <a rel=\"tag\" href=\"/tag/datenschutz/\">Datenschutz</a>, <a rel=\"tag\" href=\"/tag/urheberrecht/\">Urheberrecht</a></p>")]
    [InlineData("<div class=\"tags\"><span>Kategorien: <a rel=\"category tag\" href=\"/category/recht/\">Recht</a> Schlagwörter: <a rel=\"tag\" href=\"/tag/datenschutz/\">Datenschutz</a> · <a rel=\"tag\" href=\"/tag/urheberrecht/\">Urheberrecht</a></span></div>")]
    public void TheThemesTagLineAfterThePostGoes(string line)
    {
        var body = Body(Long + line + "<p class=\"postmetadata\"><small>This entry was posted on Thursday, May 24th, 2012 and is filed under <a rel=\"category tag\" href=\"/category/recht/\">Recht</a>.</small></p>");
        Assert.Contains("Ein langer erster Absatz", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Datenschutz", body, StringComparison.Ordinal);
    }

    [Fact]
    public void ALoneTagLinkAfterAFewOfTheAuthorsWordsStays()
    {
        var body = Body(Long + "<p>Mehr zum <a rel=\"tag\" href=\"/tag/datenschutz/\">Datenschutz</a></p>");
        Assert.Contains("Mehr zum [Datenschutz]", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div class=\"post-tags\">Tagged <a rel=\"tag\" href=\"/tag/datenschutz/\">Datenschutz</a></div>")]
    [InlineData("<footer><span class=\"tags-links\">Schlagwörter <a rel=\"tag\" href=\"/tag/datenschutz/\">Datenschutz</a></span></footer>")]
    [InlineData("<p>getaggt mit: <a rel=\"tag\" href=\"/tag/datenschutz/\">Datenschutz</a></p>")]
    [InlineData("<p><a rel=\"tag\" href=\"/tag/datenschutz/\">Datenschutz</a></p>")]
    public void TheThemesLineOfOneTagGoes(string line)
    {
        var body = Body(Long + line);
        Assert.Contains("Ein langer erster Absatz", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Datenschutz", body, StringComparison.Ordinal);
    }
}
