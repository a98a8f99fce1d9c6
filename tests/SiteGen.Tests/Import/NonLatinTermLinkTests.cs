using SiteGen.Configuration;
using SiteGen.IO;
using SiteGen.Tests.Import.Support;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>
/// A term named in a script with no Latin form keeps its letters in its page's URL; the old blog's links to its
/// archive, and the check of a dispatch's old term slugs, go by that same slug.
/// </summary>
public sealed class NonLatinTermLinkTests
{
    private const string News = "%e6%96%b0%e9%97%bb";
    private const string Primers = "python-%e5%85%a5%e9%97%a8";

    private static string Export() => Wxr.Export(
        $"<wp:category><wp:term_id>5</wp:term_id><wp:category_nicename>{News}</wp:category_nicename><wp:category_parent></wp:category_parent><wp:cat_name><![CDATA[新闻]]></wp:cat_name></wp:category>",
        Wxr.Item(10, "First", "first",
            extra: $"<category domain=\"category\" nicename=\"{News}\"><![CDATA[新闻]]></category><category domain=\"post_tag\" nicename=\"{Primers}\"><![CDATA[Python 入门]]></category>"),
        Wxr.Item(11, "Second", "second", date: "2022-05-16 10:00:00", gmt: "2022-05-16 07:00:00",
            content: $"<p>See <a href=\"https://blog.example/category/{News}/\">all the news</a> and <a href=\"https://blog.example/tag/{Primers}/\">the primers</a>.</p>",
            extra: $"<category domain=\"category\" nicename=\"{News}\"><![CDATA[新闻]]></category>"));

    [Fact]
    public void TheOldBlogsLinksToAChineseCategoryAndAMixedTagReachTheirPages()
    {
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\ntime_zone: UTC\n");
        site.Import(site.Input("export.xml", Export()));
        var second = site.Read("content/dispatches/2022/second.md");

        Assert.Contains("[all the news](/categories/新闻/)", second, StringComparison.Ordinal);
        Assert.DoesNotContain("/tags/python/", second, StringComparison.Ordinal);
        var output = new MemoryOutput();
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        var primers = second[(second.IndexOf("[the primers](", StringComparison.Ordinal) + "[the primers](".Length)..];
        Assert.True(output.Files.ContainsKey(primers[1..primers.IndexOf(')', StringComparison.Ordinal)] + "index.html"), primers);
    }

    [Fact]
    public void AnOldSlugForAChineseCategoryTheDispatchDoesNotHaveIsWarnedOf()
    {
        var built = TestSite.Parse("""
            -- site.yml --
            title: T
            base_url: https://example.org/
            -- content/dispatches/a.md --
            ---
            title: A
            date: 2022-05-15
            categories: [新闻]
            wordpress_slugs:
              categories: {新闻: old-news, 体育: old-sports}
            ---
            Text.
            """).BuildOk();

        var warning = Assert.Single(built.Warnings, d => d.Code == "SG0236");
        Assert.Contains("'体育'", warning.Message, StringComparison.Ordinal);
        Assert.True(built.Has("category/old-news/index.html"));
        Assert.False(built.Has("category/old-sports/index.html"));
    }
}
