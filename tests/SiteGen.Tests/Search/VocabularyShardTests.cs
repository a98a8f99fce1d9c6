using SiteGen.IO;
using SiteGen.Search;

namespace SiteGen.Tests.Search;

/// <summary>
/// Each word is listed in the vocabulary file of its first letters, in every script: a site in Arabic or Chinese has
/// a file per letter as a Latin one has, not one file of all its words that every query downloads whole.
/// </summary>
public sealed class VocabularyShardTests
{
    [Theory]
    [InlineData("kherson", 1, "k")]
    [InlineData("kherson", 2, "kh")]
    [InlineData("yar", 2, "ia")]
    [InlineData("a乌", 2, "a_")]
    [InlineData("الحرب", 1, "u0627")]
    [InlineData("الحرب", 2, "u0627u0644")]
    [InlineData("βa", 2, "u03b2a")]
    [InlineData("乌克", 2, "u4e4c")]
    [InlineData("乌", 2, "u4e4c")]
    [InlineData("ยเ", 2, "u0e22")]
    public void AWordIsListedUnderItsFirstLettersInEveryScript(string token, int length, string shard)
    {
        Assert.Equal(shard, SearchText.VocabularyShard(token, length));
    }

    private static string[] Words(MemoryOutput output, string file) =>
        System.Text.Json.JsonSerializer.Deserialize<string[]>(output.ReadText(file))!;

    private static SearchDocument Document(int id, params string[] words) =>
        new($"Dispatch {id}", $"/{id}/", "1 March 2026", "text", "text", words.ToDictionary(w => w, _ => 1, StringComparer.Ordinal));

    [Fact]
    public void EachLetterOfAnotherScriptHasItsOwnFileAndOnlyWhereAWordBeginsWithIt()
    {
        var output = new MemoryOutput();
        var builder = new SearchIndexBuilder(3, []);
        builder.Add(0, Document(0, "乌克", "克兰", "kyiv"), output);
        builder.Add(1, Document(1, "الحرب", "أوكرانيا"), output);
        builder.Add(2, Document(2, "front"), output);
        builder.Write(output);

        var vocabulary = output.Files.Keys.Where(f => f.StartsWith("search/index/v/", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(["乌克"], Words(output, "search/index/v/u4e4c.json"));
        Assert.Equal(["克兰"], Words(output, "search/index/v/u514b.json"));
        Assert.Equal(["الحرب"], Words(output, "search/index/v/u0627.json"));
        Assert.Equal(["أوكرانيا"], Words(output, "search/index/v/u0623.json"));
        Assert.Equal(["kyiv"], Words(output, "search/index/v/k.json"));
        Assert.DoesNotContain("search/index/v/_.json", vocabulary);
        Assert.Equal(26 + 4, vocabulary.Count);
    }

    [Fact]
    public void ALetterNoWordBeginsWithAnyMoreLosesItsFile()
    {
        var output = new MemoryOutput();
        var builder = new SearchIndexBuilder(2, []);
        builder.Add(0, Document(0, "乌克", "front"), output);
        builder.Add(1, Document(1, "الحرب"), output);
        builder.Write(output);

        var edit = new MemoryOutput();
        var removed = builder.Replace(0, Document(0, "front", "克兰"), edit);
        Assert.Equal(["search/index/v/u4e4c.json"], removed);
        Assert.Equal(["克兰"], Words(edit, "search/index/v/u514b.json"));

        var fresh = new MemoryOutput();
        var rebuilt = new SearchIndexBuilder(2, []);
        rebuilt.Add(0, Document(0, "front", "克兰"), fresh);
        rebuilt.Add(1, Document(1, "الحرب"), fresh);
        rebuilt.Write(fresh);
        var updated = output.Files.Keys.Concat(edit.Files.Keys).Except(removed).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(fresh.Files.Keys.Order(StringComparer.Ordinal), updated.Order(StringComparer.Ordinal));
    }
}
