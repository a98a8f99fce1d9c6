using SiteGen.Diagnostics;
using SiteGen.Import.Html;

namespace SiteGen.Tests.Import;

/// <summary>A theme with no title markup names its post in a heading; the blog's name in another heading is not the title.</summary>
public sealed class SavedPageTitleTests
{
    private const string Text = "<p>Ein langer erster Absatz über das Verfahren vor dem Landgericht, der hier nur steht, damit der Beitrag Text hat.</p>";

    private static string? TitleOf(string title, string canonical, string body)
    {
        var html = $"<html><head><title>{title}</title><link rel=\"canonical\" href=\"{canonical}\"></head><body>{body}</body></html>";
        return Assert.Single(SavedPageReader.Read(html, "page.html", new DiagnosticBag()).Posts).Title;
    }

    [Fact]
    public void ATitleWithTheSeparatorInItIsTheHeadingAtTheTitlesEnd()
    {
        var title = TitleOf("Blog » Vorher » Nachher", "https://blog.example/2012/05/24/vorher/",
            "<div id=\"page\"><div class=\"top\"><h1><a href=\"https://blog.example/blog/\">Blog</a></h1></div>"
            + "<div id=\"content\"><div class=\"post\"><h2>Vorher » Nachher</h2><div class=\"entry\">" + Text + "</div></div></div></div>");
        Assert.Equal("Vorher » Nachher", title);
    }

    [Theory]
    [InlineData("https://blog.example/blog/")]
    [InlineData("/blog/")]
    [InlineData("https://blog.example/blog")]
    public void ALinkToABlogInASubfolderIsItsHome(string home)
    {
        var title = TitleOf("Landgericht | Blog", "https://blog.example/blog/2012/05/24/landgericht/",
            $"<div id=\"page\"><div class=\"top\"><h1><a href=\"{home}\">Blog</a></h1></div>"
            + "<div id=\"content\"><div class=\"post\"><h2>Landgericht</h2><div class=\"entry\">" + Text + "</div></div></div></div>");
        Assert.Equal("Landgericht", title);
    }
}
