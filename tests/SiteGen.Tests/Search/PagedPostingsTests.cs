using System.Text.Json;
using SiteGen.IO;
using SiteGen.Search;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>
/// A word in more dispatches than a page holds keeps its postings in pages of its own, newest first: the first answer
/// reads the newest pages, ranks exactly the dispatches every word's pages cover, and reads older pages on demand.
/// </summary>
public sealed class PagedPostingsTests
{
    private const int Documents = 30;
    private const int PerPage = 4;

    /// <summary>
    /// 30 dispatches, id 0 the newest: "front" and "fighting" in all (weight 1 + id mod 3 and 1), "kherson" in 2, 17
    /// and 25, "slow" in 5, 9 and 22, the phrase "slow fighting" in 5 and 22 only.
    /// </summary>
    private static SearchDocument Document(int id, int frontWeight = -1)
    {
        var weights = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["front"] = frontWeight >= 0 ? frontWeight : 1 + (id % 3),
            ["fighting"] = 1,
            ["dispatch"] = 8,
        };
        if (id is 2 or 17 or 25)
        {
            weights["kherson"] = 8;
        }

        if (id is 5 or 9 or 22)
        {
            weights["slow"] = 1;
        }

        var text = id is 5 or 22 ? "Slow fighting at the front." : id == 9 ? "The fighting was slow." : "Fighting at the front.";
        return new SearchDocument($"Dispatch {id}", $"/{id}/", "1 March 2026", text, text, weights);
    }

    private static (SearchIndexBuilder Builder, MemoryOutput Output) Build(Func<int, SearchDocument>? document = null)
    {
        var output = new MemoryOutput();
        var builder = new SearchIndexBuilder(Documents, [], PerPage);
        for (var id = 0; id < Documents; id++)
        {
            builder.Add(id, (document ?? (i => Document(i)))(id), output);
        }

        builder.Write(output);
        return (builder, output);
    }

    [Fact]
    public void ACommonWordsBucketNamesItsPagesWhichHoldItsPostingsNewestFirst()
    {
        var (_, output) = Build();
        using var meta = JsonDocument.Parse(output.ReadText("search/index/meta.json"));
        var buckets = (uint)meta.RootElement.GetProperty("buckets").GetInt32();

        using var bucket = JsonDocument.Parse(output.ReadText($"search/index/t/{SearchText.Hash("front") & (buckets - 1)}.json"));
        Assert.Equal([-30, 4, 8, 12, 16, 20, 24, 28], bucket.RootElement.GetProperty("front").EnumerateArray().Select(v => v.GetInt32()));
        using var kherson = JsonDocument.Parse(output.ReadText($"search/index/t/{SearchText.Hash("kherson") & (buckets - 1)}.json"));
        Assert.Equal([2, 8, 15, 8, 8, 8], kherson.RootElement.GetProperty("kherson").EnumerateArray().Select(v => v.GetInt32()));

        var hash = SearchText.Hash("front").ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
        using var first = JsonDocument.Parse(output.ReadText($"search/index/p/{hash}-0.json"));
        Assert.Equal([0, 1, 1, 2, 1, 3, 1, 1], first.RootElement.GetProperty("front").EnumerateArray().Select(v => v.GetInt32()));
        using var last = JsonDocument.Parse(output.ReadText($"search/index/p/{hash}-7.json"));
        Assert.Equal([28, 2, 1, 3], last.RootElement.GetProperty("front").EnumerateArray().Select(v => v.GetInt32()));
        Assert.False(output.Files.ContainsKey($"search/index/p/{hash}-8.json"));
    }

    [Fact]
    public void ReplacingDocumentsWritesWhatAFreshIndexWouldAndNamesThePagesGone()
    {
        var random = new Random(20);
        var weights = Enumerable.Range(0, Documents).Select(i => 1 + (i % 3)).ToArray();
        var (builder, output) = Build();
        for (var round = 0; round < 40; round++)
        {
            // Each edit changes one word's weight or takes "front" out of (or back into) a dispatch, which moves page
            // boundaries and, below 29 postings, drops the last page.
            var id = random.Next(Documents);
            weights[id] = random.Next(4);
            var edit = new MemoryOutput();
            var removed = builder.Replace(id, Edited(id, weights[id]), edit);
            foreach (var (path, bytes) in edit.Files)
            {
                output.Write(path, bytes);
            }

            var (_, fresh) = Build(i => Edited(i, weights[i]));
            foreach (var path in removed)
            {
                Assert.True(output.Files.ContainsKey(path), $"round {round}: {path} is named removed but was never written");
            }

            var kept = output.Files.Keys.Except(removed).ToHashSet(StringComparer.Ordinal);
            Assert.Equal(fresh.Files.Keys.Order(StringComparer.Ordinal), kept.Order(StringComparer.Ordinal));
            foreach (var path in kept)
            {
                Assert.True(fresh.Files[path].AsSpan().SequenceEqual(output.Files[path]), $"round {round}: {path} differs from a fresh index's");
            }

            output = new MemoryOutput();
            foreach (var path in kept)
            {
                output.Write(path, fresh.Files[path]);
            }
        }
    }

    /// <summary>Dispatch <paramref name="id"/> with "front" at <paramref name="weight"/>, or without it at 0.</summary>
    private static SearchDocument Edited(int id, int weight)
    {
        var document = Document(id, Math.Max(weight, 1));
        return weight > 0 ? document : document with { Weights = document.Weights.Where(w => w.Key != "front").ToDictionary(StringComparer.Ordinal) };
    }

    [SkippableFact]
    public void TheFirstAnswerReadsTheNewestPagesAndMoreReadsOlderOnes()
    {
        var answers = Run(Build().Output, "front", "front kherson", "\"slow fighting\"", "kherson slow");

        // "front": a page covers 4 dispatches; the first answer reads pages until 10 are ranked, each window best first.
        var front = answers[0];
        Assert.Equal([2, 1, 0, 3, 5, 4, 7, 6, 8, 11, 10, 9], front.Ids);
        Assert.False(front.Complete);
        Assert.Contains(front.Fetched, f => f.EndsWith("-2.json", StringComparison.Ordinal));
        Assert.DoesNotContain(front.Fetched, f => f.EndsWith("-3.json", StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(0, Documents).Order(), front.All.Order());

        // Two words, one common: only dispatches both cover are ranked; four pages past the first, then on demand.
        var both = answers[1];
        Assert.Equal([2, 17], both.Ids);
        Assert.False(both.Complete);
        Assert.Equal([2, 17, 25], both.All);

        // A phrase is checked in the candidates' text: 9 has both words, not in that order.
        var phrase = answers[2];
        Assert.Equal([5], phrase.Ids);
        Assert.Contains("d/9.json", phrase.Fetched);
        Assert.Equal([5, 22], phrase.All);

        // No dispatch has both: those with either, the rarer word's first.
        var either = answers[3];
        Assert.True(either.Complete);
        Assert.Equal([2, 17, 25, 5, 9, 22], either.Ids);
    }

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private sealed record Answer(string Query, List<int> Ids, bool Complete, List<string> Fetched, List<int> All);

    private static List<Answer> Run(MemoryOutput output, params string[] queries) => SiteScript.Run<List<Answer>>(Script, queries, output.Files, Json);

    /// <summary>Runs each query with the theme's searcher against an index on disk: the first answer, what it read, then every answer "more" gives.</summary>
    private const string Script = """
        (async () => {
          const answers = [];
          for (const query of input) {
            const fetched = [];
            const load = (file) => {
              fetched.push(file);
              return readIndex(file);
            };
            const result = await search.searcher(load).run(query);
            const first = { query, ids: result.ids.slice(), complete: result.complete, fetched: fetched.slice() };
            while (!result.complete) await result.more(result.ids.length + 10);
            answers.push({ ...first, all: result.ids.slice() });
          }
          console.log(JSON.stringify(answers));
        })().catch((e) => { console.error(e); process.exit(1); });
        """;
}
