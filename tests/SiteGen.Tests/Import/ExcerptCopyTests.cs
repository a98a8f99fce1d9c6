using SiteGen.Diagnostics;
using SiteGen.Import.Html;

namespace SiteGen.Tests.Import;

/// <summary>A theme's copy of the manual excerpt at the top of the content (Happenstance, gruen-digital.de) is not the post's opening twice.</summary>
public sealed class ExcerptCopyTests
{
    private const string Opening = "Unter dem Titel &#8222;Politik im Netz &#8211; Wie das Internet politische Kommunikation verändert&#8220; veranstaltet die Stiftung ihre Jahrestagung.";

    private static string Page(string excerpt) =>
        "<html><head><title>Jahrestagung</title><link rel=\"canonical\" href=\"https://blog.example/2015/01/jahrestagung/\">"
        + "<meta property=\"article:published_time\" content=\"2015-01-20T10:00:00+00:00\"></head><body><article class=\"post type-post\">"
        + "<div class=\"entry-content\">" + excerpt + "<div class=\"at-above-post addthis_tool\"></div><p>" + Opening + "</p><p>Aus der Einladung.</p></div></article></body></html>";

    private static string Body(string html) => Assert.Single(SavedPageReader.Read(html, "page.html", new DiagnosticBag()).Posts).Body;

    [Theory]
    [InlineData("<p class=\"manual-excerpt\">Unter dem Titel &quot;Politik im Netz - Wie das Internet politische Kommunikation verändert&quot; veranstaltet die Stiftung ihre Jahrestagung.</p>")]
    [InlineData("<div class=\"entry-excerpt\"><p>Unter dem Titel \"Politik im Netz - Wie das Internet politische Kommunikation […]</p></div>")]
    public void TheExcerptsCopyOfTheOpeningGoes(string excerpt)
    {
        var body = Body(Page(excerpt));

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(body, "Unter dem Titel"));
        Assert.Contains("„Politik im Netz – Wie", body, StringComparison.Ordinal);
        Assert.Contains("Aus der Einladung.", body, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExcerptThatSaysSomethingElseStays()
    {
        var body = Body(Page("<p class=\"manual-excerpt\">Konstantin spricht am Samstag in Stuttgart über digitale Bürger.</p>"));

        Assert.Contains("Konstantin spricht am Samstag", body, StringComparison.Ordinal);
        Assert.Contains("Unter dem Titel", body, StringComparison.Ordinal);
    }
}
