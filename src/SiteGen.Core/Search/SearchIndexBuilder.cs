using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.IO;
using SiteGen.Urls;

namespace SiteGen.Search;

/// <summary>
/// Builds the static search index under <c>/search/index/</c>, split so a query downloads only what it needs:
/// <c>meta.json</c>; the posting bucket of each query word (<c>t/N.json</c>, chosen by <see cref="SearchText.Hash"/>);
/// and the small document chunks (<c>d/N.json</c>) of the results it shows.
/// </summary>
public sealed class SearchIndexBuilder(int count)
{
    public const int DocumentsPerChunk = 32;
    private const int PostingsPerBucket = 2500;
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Default };

    private readonly SearchDocument?[] _documents = new SearchDocument?[count];

    /// <summary>Sets document <paramref name="index"/> (its position in the newest-first list); thread-safe by slot.</summary>
    public void Add(int index, SearchDocument document) => _documents[index] = document;

    public void Write(IOutputSink output)
    {
        var documents = _documents.Where(d => d is not null).Select(d => d!).ToList();
        var totalPostings = documents.Sum(d => d.Weights.Count);
        var buckets = 16;
        while (buckets < 8192 && totalPostings / buckets > PostingsPerBucket)
        {
            buckets *= 2;
        }

        var folder = SitePaths.SearchIndex.TrimStart('/');
        var bucketTokens = new SortedDictionary<string, List<int>>[buckets];
        for (var b = 0; b < buckets; b++)
        {
            bucketTokens[b] = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        }

        for (var id = 0; id < documents.Count; id++)
        {
            foreach (var (token, weight) in documents[id].Weights)
            {
                var bucket = bucketTokens[SearchText.Hash(token) & (uint)(buckets - 1)];
                if (!bucket.TryGetValue(token, out var postings))
                {
                    bucket[token] = postings = [];
                }

                postings.Add(id);
                postings.Add(weight);
            }
        }

        Parallel.For(0, buckets, b =>
        {
            // Each token maps to [id, weight, id, weight, ...] with ids delta-encoded to keep the files small.
            var encoded = bucketTokens[b].ToDictionary(t => t.Key, t => DeltaEncode(t.Value), StringComparer.Ordinal);
            output.Write($"{folder}t/{b}.json", JsonSerializer.SerializeToUtf8Bytes(encoded, Json));
        });

        var chunks = documents.Chunk(DocumentsPerChunk).ToList();
        Parallel.For(0, chunks.Count, c =>
        {
            var rows = chunks[c].Select(d => new[] { d.Title, d.Url, d.Date, d.Snippet }).ToList();
            output.Write($"{folder}d/{c}.json", JsonSerializer.SerializeToUtf8Bytes(rows, Json));
        });

        var meta = new Dictionary<string, int>
        {
            ["version"] = 1,
            ["documents"] = documents.Count,
            ["buckets"] = buckets,
            ["chunk"] = DocumentsPerChunk,
        };
        output.Write($"{folder}meta.json", JsonSerializer.SerializeToUtf8Bytes(meta, Json));
    }

    private static int[] DeltaEncode(List<int> pairs)
    {
        var result = new int[pairs.Count];
        var previous = 0;
        for (var i = 0; i < pairs.Count; i += 2)
        {
            result[i] = pairs[i] - previous;
            result[i + 1] = pairs[i + 1];
            previous = pairs[i];
        }

        return result;
    }
}
