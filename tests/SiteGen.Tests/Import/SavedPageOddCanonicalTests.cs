using SiteGen.Diagnostics;
using SiteGen.Import.Html;

namespace SiteGen.Tests.Import;

/// <summary>
/// A canonical URL a broken theme writes (a path of slashes alone) is read, not a reason to fail the page; and a heading
/// that links to the post by its shortlink (/?p=12) is the post's title, not a link home.
/// </summary>
public sealed class SavedPageOddCanonicalTests
{
    [Theory]
    [InlineData("https://frontbericht.example//")]
    [InlineData("https://frontbericht.example///")]
    [InlineData("https://frontbericht.example/2009/05/24/lage-am-abend/")]
    public void ThePostIsReadWithItsHeadingAsTitle(string canonical)
    {
        var html = $"""
            <html><head><title>Frontbericht » Lage am Abend</title><link rel="canonical" href="{canonical}">
            <meta name="generator" content="WordPress 2.8"><meta property="article:published_time" content="2009-05-24T20:00:00+00:00"></head>
            <body><div id="header"><h1><a href="https://frontbericht.example/">Frontbericht</a></h1></div>
            <div id="content"><div class="post" id="post-12"><h2><a href="https://frontbericht.example/?p=12" rel="bookmark">Lage am Abend</a></h2>
            <div class="entry"><p>Am Abend meldeten mehrere Quellen, dass die letzten Einheiten das rechte Ufer verlassen haben.</p></div></div></div>
            </body></html>
            """;
        var diagnostics = new DiagnosticBag();
        var post = Assert.Single(SavedPageReader.Read(html, "b.html", diagnostics).Posts);
        Assert.Equal("Lage am Abend", post.Title);
        Assert.Contains("rechte Ufer", post.Body, StringComparison.Ordinal);
    }
}
