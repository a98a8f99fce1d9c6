using SiteGen.Configuration;
using SiteGen.IO;
using SiteGen.Tests.Import.Support;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>
/// Posts of several authors: Co-Authors Plus and PublishPress Authors file a post under terms of an <c>author</c>
/// taxonomy, which WordPress then shows as the post's byline and author archives.
/// </summary>
/// <remarks>
/// The PublishPress shape (display name, nicename slug) is trimmed from TryGhost/migrate's
/// packages/mg-wp-xml/test/fixtures/co-authors-plus.xml (MIT); Co-Authors Plus's own names the term by the login and
/// slugs it <c>cap-</c> and the nicename.
/// </remarks>
public sealed class WxrCoAuthorsTests
{
    private const string Authors = "<wp:author><wp:author_login>alice-smith</wp:author_login><wp:author_display_name><![CDATA[Alice Smith]]></wp:author_display_name></wp:author>"
        + "<wp:author><wp:author_login>b.jones</wp:author_login><wp:author_display_name><![CDATA[Bob Jones]]></wp:author_display_name></wp:author>";

    private static string Term(string slug, string name) => $"<category domain=\"author\" nicename=\"{slug}\"><![CDATA[{name}]]></category>";

    [Fact]
    public void EveryAuthorOfTheAuthorTaxonomyIsTheDispatchsAuthorWithTheOldArchiveUrl()
    {
        var export = Wxr.Export(
            Wxr.Item(1, "By display names", "display-names", extra: Term("alice-smith", "Alice Smith") + Term("b-jones", "Bob Jones")
                + Term("alice-smith", "Alice Smith") + "<dc:creator>alice-smith</dc:creator>"),
            Wxr.Item(2, "By logins", "logins", extra: Term("cap-b-jones", "b.jones") + Term("cap-alice-smith", "alice-smith")
                + Term("cap-guest-writer", "guest-writer") + "<dc:creator>b.jones</dc:creator>"))
            .Replace("<channel><title>Blog</title>", "<channel><title>Blog</title>" + Authors, StringComparison.Ordinal);
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\n");
        site.Import(site.Input("export.xml", export));

        var first = site.Read("content/dispatches/2022/display-names.md");
        Assert.Contains("author:\n  - Alice Smith\n  - Bob Jones\n", first, StringComparison.Ordinal);
        Assert.DoesNotContain("of a taxonomy a theme or plugin added", first, StringComparison.Ordinal);
        var second = site.Read("content/dispatches/2022/logins.md");
        Assert.Contains("author:\n  - Bob Jones\n  - Alice Smith\n  - guest-writer\n", second, StringComparison.Ordinal);
        Assert.Contains("authors:\n    Bob Jones: b-jones\n", second, StringComparison.Ordinal);

        var output = new MemoryOutput();
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        Assert.DoesNotContain(built.Diagnostics, d => d.Code is "SG0208" or "SG0235" or "SG0236");
        Assert.Contains("/2022/05/15/logins/", output.ReadText("authors/alice-smith/index.html"), StringComparison.Ordinal);
        Assert.Contains("/2022/05/15/display-names/", output.ReadText("authors/bob-jones/index.html"), StringComparison.Ordinal);
        Assert.Contains("url=/authors/bob-jones/", output.ReadText("author/b-jones/index.html"), StringComparison.Ordinal);
    }

    /// <summary>
    /// WordPress exports a post's terms sorted by name, whatever order the post gave its authors; the main author, whom
    /// Co-Authors Plus and PublishPress keep as the post's author, is dc:creator, and was listed after the others.
    /// </summary>
    [Fact]
    public void TheMainAuthorOfTheExportsCreatorComesFirstWhateverTheTermsOrder()
    {
        var export = Wxr.Export(
            Wxr.Item(1, "By logins", "logins", extra: Term("cap-alice-smith", "alice-smith") + Term("cap-b-jones", "b.jones")
                + Term("cap-guest-writer", "guest-writer") + "<dc:creator>b.jones</dc:creator>"),
            Wxr.Item(2, "By display names", "display-names", extra: Term("alice-smith", "Alice Smith") + Term("b-jones", "Bob Jones")
                + "<dc:creator>b.jones</dc:creator>"))
            .Replace("<channel><title>Blog</title>", "<channel><title>Blog</title>" + Authors, StringComparison.Ordinal);
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\n");
        site.Import(site.Input("export.xml", export));

        Assert.Contains("author:\n  - Bob Jones\n  - Alice Smith\n  - guest-writer\n", site.Read("content/dispatches/2022/logins.md"), StringComparison.Ordinal);
        Assert.Contains("author:\n  - Bob Jones\n  - Alice Smith\n", site.Read("content/dispatches/2022/display-names.md"), StringComparison.Ordinal);
    }
}
