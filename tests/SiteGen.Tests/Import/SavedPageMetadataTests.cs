using SiteGen.Diagnostics;
using SiteGen.Import.Html;

namespace SiteGen.Tests.Import;

/// <summary>The author and the categories a saved page names for its post, as the reader sees them and as SEO plugins write them.</summary>
public sealed class SavedPageMetadataTests
{
    private const string Head = """
        <html><head><title>Endlich wird es spannend – Creative Commons Deutschland</title>
        <link rel="canonical" href="https://blog.example/2014/03/20/endlich/">
        """;

    private const string Post = "<div class=\"entry-content\"><p>Im Jahr des 10. Jubiläums der portierten Lizenzen wird es endlich wirklich spannend.</p></div>";

    /// <summary>
    /// Twenty Fifteen and Twenty Sixteen label the byline's author for screen readers only, in the blog's language
    /// (de.creativecommons.org, Twenty Sixteen, as saved): the reader sees the name alone.
    /// </summary>
    [Theory]
    [InlineData("Autor ")]
    [InlineData("Author ")]
    public void TheAuthorIsTheNameTheReaderSeesNotTheScreenReadersLabel(string label)
    {
        var html = Head + "</head><body><article id=\"post-1185\" class=\"post-1185 post type-post\">" + Post
            + "<footer class=\"entry-footer\"><span class=\"byline\"><span class=\"author vcard\"><img alt='' src='https://secure.gravatar.com/avatar/f65?s=49' class='avatar avatar-49 photo' height='49' width='49' />"
            + "<span class=\"screen-reader-text\">" + label + "</span> <a class=\"url fn n\" href=\"https://blog.example/author/john/\">john</a></span></span>"
            + "<span class=\"posted-on\"><time class=\"entry-date published updated\" datetime=\"2014-03-20T15:27:05+00:00\">20. März 2014</time></span></footer></article></body></html>";

        var post = Assert.Single(SavedPageReader.Read(html, "page.html", new DiagnosticBag()).Posts);

        Assert.Equal("john", post.Author);
    }

    /// <summary>
    /// A theme that lists the post's categories without rel="category" (Blogitty, rechtambild.de): Yoast names the
    /// first in article:section, as it names the tags in article:tag.
    /// </summary>
    [Fact]
    public void ThePostsCategoryIsArticleSectionWhereTheThemeLinksNone()
    {
        var html = Head + "<meta property=\"article:tag\" content=\"bgh\"><meta property=\"article:section\" content=\"Urteilsdatenbank\">"
            + "<meta property=\"article:published_time\" content=\"2011-10-16T08:55:19+00:00\"></head><body><div class=\"post\" id=\"post-4198\">"
            + "<div class=\"blog-meta\"><ul class=\"cat\"><li><a href=\"https://blog.example/category/urteilsdatenbank/\">Urteilsdatenbank</a></li></ul></div>" + Post + "</div></body></html>";

        var post = Assert.Single(SavedPageReader.Read(html, "page.html", new DiagnosticBag()).Posts);

        Assert.Equal(["Urteilsdatenbank"], post.Categories);
        Assert.Equal(["bgh"], post.Terms);
    }

    [Fact]
    public void TheThemesCategoryLinksWinOverArticleSection()
    {
        var html = Head + "<meta property=\"article:section\" content=\"in-house\"><meta property=\"article:published_time\" content=\"2019-06-05T12:07:22+00:00\"></head><body><article>"
            + Post + "<footer class=\"entry-footer\"><span class=\"cat-links\"><a href=\"https://blog.example/category/news/\" rel=\"category tag\">News</a></span></footer></article></body></html>";

        var post = Assert.Single(SavedPageReader.Read(html, "page.html", new DiagnosticBag()).Posts);

        Assert.Equal(["News"], post.Categories);
    }

    /// <summary>
    /// Scapegoat hard-codes its designer in <c>&lt;meta name="author"&gt;</c> (piratenpartei-mv.de, as saved): the byline
    /// the page prints for its post, or its JSON-LD Article's author, is the author; a commenter's hAtom name is not.
    /// </summary>
    [Theory]
    [InlineData("<footer class=\"entry-meta\">von <span class=\"author vcard\"><span class=\"fn\">Anna Schmidt</span></span></footer>", "")]
    [InlineData("", "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"Article\",\"author\":{\"@id\":\"#p1\"}},{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Anna Schmidt\"}]}</script>")]
    public void ThePagesOwnBylineOrSchemaComesBeforeTheThemesMetaAuthor(string byline, string linkedData)
    {
        var html = Head + "<meta name=\"author\" content=\"Peter Amende\" />" + linkedData
            + "</head><body><article class=\"post-1 post type-post hentry\">" + Post + byline
            + "<time class=\"entry-date\" datetime=\"2014-03-20T15:27:05+00:00\">20. März 2014</time>"
            + "<ol class=\"comment-list\"><li class=\"comment\"><div class=\"comment-author vcard author\"><span class=\"fn\">Leser</span></div></li></ol></article></body></html>";

        var post = Assert.Single(SavedPageReader.Read(html, "page.html", new DiagnosticBag()).Posts);

        Assert.Equal("Anna Schmidt", post.Author);
    }
}
