using SiteGen.Diagnostics;
using SiteGen.Import.Html;

namespace SiteGen.Tests.Import;

/// <summary>PHP's messages that the server printed around the post go; one the author quotes in the post stays.</summary>
public sealed class SavedPageServerErrorTests
{
    private const string Head = """
        <html><head><title>Landgericht – Blog</title>
        <link rel="canonical" href="https://blog.example/2012/05/24/landgericht/">
        <meta property="article:published_time" content="2012-05-24T20:00:00+00:00"></head>
        """;

    private const string Warning = "<br />\n<b>Warning</b>: mysql_connect() failed in <b>/www/wp-db.php</b> on line <b>12</b><br />\n";

    private static string Body(string body) =>
        Assert.Single(SavedPageReader.Read(Head + "<body>" + body + "</body></html>", "page.html", new DiagnosticBag()).Posts).Body;

    [Fact]
    public void AWarningTheAuthorQuotesStays()
    {
        var body = Body("<article><h1 class=\"entry-title\">Landgericht</h1><div class=\"entry-content\">"
            + "<p>Nach dem Update zeigte mein Blog nur noch diese Meldung an, und ich wusste nicht weiter:" + Warning + "Was tun?</p></div></article>");
        Assert.Contains("mysql_connect", body, StringComparison.Ordinal);
    }

    [Fact]
    public void AWarningTheServerPrintedBeforeThePostGoes()
    {
        var body = Body(Warning + "<article><h1 class=\"entry-title\">Landgericht</h1><div class=\"entry-content\">"
            + "<p>Nach dem Update lief das Blog wieder, und ich wusste endlich weiter.</p></div></article>");
        Assert.DoesNotContain("mysql_connect", body, StringComparison.Ordinal);
        Assert.Contains("endlich weiter", body, StringComparison.Ordinal);
    }

    [Fact]
    public void AWarningAPluginPrintedAtTheTopOfThePostsContentGoes()
    {
        var body = Body("<article><h1 class=\"entry-title\">Landgericht</h1><div class=\"entry-content\">" + Warning
            + "<p>Nach dem Update lief das Blog wieder, und ich wusste endlich weiter.</p></div></article>");
        Assert.DoesNotContain("mysql_connect", body, StringComparison.Ordinal);
        Assert.DoesNotContain("wp-db.php", body, StringComparison.Ordinal);
        Assert.Contains("endlich weiter", body, StringComparison.Ordinal);
    }
}
