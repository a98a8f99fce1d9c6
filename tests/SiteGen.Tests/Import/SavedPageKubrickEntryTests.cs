using SiteGen.Diagnostics;
using SiteGen.Import.Html;

namespace SiteGen.Tests.Import;

/// <summary>A lone <c>div.entry</c> is the post only where it is the post's: a sidebar's does not replace the text found.</summary>
public sealed class SavedPageKubrickEntryTests
{
    private const string Paragraphs = """
        <p>Ein langer erster Absatz über das Verfahren vor dem Landgericht, der hier nur steht, damit der Beitrag Text hat. Und noch ein Satz, der die Geschichte weiter erzählt, bis der Leser müde wird.</p>
        <p>Ein zweiter langer Absatz über das Verfahren vor dem Landgericht, der hier nur steht, damit der Beitrag Text hat. Und noch ein Satz, der die Geschichte weiter erzählt, bis der Leser müde wird.</p>
        """;

    private static string Body(string body)
    {
        var html = "<html><head><title>Landgericht | Blog</title><link rel=\"canonical\" href=\"https://blog.example/2012/05/24/landgericht/\"></head><body>" + body + "</body></html>";
        return Assert.Single(SavedPageReader.Read(html, "page.html", new DiagnosticBag()).Posts).Body;
    }

    [Fact]
    public void ASidebarsLoneEntryIsNotThePost()
    {
        var body = Body("<div id=\"wrap\"><div id=\"main\"><div class=\"post\"><h2>Landgericht</h2><div class=\"storybody\">" + Paragraphs
            + "</div></div></div><div id=\"rightbar\"><h3>Zuletzt</h3><div class=\"entry\"><a href=\"/2012/05/20/andere/\">Ein anderer Beitrag vom Mai</a></div></div></div>");
        Assert.Contains("Ein zweiter langer Absatz", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Ein anderer Beitrag", body, StringComparison.Ordinal);
    }

    [Fact]
    public void TheShortPostsEntryUnderItsTitleIsThePost()
    {
        var body = Body("<div id=\"wrap\"><div class=\"post\"><small>Verfasst von: Jana | 24. Mai 2012</small><h2>Landgericht</h2><div class=\"entry\"><p>PDF: <a href=\"/files/urteil.pdf\">Urteil</a></p></div></div></div>");
        Assert.Contains("Urteil", body, StringComparison.Ordinal);
    }
}
