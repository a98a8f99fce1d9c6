using System.Text;
using System.Text.Json;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Robustness;

/// <summary>A title carrying markup is text wherever the site shows it: every output file, not a chosen few.</summary>
[Trait("Category", "Robustness")]
public sealed class HostileTitleTests
{
    private const string Title = "<script>alert(1)</script><img src=x onerror=alert(2)>";

    private static BuiltSite Build() => TestSite.Parse($$"""
        -- site.yml --
        title: T
        base_url: https://example.org/
        -- content/actors/belarus.md --
        ---
        name: Belarus
        ---
        -- content/dispatches/a.md --
        ---
        title: '{{Title}}'
        date: 2022-05-15
        slug: hostile
        actors: [Belarus]
        tags: ['{{Title}}']
        ---
        Body about Belarus.
        """).BuildOk();

    [Fact]
    public void NoOutputFileCarriesTheTitleAsMarkup()
    {
        var site = Build();
        var carrying = 0;
        foreach (var (path, bytes) in site.Output.Files)
        {
            var text = Encoding.UTF8.GetString(bytes);
            Assert.False(text.Contains("<script>alert(1)", StringComparison.Ordinal), $"{path} carries the title's <script> as markup");
            Assert.False(text.Contains("<img src=x", StringComparison.Ordinal), $"{path} carries the title's <img> as markup");
            if (text.Contains("alert(1)", StringComparison.Ordinal))
            {
                carrying++;
            }
        }

        // The title must actually be there, escaped, or the assertions above prove nothing.
        Assert.True(carrying >= 8, $"only {carrying} files carry the title at all");
    }

    [Fact]
    public void TitleIsEscapedInThePageItsMetaTagsAndJsonLd()
    {
        var html = Build().Text("2022/05/15/hostile/index.html");
        const string escaped = "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;";
        Assert.Contains($"<title>{escaped} · T</title>", html, StringComparison.Ordinal);
        Assert.Contains($"<meta property=\"og:title\" content=\"{escaped}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<h1", html, StringComparison.Ordinal);
        Assert.Contains($">{escaped}</h1>", html, StringComparison.Ordinal);

        var ldStart = html.IndexOf("<script type=\"application/ld+json\">", StringComparison.Ordinal);
        Assert.True(ldStart >= 0, "no JSON-LD");
        var jsonStart = html.IndexOf('>', ldStart) + 1;
        var json = html[jsonStart..html.IndexOf("</script>", jsonStart, StringComparison.Ordinal)];
        using var ld = JsonDocument.Parse(json);
        Assert.Equal(Title, ld.RootElement.GetProperty("headline").GetString());
    }

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("rss.xml")]
    [InlineData("actors/belarus/feed.xml")]
    public void FeedsCarryTheTitleAsEscapedText(string path)
    {
        var xml = System.Xml.Linq.XDocument.Parse(Build().Text(path));
        Assert.Contains(xml.Descendants().Where(e => e.Name.LocalName == "title"), e => e.Value == Title);
    }

    [Fact]
    public void JsonFeedAndSearchIndexCarryTheTitleAsAString()
    {
        var site = Build();
        using var feed = JsonDocument.Parse(site.Text("feed.json"));
        Assert.Equal(Title, feed.RootElement.GetProperty("items")[0].GetProperty("title").GetString());

        var index = site.Output.Files.Keys.Where(k => k.StartsWith("search/index/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(index);
        Assert.Contains(index, k => Encoding.UTF8.GetString(site.Output.Files[k]).Contains("alert(1)", StringComparison.Ordinal));
        Assert.All(index, k => JsonDocument.Parse(site.Output.Files[k]).Dispose());
    }
}
