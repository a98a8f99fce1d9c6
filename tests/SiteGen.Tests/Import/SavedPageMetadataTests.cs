using SiteGen.Diagnostics;
using SiteGen.Import.Html;

namespace SiteGen.Tests.Import;

/// <summary>The author a saved page names for its post, as the reader sees it.</summary>
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
}
