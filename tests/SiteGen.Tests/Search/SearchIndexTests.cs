using System.Text.Json;
using SiteGen.Search;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

public sealed class SearchIndexTests
{
    private const string Site = """
        -- site.yml --
        title: T
        time_zone: Europe/Kyiv
        -- content/actors/syrskyi.md --
        ---
        name: Олександр Сирський
        kind: person
        ---
        -- content/actors/lukashenko.md --
        ---
        name: Alexander Lukashenko
        kind: person
        aliases: [Лукашэнка, Lukašenka]
        ---
        -- content/dispatches/a.md --
        ---
        title: Older
        date: 2025-06-23T23:30:00Z
        actors: [syrskyi]
        ---
        Сирський spoke about the front.
        -- content/dispatches/b.md --
        ---
        title: Newer
        date: 2025-07-01
        actors: [lukashenko]
        ---
        Lukashenko said little.
        """;

    [Theory]
    [InlineData("zelenskyy", "zelenski")]
    [InlineData("zelensky", "zelenski")]
    [InlineData("syrskyi", "sirski")]
    [InlineData("sirskii", "sirski")]
    [InlineData("vagner", "vagner")]
    [InlineData("wagner", "vagner")]
    public void FoldJoinsTransliterations(string word, string folded) => Assert.Equal(folded, SearchText.Fold(word));

    [Fact]
    public void DispatchesAreFoundByTheirLocalDayAndMonth()
    {
        var site = TestSite.Parse(Site).BuildOk();
        using var meta = JsonDocument.Parse(site.Text("search/index/meta.json"));
        var buckets = (uint)meta.RootElement.GetProperty("buckets").GetInt32();

        // 23:30 UTC on 23 June is 02:30 on 24 June in Kyiv, where the site's days are counted. The newer is id 0.
        Assert.Equal([1], Postings(site, "d20250624", buckets));
        Assert.Equal([1], Postings(site, "m202506", buckets));
        Assert.Equal([0], Postings(site, "m202507", buckets));
    }

    [Fact]
    public void VocabularyListsWordsByTheirFoldedFirstLetterAndAliasesAreGrouped()
    {
        var site = TestSite.Parse(Site).BuildOk();

        using var s = JsonDocument.Parse(site.Text("search/index/v/s.json"));
        Assert.Contains("sirskii", s.RootElement.EnumerateArray().Select(w => w.GetString()));
        Assert.Equal("[]", site.Text("search/index/v/q.json"));
        Assert.DoesNotContain(s.RootElement.EnumerateArray(), w => w.GetString()!.Any(char.IsDigit));

        using var meta = JsonDocument.Parse(site.Text("search/index/meta.json"));
        var groups = meta.RootElement.GetProperty("aliases").EnumerateArray().Select(g => g.EnumerateArray().Select(w => w.GetString()).ToList()).ToList();
        Assert.Contains(groups, g => g.SequenceEqual(["lukashenko", "lukashenka", "lukasenka"]));
    }

    [Fact]
    public void EachDocumentFileHoldsItsRowAndText()
    {
        var site = TestSite.Parse(Site).BuildOk();
        using var row = JsonDocument.Parse(site.Text("search/index/d/1.json"));

        Assert.Equal("Older", row.RootElement[0].GetString());
        Assert.Equal("/2025/06/24/older/", row.RootElement[1].GetString());
        Assert.Contains("Сирський spoke about the front.", row.RootElement[4].GetString(), StringComparison.Ordinal);
    }

    private static List<int> Postings(BuiltSite site, string token, uint buckets)
    {
        using var bucket = JsonDocument.Parse(site.Text($"search/index/t/{SearchText.Hash(token) & (buckets - 1)}.json"));
        var ids = new List<int>();
        if (bucket.RootElement.TryGetProperty(token, out var list))
        {
            var values = list.EnumerateArray().Select(v => v.GetInt32()).ToList();
            var id = 0;
            for (var i = 0; i < values.Count; i += 2)
            {
                id += values[i];
                ids.Add(id);
            }
        }

        return ids;
    }
}
