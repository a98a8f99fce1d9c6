using SiteGen.Diagnostics;
using SiteGen.Import.Html;

namespace SiteGen.Tests.Import;

/// <summary>Related posts, share bars, author boxes and comment forms stay out of a saved page's body, whatever marks the post.</summary>
public sealed class SavedPageChromeTests
{
    private const string Head = """
        <html><head><title>Russo-Ukrainian War 6/10/22 – Briefings</title>
        <link rel="canonical" href="https://briefingsonthewar.wordpress.com/2022/06/10/russo-ukrainian-war-6-10-22/">
        <meta property="article:published_time" content="2022-06-10T20:00:00+00:00"></head>
        """;

    private const string Chrome = """
        <div class="saboxplugin-wrap"><p>Jana writes about the war every evening since February.</p></div>
        <div class="crp_related"><h3>You may also like</h3><ul><li><a href="/2022/06/09/a/">Russo-Ukrainian War 6/9/22</a></li></ul></div>
        <div class="heateor_sss_sharing_container"><a href="https://twitter.com/share">Tweet this briefing</a></div>
        <h4>Further reading</h4>
        <ul><li><a rel="bookmark" href="/2022/06/08/b/">Russo-Ukrainian War 6/8/22</a></li><li><a rel="bookmark" href="/2022/06/07/c/">Russo-Ukrainian War 6/7/22</a></li></ul>
        <form class="comment-form"><label>Leave a reply about the pontoon bridges</label><textarea></textarea></form>
        """;

    private const string Post = "<p>Severodonetsk holds, street by street, while the pontoon bridges over the Donets come under fire again.</p>";

