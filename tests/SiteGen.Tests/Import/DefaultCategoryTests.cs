using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Import.Html;
using SiteGen.Import.Wxr;
using SiteGen.Tests.Import.Support;

namespace SiteGen.Tests.Import;

/// <summary>WordPress's default category, in the blog's language, is no category of the author's in either importer.</summary>
public sealed class DefaultCategoryTests
{
    private static string Category(long id, string slug, string name) =>
        $"<wp:category><wp:term_id>{id}</wp:term_id><wp:category_nicename><![CDATA[{slug}]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[{name}]]></wp:cat_name></wp:category>";

    private static string Filed(params (string Slug, string Name)[] categories) =>
        string.Concat(categories.Select(c => $"<category domain=\"category\" nicename=\"{c.Slug}\"><![CDATA[{c.Name}]]></category>"));

    private static List<string> CategoriesOf(string export)
    {
        var diagnostics = new DiagnosticBag();
        var read = WxrReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(export)), "export.xml", diagnostics)!;
        return Assert.Single(WxrConverter.Convert(read, "export.xml", diagnostics, DateTimeOffset.UnixEpoch).Posts).Categories.ToList();
    }

    [Theory]
    [InlineData("allgemein", "Allgemein")]
    [InlineData("non-classe", "Non classé")]
    [InlineData("sin-categoria", "Sin categoría")]
    [InlineData("%d0%b1%d0%b5%d0%b7-%d1%80%d1%83%d0%b1%d1%80%d0%b8%d0%ba%d0%b8", "Без рубрики")]
    [InlineData("bez-kategorii", "Bez kategorii")]
    public void TheExportsTermOneInTheBlogsLanguageIsNoCategory(string slug, string name)
    {
        var export = Wxr.Export(Category(1, slug, name) + Category(7, "ukraine", "Ukraine"),
            Wxr.Item(5, "Post", "post", extra: Filed((slug, name), ("ukraine", "Ukraine"))));

        Assert.Equal(["Ukraine"], CategoriesOf(export));
    }

    [Fact]
    public void ACategoryTheAuthorMadeWithADefaultNameStaysWhenTheExportNamesTermOne()
    {
        var export = Wxr.Export(Category(1, "uncategorized", "Uncategorized") + Category(9, "allgemein", "Allgemein"),
            Wxr.Item(5, "Post", "post", extra: Filed(("allgemein", "Allgemein"))));

        Assert.Equal(["Allgemein"], CategoriesOf(export));
    }

    [Fact]
    public void TermOneRenamedByItsOwnerIsTheirCategory()
    {
        var export = Wxr.Export(Category(1, "news", "News"), Wxr.Item(5, "Post", "post", extra: Filed(("news", "News"))));

        Assert.Equal(["News"], CategoriesOf(export));
    }

    [Fact]
    public void WithoutDeclaredCategoriesTheDefaultIsKnownByItsName()
    {
        var export = Wxr.Export(Wxr.Item(5, "Post", "post", extra: Filed(("senza-categoria", "Senza categoria"), ("kyiv", "Kyiv"))));

        Assert.Equal(["Kyiv"], CategoriesOf(export));
    }

    [Theory]
    [InlineData("allgemein", "Allgemein")]
    [InlineData("ongecategoriseerd", "Ongecategoriseerd")]
    [InlineData("%d0%b1%d0%b5%d0%b7-%d0%ba%d0%b0%d1%82%d0%b5%d0%b3%d0%be%d1%80%d1%96%d1%97", "Без категорії")]
    public void ASavedPagesDefaultCategoryIsNoCategory(string slug, string name)
    {
        var html = "<html><head><title>Post</title><link rel=\"canonical\" href=\"https://blog.example/2014/03/20/post/\"></head><body>"
            + "<article class=\"post type-post\"><div class=\"entry-content\"><p>Words enough for a post.</p></div><footer class=\"entry-meta\">"
            + $"<time class=\"entry-date\" datetime=\"2014-03-20T15:27:05+00:00\">20.03.2014</time> <a href=\"https://blog.example/category/{slug}/\" rel=\"category tag\">{name}</a>, "
            + "<a href=\"https://blog.example/category/kyiv/\" rel=\"category tag\">Kyiv</a></footer></article></body></html>";

        var post = Assert.Single(SavedPageReader.Read(html, "page.html", new DiagnosticBag()).Posts);

        Assert.Equal(["Kyiv"], post.Categories);
        Assert.DoesNotContain(post.OldSlugs, s => s.Name == name);
    }
}
