using SiteGen.Diagnostics;
using SiteGen.Import.Html;

namespace SiteGen.Tests.Import;

/// <summary>
/// Pages of WordPress's early default themes, still run by old self-hosted blogs: "Classic" (WordPress 1.5) and
/// Kubrick (1.5 to 2.9), which mark the post's title, text and date with classes of their own or none, and put the
/// blog's name before the post's in the page title.
/// </summary>
public sealed class SavedPageClassicThemeTests
{
    private const string Post = "<p>Google+ sperrt Profile, deren Namen kein bürgerlicher Name ist; ob das § 13 Abs. 6 TMG verletzt, ist offen.</p>";

    /// <summary>Classic: a date header over the day's posts, .storytitle, .storycontent, and "Comment by" under each comment of #commentlist.</summary>
    private static string Classic(string permalink, string dateHeader) => $"""
        <html><head><title>Internet-Law &raquo; Pseudonyme bei Google+</title><meta name="generator" content="WordPress 5.1.1">
        <link rel="canonical" href="{permalink}"></head>
        <body><div id="rap"><div id="content">
        <h2 class="date-header">{dateHeader}</h2>
        <div class="post" id="post-7644"><h3 class="storytitle"><a href="{permalink}" rel="bookmark">Pseudonyme bei Google+</a></h3>
        <div class="storycontent">{Post}</div>
        <div class="meta">posted by Stadler at 12:53</div></div>
        <h2 id="comments">2 Comments</h2>
        <ol id="commentlist">
        <li id="comment-1"><p>Das Gesetz steht im Zweifelsfall über den AGB, und die Nutzungsbedingungen erlauben ein Pseudonym ausdrücklich.</p>
        <p><cite>Comment by Gerhard &#8212; 18.07, 2011 @ <a href="#comment-1">13:37</a></cite></p></li>
        <li id="comment-2"><p>Google+ kann gar nicht feststellen, ob ein Name im Personalausweis steht, und prüft es auch nicht.</p>
        <p><cite>Comment by Sabine &#8212; 18.07, 2011 @ <a href="#comment-2">13:40</a></cite></p></li>
        </ol></div></div></body></html>
        """;

    [Fact]
    public void AClassicThemePostTakesItsDateFromTheDateHeaderAndLeavesTheCommentsOut()
    {
        var diagnostics = new DiagnosticBag();
        var post = Assert.Single(SavedPageReader.Read(Classic("http://www.internet-law.de/2011/07/pseudonyme.html", "17.7.11"), "page.html", diagnostics).Posts);

        Assert.Equal(new DateTimeOffset(2011, 7, 17, 0, 0, 0, TimeSpan.Zero), post.Date);
        Assert.False(post.DateHasTime);
        Assert.Equal("Pseudonyme bei Google+", post.Title);
        Assert.Contains("§ 13 Abs. 6 TMG", post.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Comment by", post.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("posted by", post.Body, StringComparison.Ordinal);

        // The theme marks the text: nothing was guessed.
        Assert.DoesNotContain(diagnostics.ToSortedList(), d => d.Code == DiagnosticCodes.ImportMainContentGuessed);
    }

    [Theory]
    [InlineData("http://www.internet-law.de/2011/08/pseudonyme.html", "17.7.11")]
    [InlineData("http://www.internet-law.de/2011/07/pseudonyme.html", "7/17/11")]
    public void AShownDateThePermalinksMonthContradictsOrThatReadsTwoWaysIsNotTaken(string permalink, string dateHeader)
    {
        var result = SavedPageReader.Read(Classic(permalink, dateHeader), "page.html", new DiagnosticBag());

        Assert.Empty(result.Posts);
        Assert.Single(result.Skipped);
    }

    [Fact]
    public void AThemesDateLineDatesAPostWhosePermalinkHasNoDate()
    {
        const string Html = """
            <html><head><title>Grundeinkommen ist ein Menschenrecht! › Piratenpartei</title>
            <link rel="canonical" href="https://example.org/grundeinkommen-ist-ein-menschenrecht/"></head>
            <body><aside class="widget"><span class="post-date">3. Mai 2019</span><a href="/other/">Ein anderer Beitrag</a></aside>
            <section class="single-post-view"><h1 class="post-title">Grundeinkommen ist ein Menschenrecht!</h1>
            <article class="article"><div class="entry-content"><p>Unter diesem Motto findet am 14. September um 13 Uhr eine Demonstration in Berlin statt, zu der wir aufrufen.</p></div></article>
            <footer class="footer meta"><span class="post-date">Donnerstag, 12. September 2013</span></footer></section></body></html>
            """;

        var post = Assert.Single(SavedPageReader.Read(Html, "page.html", new DiagnosticBag()).Posts);

        Assert.Equal(new DateTimeOffset(2013, 9, 12, 0, 0, 0, TimeSpan.Zero), post.Date);
    }

    [Theory]
    [InlineData("jovelblog &raquo; Blog Archive &raquo; Gefällt mir")]
    [InlineData("Gefällt mir | jovelblog")]
    public void AKubrickPagesTitleIsThePostsHeadingNotTheBlogsName(string documentTitle)
    {
        var html = $"""
            <html><head><title>{documentTitle}</title><link rel="canonical" href="http://www.jovelstefan.de/2011/09/11/gefallt-mir/"></head>
            <body><div id="header"><h1><a href="http://www.jovelstefan.de/">jovelblog</a></h1></div>
            <div id="content"><div class="post" id="post-1701"><h2><a href="http://www.jovelstefan.de/2011/09/11/gefallt-mir/" rel="bookmark">Gefällt mir</a></h2>
            <small>September 11th, 2011</small><div class="entry"><p>Manchmal überrascht einen der Alltag ja mit kleinen Freuden und Niedlichkeiten, unten am Bürgersteig.</p>
            <p>Gut investierte 20 Cent, wenn auch das Bild kein Meisterwerk war, und eine schöne Erinnerung an den Sommer.</p></div></div></div></body></html>
            """;

        var post = Assert.Single(SavedPageReader.Read(html, "page.html", new DiagnosticBag()).Posts);

        Assert.Equal("Gefällt mir", post.Title);
    }

    [Theory]
    [InlineData("17.7.11", 2011, 7, 17)]
    [InlineData("Donnerstag, 31. Mai 2012", 2012, 5, 31)]
    [InlineData("6. Juli 2015", 2015, 7, 6)]
    [InlineData("July 17th, 2011", 2011, 7, 17)]
    [InlineData("17 juillet 2011", 2011, 7, 17)]
    [InlineData("17 de julio de 2011", 2011, 7, 17)]
    [InlineData("2011-07-17", 2011, 7, 17)]
    [InlineData("Sep 3, 2019", 2019, 9, 3)]
    public void ADateIsReadAsTheThemeWroteIt(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), ShownDate.Parse(text));