    public static TheoryData<string> Pages() => new()
    {
        Head + "<body><article><div class=\"entry-content\">" + Post + Chrome + "</div></article></body></html>",
        Head + "<body><div id=\"main\"><div class=\"post\"><div class=\"text\">" + Post + Post.Replace("holds", "still holds", StringComparison.Ordinal) + Chrome + "</div></div></div></body></html>",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void ChromeDoesNotLeakIntoTheBody(string html)
    {
        var result = SavedPageReader.Read(html, "page.html", new DiagnosticBag());

        var body = Assert.Single(result.Posts).Body;
        Assert.Contains("Severodonetsk holds", body, StringComparison.Ordinal);
        foreach (var leak in new[] { "Jana writes", "You may also like", "Tweet this", "Further reading", "6/8/22", "6/9/22", "Leave a reply" })
        {
            Assert.DoesNotContain(leak, body, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string> PagesWithBylines() => new()
    {
        // Kubrick, WordPress's default theme before 3.0: a <small> under the title, in no class of its own.
        Head + "<body><div id=\"content\"><div class=\"post\" id=\"post-7\"><h2><a href=\"/2022/06/10/war/\" rel=\"bookmark\">Russo-Ukrainian War 6/10/22</a></h2>"
            + "<small>June 10th, 2022 by jana</small><div class=\"entry\">" + Post + Post.Replace("holds", "still holds", StringComparison.Ordinal) + "</div></div></div></body></html>",
        Head + "<body><article><header><h1 class=\"entry-title\">Russo-Ukrainian War 6/10/22</h1></header><div class=\"entry-content\">"
            + "<p>Posted by <span class=\"author vcard\"><a class=\"url fn n\" href=\"/author/jana/\">jana</a></span> on <time datetime=\"2022-06-10\">June 10, 2022</time></p>"
            + Post + "<div class=\"byline\">jana, June 10, 2022</div><p><span>By <a rel=\"author\" href=\"/author/jana/\">jana</a></span></p></div></article></body></html>",
    };

    [Theory]
    [MemberData(nameof(PagesWithBylines))]
    public void TheThemesBylineDoesNotLeakIntoTheBody(string html)
    {
        var body = Assert.Single(SavedPageReader.Read(html, "page.html", new DiagnosticBag()).Posts).Body;

        Assert.StartsWith("Severodonetsk holds", body, StringComparison.Ordinal);
        Assert.DoesNotContain("jana", body, StringComparison.Ordinal);
    }

    /// <summary>
    /// Chrome that themes and plugins write inside the post's content, as real pages have it: WP-PostRatings' stars and
    /// its "Loading..." line (rechtambild.de), Shariff's share bar, a theme's links to the previous and next post and its
    /// box of related posts (Happenstance, gruen-digital.de), an author box named without a hyphen (Blogitty).
    /// </summary>
    public static TheoryData<string> PluginChromeInTheContent() => new()
    {
        "<div id=post-ratings-4198 class=post-ratings><span><b>Bewertung:</b> <img src=https://blog.example/wp-content/plugins/wp-postratings/images/stars_crystal/rating_on.gif alt=\"1 Stern\"></span></div>"
            + "<div id=post-ratings-4198-loading class=post-ratings-loading><img src=https://blog.example/wp-content/plugins/wp-postratings/images/loading.gif width=16 height=16 class=post-ratings-image>Loading...</div>",
        "<div class=\"shariff shariff-align-flex-start\"><ul class=\"shariff-buttons theme-white\"><li class=\"shariff-button twitter\"><a href=\"https://twitter.com/share?url=x\" title=\"Bei Twitter teilen\"><span class=shariff-text>twittern</span></a></li></ul></div>",
        "<div id=\"happenstance-post-nav\" class=\"navigation\" role=\"navigation\"><div class=\"nav-wrapper\">"
            + "<p class=\"nav-previous\"><a href=\"https://blog.example/2015/01/sitzungen/\">&larr; Previous post</a></p>"
            + "<p class=\"nav-next\"><a href=\"https://blog.example/2015/01/forderung/\">Next post &rarr;</a></p></div></div>",
        "<div class=\"wrapper-related-posts\"><h2 class=\"entry-headline\">Related Posts</h2><div class=\"flexslider\"><ul class=\"slides\">"
            + "<li><a title=\"Fachgespräch Legal Tech\" href=\"https://blog.example/2019/06/fachgespraech/\"><img class=\"attachment-slider-thumb wp-post-image\" src=\"https://blog.example/slide.jpg\" alt=\"Fachgespräch Legal Tech\"></a>"
            + "<a class=\"slider-link\" href=\"https://blog.example/2019/06/fachgespraech/\">Fachgespräch Legal Tech</a></li></ul></div></div>",
        "<div class=authorbox><div class=schlagwort>Chefredakteur/Gründer</div><h3 class=\"entry-title page_title\">Rechtsanwalt Dennis Tölle</h3>"
            + "<div><p>Dennis Tölle ist Partner der Kanzlei.</p><p>Kontakt: <em>d.toelle[at]rechtambild.de</em></p></div></div>",
    };

    [Theory]
    [MemberData(nameof(PluginChromeInTheContent))]
    public void PluginAndThemeChromeInsideTheContentDoesNotLeakIntoTheBody(string chrome)
    {
        var html = Head + "<body><article><div class=\"entry-content\">" + Post + chrome + "</div></article></body></html>";

        var body = Assert.Single(SavedPageReader.Read(html, "page.html", new DiagnosticBag()).Posts).Body;

        Assert.Equal(Post[3..^4], body.Trim());
    }

    /// <summary>
    /// WordPress writes a post's tags and categories into its article's and the body's classes: a post tagged
    /// "related-posts" is not a box of related posts, with or without an entry-content inside.
    /// </summary>
    [Theory]
    [InlineData("tag-related-posts", "post-body")]
    [InlineData("category-related_posts", "post-body")]
    [InlineData("tag-related-posts", "entry-content")]
    public void APostWhoseTermIsNamedRelatedPostsStays(string termClass, string contentClass)
    {
        var html = Head + $"<body class=\"single postid-12 {termClass}\"><div id=\"main\"><article id=\"post-12\" class=\"post-12 post type-post hentry {termClass}\">"
            + $"<h1 class=\"entry-title\">T</h1><div class=\"{contentClass}\">{Post}</div>"
            + "<div class=\"wrapper-related-posts\"><h2>Related Posts</h2><a href=\"https://blog.example/2019/06/other/\">Other</a></div></article></div></body></html>";

        var body = Assert.Single(SavedPageReader.Read(html, "page.html", new DiagnosticBag()).Posts).Body;

        Assert.Equal(Post[3..^4], body.Trim());
    }

    [Fact]
    public void TheTextOfThePostStaysWhateverItMarksAsAnAuthorOrADate()
    {
        const string Marked = """
            <p><span class="updated">Update 14:00:</span> Russian forces withdrew from the village of Lypove.</p>
            <p>This analysis is by <a rel="author" href="/author/jane/">Jane Doe</a>, who spent a year in Kharkiv reporting.</p>
            <div class="post-info"><p>Casualty figures below were confirmed by two sources.</p></div>
            <p>Photos: <span itemprop="author">Oleh Petrenko</span> for the paper, used with permission.</p>
            <p>The ceasefire took effect at <time class="published" datetime="2022-06-10">noon on 10 June</time>, but gunfire continued.</p>
            """;
        var html = Head + "<body><article><div class=\"entry-content\">" + Marked + Post
            + "<p class=\"byline\">Posted by <a rel=\"author\" href=\"/author/jana/\">jana</a></p></div></article></body></html>";

        var body = Assert.Single(SavedPageReader.Read(html, "page.html", new DiagnosticBag()).Posts).Body;

        foreach (var kept in new[] { "Lypove", "Jane Doe", "two sources", "Oleh Petrenko", "gunfire continued", "Severodonetsk holds" })
        {
            Assert.Contains(kept, body, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("jana", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://web.archive.org/web/20140109030403/http://briefings.wordpress.com/2022/06/10/war-6-10-22/")]
    [InlineData("https://web.archive.org/web/20140109030403id_/http:/briefings.wordpress.com/2022/06/10/war-6-10-22/")]
    [InlineData("/web/20140109030403/http://briefings.wordpress.com/2022/06/10/war-6-10-22/")]
    public void AWaybackCopyIsThePostItArchived(string canonical)
    {
        var html = $"<html><head><link rel=\"canonical\" href=\"{canonical}\"><link rel=\"shortlink\" href=\"https://wp.me/p1-2\"></head>"
            + "<body><article id=\"post-42\"><div class=\"entry-content\">" + Post + "</div></article></body></html>";

        var post = Assert.Single(SavedPageReader.Read(html, "page.html", new DiagnosticBag()).Posts);

        Assert.Equal("/2022/06/10/war-6-10-22/", post.OldPath);
        Assert.Equal(new DateOnly(2022, 6, 10), DateOnly.FromDateTime(post.Date!.Value.DateTime));
    }

    [Fact]
    public void APageWithoutAPostIsAnErrorThatSaysSo()
    {
        var diagnostics = new DiagnosticBag();
        var result = SavedPageReader.Read("<html><body><nav><a href=\"/\">Home</a></nav></body></html>", "menu.html", diagnostics);

        Assert.Empty(result.Posts);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((DiagnosticCodes.ImportUnknownFormat, true), (error.Code, error.IsError));
        Assert.Contains("no main text found", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> PagesWithTermLines() => new()
    {
        // A theme that writes the tags into the post's text, under it (Cool Stuff) or over it.
        Head + "<body><article class=\"element-box\"><h2><a href=\"/2022/06/10/war/\">Russo-Ukrainian War 6/10/22</a></h2>" + Post + Post.Replace("holds", "still holds", StringComparison.Ordinal)
            + "<small>Tags:<a href=\"/category/ukraine/\" rel=\"tag\">Ukraine</a></small></article></body></html>",
        Head + "<body><article><div class=\"entry-content\"><p>Filed under <a href=\"/category/war/\" rel=\"category tag\">War</a>, <a href=\"/category/donbas/\" rel=\"category tag\">Donbas</a></p>"
            + Post + "<div class=\"tags\">getaggt mit: <a href=\"/tags/ukraine/\" rel=\"tag\">Ukraine</a><a href=\"/tags/severodonetsk/\" rel=\"tag\">Severodonetsk</a></div></div></article></body></html>",
    };

    [Theory]
    [MemberData(nameof(PagesWithTermLines))]
    public void TheThemesLineOfTagsAndCategoriesDoesNotLeakIntoTheBody(string html)
    {
        var post = Assert.Single(SavedPageReader.Read(html, "page.html", new DiagnosticBag()).Posts);

        Assert.StartsWith("Severodonetsk holds", post.Body, StringComparison.Ordinal);
        foreach (var leak in new[] { "Tags:", "getaggt", "Filed under", "Donbas" })
        {
            Assert.DoesNotContain(leak, post.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AnAuthorsLinkToATagArchiveInAParagraphStays()
    {
        var html = Head + "<body><article><div class=\"entry-content\">" + Post
            + "<p>All our briefings on the city are under <a href=\"/tag/severodonetsk/\">the Severodonetsk tag</a>.</p></div></article></body></html>";

        var post = Assert.Single(SavedPageReader.Read(html, "page.html", new DiagnosticBag()).Posts);

        Assert.Contains("the Severodonetsk tag", post.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<!DOCTYPE html>")]
    public void PhpsWarningsTheServerPrintedIntoThePageDoNotLeakIntoTheBody(string doctype)
    {
        // As PHP writes them with html_errors on, before the page's first tag or inside it.
        const string Warnings = "<br />\n<b>Warning</b>:  mysql_get_server_info(): Access denied for user ''@'localhost' (using password: NO) in "
            + "<b>/www/htdocs/wordpress/wp-content/plugins/simple-tagging-plugin/simpletagging.php</b> on line <b>299</b><br />\n"
            + "<br />\n<b>Deprecated</b>:  Function <a href='function.ereg'>ereg()</a> is deprecated in <b>/www/htdocs/wordpress/wp-includes/theme.php</b> on line <b>12</b><br />\n";
        var html = Warnings + doctype + Head
            + "<body>" + Warnings + "<div id=\"main\"><div class=\"post\"><h2>Russo-Ukrainian War 6/10/22</h2>" + Post + Post.Replace("holds", "still holds", StringComparison.Ordinal)
            + "<p>The log said <b>Warning</b>: the bridge is closed, and we left.</p></div></div></body></html>";

        var post = Assert.Single(SavedPageReader.Read(html, "page.html", new DiagnosticBag()).Posts);

        Assert.StartsWith("Severodonetsk holds", post.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("mysql", post.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("ereg", post.Body, StringComparison.Ordinal);
        Assert.Contains("**Warning**: the bridge is closed", post.Body, StringComparison.Ordinal);
    }
}
