using System.Text.Json;
using System.Text.RegularExpressions;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>JSON-LD, JSON feeds and the search index keep letters of any script as UTF-8 and escape only what must be escaped.</summary>
public sealed partial class JsonOutputTests
{
    private const string Title = "Калиноўскі & <Jäger> \"quoted\"";

    private static BuiltSite Build() => TestSite.Parse($$"""
        -- site.yml --
        title: T
        base_url: https://example.org/
        time_zone: Europe/Minsk
        -- content/actors/kalinouski.md --
        ---
        name: Kastuś Kalinoŭski Battalion
        ---
        -- content/dispatches/a.md --
        ---
        title: '{{Title}}'
        summary: Łukašenka in Мінск.
        date: 2022-05-15T08:30
        slug: a
        actors: [kalinouski]
        ---
        Body.
        """).BuildOk();

    [Fact]
    public void JsonLdWritesLettersAndOffsetsAsTheyAreButNoMarkup()
    {
        var html = Build().Text("2022/05/15/a/index.html");
        var json = JsonLd().Match(html).Groups[1].Value;

        Assert.Contains("\"headline\":\"Калиноўскі \\u0026 \\u003CJäger\\u003E \\\"quoted\\\"\"", json, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"Kastuś Kalinoŭski Battalion\"", json, StringComparison.Ordinal);
        Assert.Contains("\"datePublished\":\"2022-05-15T08:30:00+03:00\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        using var ld = JsonDocument.Parse(json);
        Assert.Equal(Title, ld.RootElement.GetProperty("headline").GetString());
    }

    [Fact]
    public void SearchDocumentsWriteLettersAsTheyAre()
    {
        var document = Build().Text("search/index/d/0.json");

        Assert.Contains("Калиноўскі \\u0026 \\u003CJäger\\u003E", document, StringComparison.Ordinal);
        Assert.Contains("Łukašenka in Мінск.", document, StringComparison.Ordinal);
        using var row = JsonDocument.Parse(document);
        Assert.Equal(Title, row.RootElement[0].GetString());
    }

    [Theory]
    [InlineData("feed.json")]
    [InlineData("actors/kalinouski/feed.json")]
    public void JsonFeedsAreCompactWithLettersAsTheyAre(string path)
    {
        var feed = Build().Text(path);

        Assert.DoesNotContain("\n", feed, StringComparison.Ordinal);
        Assert.Contains("\"title\":\"Калиноўскі \\u0026 \\u003CJäger\\u003E \\\"quoted\\\"\"", feed, StringComparison.Ordinal);
        Assert.Contains("\"date_published\":\"2022-05-15T08:30:00+03:00\"", feed, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(feed);
        Assert.Equal(Title, json.RootElement.GetProperty("items")[0].GetProperty("title").GetString());
    }

    [Fact]
    public void JsonFeedItemsCarryTheSummaryOnce()
    {
        var built = Build();
        using var site = JsonDocument.Parse(built.Text("feed.json"));
        var full = site.RootElement.GetProperty("items")[0];
        Assert.Contains("Body.", full.GetProperty("content_html").GetString(), StringComparison.Ordinal);
        Assert.Equal("Łukašenka in Мінск.", full.GetProperty("summary").GetString());

        using var actor = JsonDocument.Parse(built.Text("actors/kalinouski/feed.json"));
        var brief = actor.RootElement.GetProperty("items")[0];
        Assert.Equal("Łukašenka in Мінск.", brief.GetProperty("content_text").GetString());
        Assert.False(brief.TryGetProperty("summary", out _), "a summary-only item repeats its content_text as summary");
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>")]
    private static partial Regex JsonLd();
}
