using SiteGen.Diagnostics;
using SiteGen.Import.Html;

namespace SiteGen.Tests.Import;

/// <summary>The date a theme shows beside the post is the post's; today's date in the header and an update's date are not.</summary>
public sealed class SavedPageShownDateTests
{
    private const string Text = "<div class=\"entry-content\"><p>Ein langer erster Absatz über das Verfahren vor dem Landgericht, der hier nur steht, damit der Beitrag Text hat.</p></div>";

    private static DateOnly DateOf(string body)
    {
        var html = "<html><head><title>Landgericht | Blog</title><link rel=\"canonical\" href=\"https://blog.example/landgericht/\"></head><body>" + body + "</body></html>";
        var post = Assert.Single(SavedPageReader.Read(html, "page.html", new DiagnosticBag()).Posts);
        return DateOnly.FromDateTime(post.Date!.Value.DateTime);
    }

    [Theory]
    [InlineData("<div id=\"header\"><div class=\"header-date\">Montag, 7. Dezember 2026</div><h1><a href=\"https://blog.example/\">Blog</a></h1></div>")]
    [InlineData("<header><span class=\"date\">Montag, 7. Dezember 2026</span></header>")]
    [InlineData("<div class=\"top\"><span class=\"today-date\">Montag, 7. Dezember 2026</span></div>")]
    public void TodaysDateInTheHeaderIsNotThePostsDate(string header)
    {
        var date = DateOf(header + "<div id=\"content\"><div class=\"post\"><h2 class=\"entry-title\">Landgericht</h2><div class=\"post-date\">24. Mai 2012</div>" + Text + "</div></div>");
        Assert.Equal(new DateOnly(2012, 5, 24), date);
    }

    [Theory]
    [InlineData("<p class=\"last-updated\">3. Juni 2014</p>")]
    [InlineData("<p class=\"updated\">3. Juni 2014</p>")]
    [InlineData("<p class=\"date modified\">3. Juni 2014</p>")]
    [InlineData("<p class=\"date updated\">3. Juni 2014</p>")]
    [InlineData("<p class=\"entry-date\">Aktualisiert am 3. Juni 2014</p>")]
    [InlineData("<p class=\"entry-date\">Last updated: June 3, 2014</p>")]
    [InlineData("<p class=\"entry-date\">Zuletzt geändert: 3.6.2014</p>")]
    [InlineData("<p class=\"entry-date\">Mis à jour le 3 juin 2014</p>")]
    public void AnUpdatedDateIsNotThePostsDate(string updated)
    {
        var date = DateOf("<div id=\"content\"><div class=\"post\"><h2 class=\"entry-title\">Landgericht</h2>" + updated + Text + "<div class=\"post-date\">24. Mai 2012</div></div></div>");
        Assert.Equal(new DateOnly(2012, 5, 24), date);
    }

    [Theory]
    [InlineData("<span class=\"entry-meta-date updated\"><a href=\"https://blog.example/2012/05/\">24. Mai 2012</a></span>")]
    [InlineData("<span class=\"date updated\">24. Mai 2012</span>")]
    [InlineData("<time class=\"entry-date published\">24. Mai 2012</time><time class=\"updated\">3. Juni 2014</time>")]
    public void HAtomsUpdatedMarkBesideADateClassIsThePublishedDate(string line)
    {
        var date = DateOf("<div id=\"content\"><article class=\"post\"><h1 class=\"entry-title\">Landgericht</h1><p class=\"entry-meta\">" + line + "</p>" + Text + "</article></div>");
        Assert.Equal(new DateOnly(2012, 5, 24), date);
    }

    /// <summary>
    /// hAtom asks every entry for an <c>updated</c> date, so a theme that shows one date, the day of publication,
    /// marks it so too: Happenstance (gruen-digital.de) writes it as below, with no <c>&lt;time&gt;</c> and no
    /// article:published_time, under a /2015/01/ permalink.
    /// </summary>
    [Theory]
    [InlineData("<span class=\"post-info-date post_date date updated\"><i class=\"icon_calendar\" aria-hidden=\"true\"></i>15. Januar 2015</span>")]
    [InlineData("<span class=\"entry-date updated\">15. Januar 2015</span>")]
    public void TheOnlyDateLineMarkedUpdatedAsHAtomAsksIsThePostsDate(string line)
    {
        var html = "<html><head><title>Jahrestagung</title><link rel=\"canonical\" href=\"https://blog.example/2015/01/jahrestagung/\"></head><body>"
            + "<div id=\"content\" class=\"hentry\"><h1 class=\"entry-headline title single-title entry-title\">Jahrestagung</h1><p class=\"post-meta\">" + line + "</p>" + Text + "</div></body></html>";

        var post = Assert.Single(SavedPageReader.Read(html, "page.html", new DiagnosticBag()).Posts);

        Assert.Equal(new DateOnly(2015, 1, 15), DateOnly.FromDateTime(post.Date!.Value.DateTime));
    }
}