    [Theory]
    [InlineData("7/17/11")]
    [InlineData("31.2.2012")]
    [InlineData("Kommentare (35)")]
    [InlineData("Version 1.2.3")]
    public void WhatIsNoDateOrReadsTwoWaysGivesNone(string text) => Assert.Null(ShownDate.Parse(text));

    /// <summary>A Kubrick-family theme (WordPress.com's Ocean Mist): a byline over the title, and a post of one short line in div.entry.</summary>
    private static string OceanMist(string entry) => $"""
        <html lang="de-DE"><head><title>Ratschläge geben | DaF Blog</title><meta name="generator" content="WordPress.com">
        <link rel="canonical" href="https://mitundvoneinander.wordpress.com/2008/12/31/ratschlage-geben/"><meta property="og:title" content="Ratschläge geben">
        <meta property="article:published_time" content="2008-12-31T17:47:32+00:00"></head>
        <body class="single single-post postid-34"><div id="page"><div id="header"><h1><a href="https://mitundvoneinander.wordpress.com/">DaF Blog</a></h1>
        <div class="description">Miteinander voneinander lernen</div></div>
        <div id="content"><div class="postwrapper wideposts" id="post-34"><div class="title"><small>Verfasst von: <strong>mitundvoneinander</strong> | 31. Dezember 2008 </small><h2>Ratschläge geben</h2></div>
        <div class="post-34 post hentry"><div class="entry">{entry}
        <div id="jp-post-flair" class="sharedaddy"><h3 class="sd-title">Teilen Sie dies mit:</h3></div></div></div></div></div>
        <div id="sidebar"><ul><li><h2>Archiv</h2><ul><li><a href="/2009/01/">Januar 2009</a></li><li><a href="/2008/12/">Dezember 2008</a></li></ul></li></ul></div></div></body></html>
        """;

    [Fact]
    public void AShortPostInAKubrickEntryIsThePostNotTheBylineAboveIt()
    {
        var html = OceanMist("<p>PDF: <a href=\"https://mitundvoneinander.files.wordpress.com/2008/12/ratschlage-geben.pdf\">ratschlage-geben</a></p>");

        var post = Assert.Single(SavedPageReader.Read(html, "page.html", new DiagnosticBag()).Posts);

        Assert.Equal("PDF: [ratschlage-geben](https://mitundvoneinander.files.wordpress.com/2008/12/ratschlage-geben.pdf)", post.Body.Trim());
    }

    [Fact]
    public void ALongPostInAKubrickEntryIsStillFoundByExtraction()
    {
        const string Text = "<p>Wenn man jemandem einen Rat geben will, sagt man: Du solltest mehr schlafen, oder: An deiner Stelle würde ich zum Arzt gehen.</p>"
            + "<p>Im Unterricht haben wir die Formen gesammelt, mit Beispielen, und an der Tafel festgehalten; das Tafelbild steht unten.</p>";
        var diagnostics = new DiagnosticBag();

        var post = Assert.Single(SavedPageReader.Read(OceanMist(Text), "page.html", diagnostics).Posts);

        Assert.StartsWith("Wenn man jemandem einen Rat geben will", post.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Verfasst von", post.Body, StringComparison.Ordinal);
        Assert.Contains(diagnostics.ToSortedList(), d => d.Code == DiagnosticCodes.ImportMainContentGuessed);
    }
}
