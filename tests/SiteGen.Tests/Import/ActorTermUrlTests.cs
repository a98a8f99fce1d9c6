using SiteGen.Configuration;
using SiteGen.IO;
using SiteGen.Tests.Import.Support;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>A tag or category of the old blog that names an actor becomes the actor, and its old URLs lead to the actor's page.</summary>
public sealed class ActorTermUrlTests
{
    private const string SiteYml = "title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\ntaxonomies:\n  wordpress_per_page: 1\n";

    private static string Category(string slug, string parent, string name) =>
        $"<wp:category><wp:term_id>1</wp:term_id><wp:category_nicename>{slug}</wp:category_nicename><wp:category_parent>{parent}</wp:category_parent><wp:cat_name><![CDATA[{name}]]></wp:cat_name></wp:category>";

    private const string InBelarus = "<category domain=\"category\" nicename=\"belarus\"><![CDATA[Belarus]]></category>";

    /// <summary>Two posts in Belarus, a child category of Europe, the second linking to its archive.</summary>
    private static string Export() => Wxr.Export(
        Category("europe", string.Empty, "Europe"),
        Category("belarus", "europe", "Belarus"),
        Wxr.Item(1, "First", "first", extra: InBelarus),
        Wxr.Item(2, "Second", "second", content: "<p>See <a href=\"https://blog.example/category/europe/belarus/\">all of them</a>.</p>",
            date: "2022-05-16 10:00:00", gmt: "2022-05-16 07:00:00", extra: InBelarus));

    private static MemoryOutput Build(ImportSandbox site)
    {
        var output = new MemoryOutput();
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        return output;
    }

    [Fact]
    public void ACategoryThatBecameAnActorLeadsToTheActorsPageWithItsFeedAndFurtherPages()
    {
        using var site = ImportSandbox.Create(SiteYml);
        site.Import(site.Input("export.xml", Export()));
        var second = site.Read("content/dispatches/2022/second.md");
        Assert.Contains("actors:\n  - belarus\ncategories:\n  - Europe\nwordpress_slugs:\n  categories:\n    belarus: europe/belarus\n", second, StringComparison.Ordinal);
        Assert.Contains("[all of them](/actors/belarus/)", second, StringComparison.Ordinal);

        var output = Build(site);
        foreach (var old in new[] { "category/europe/belarus", "category/belarus", "category/belarus/page/2", "category/europe/belarus/page/2" })
        {
            Assert.Contains("url=/actors/belarus/\"", output.ReadText($"{old}/index.html"), StringComparison.Ordinal);
        }

        Assert.False(output.Files.ContainsKey("category/belarus/page/3/index.html"));
        Assert.Equal(output.ReadText("actors/belarus/rss.xml"), output.ReadText("category/belarus/feed/index.xml"));
        Assert.Equal(output.ReadText("actors/belarus/rss.xml"), output.ReadText("category/europe/belarus/feed/index.xml"));

        // The parent stays a category.
        Assert.Contains("url=/categories/europe/\"", output.ReadText("category/europe/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void TheOldBlogsActorCategoryKeepsItsUrlOverACategoryOfThatNameWrittenHere()
    {
        using var site = ImportSandbox.Create(SiteYml);
        site.Import(site.Input("export.xml", Export()));
        File.WriteAllText(Path.Combine(site.Root, "content/dispatches/2022/own.md"), "---\ntitle: Own\ndate: 2022-05-20\ncategories: [Belarus]\n---\nText.\n");

        var output = Build(site);
        Assert.True(output.Files.ContainsKey("categories/belarus/index.html"));
        Assert.Contains("url=/actors/belarus/\"", output.ReadText("category/belarus/index.html"), StringComparison.Ordinal);
        Assert.Equal(output.ReadText("actors/belarus/rss.xml"), output.ReadText("category/belarus/feed/index.xml"));
    }

    [Fact]
    public void AnOldSlugUnderANameThatIsNeitherATermNorAnActorOfTheDispatchIsWarnedOf()
    {
        var site = TestSite.Parse("""
            -- site.yml --
            title: T
            base_url: https://example.org/
            -- content/actors/belarus.md --
            ---
            name: Belarus
            kind: state
            ---
            -- content/dispatches/a.md --
            ---
            title: A
            date: 2022-05-15
            actors: [belarus]
            wordpress_slugs:
              categories: {belarus: belarus, ukraine: ukraine}
            ---
            Text.
            """);
        var built = site.BuildOk();

        var warning = Assert.Single(built.Warnings, d => d.Code == "SG0236");
        Assert.Contains("'ukraine'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("url=/actors/belarus/\"", built.Text("category/belarus/index.html"), StringComparison.Ordinal);
    }
}
