using SiteGen.IO;
using SiteGen.Text;
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

    // Each document's words as ids into one table of words: a dictionary of strings per document came to
    // gigabytes at 100,000 dispatches.
    private readonly StoredDocument?[] _documents = new StoredDocument?[count];
    private readonly WordTable _words = new();

    // Kept from the last Write so that Replace can redo only the buckets a changed document touches.
    private SortedDictionary<string, List<int>>[]? _bucketTokens;
    private int _totalPostings;

    /// <summary>Sets document <paramref name="index"/> (its position in the newest-first list); thread-safe by slot.</summary>
    public void Add(int index, SearchDocument document) => _documents[index] = Store(document);

    public void Write(IOutputSink output)
    {
        var documents = _documents.Where(d => d is not null).Select(d => d!).ToList();
        var totalPostings = documents.Sum(d => d.Words.Length);
        var buckets = BucketCount(totalPostings);
        var bucketTokens = new SortedDictionary<string, List<int>>[buckets];
        for (var b = 0; b < buckets; b++)
        {
            bucketTokens[b] = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        }

        var words = _words.ToArray();
        for (var id = 0; id < documents.Count; id++)
        {
            var document = documents[id];
            for (var k = 0; k < document.Words.Length; k++)
            {
                var token = words[document.Words[k]];
                var bucket = bucketTokens[SearchText.Hash(token) & (uint)(buckets - 1)];
                if (!bucket.TryGetValue(token, out var postings))
                {
                    bucket[token] = postings = [];
                }

                postings.Add(id);
                postings.Add(document.Weights[k]);
            }
        }

        Parallel.For(0, buckets, b => WriteBucket(output, bucketTokens, b));
        var chunks = documents.Chunk(DocumentsPerChunk).ToList();
        Parallel.For(0, chunks.Count, c => WriteChunk(output, chunks[c], c));

        var meta = new Dictionary<string, int>
        {
            ["version"] = 1,
            ["documents"] = documents.Count,
            ["buckets"] = buckets,
            ["chunk"] = DocumentsPerChunk,
        };
        output.Write($"{Folder}meta.json", JsonText.ToUtf8Bytes(meta, SearchIndexJson.Default.DictionaryStringInt32));
        _bucketTokens = documents.Count == _documents.Length ? bucketTokens : null;
        _totalPostings = totalPostings;
    }

    /// <summary>
    /// Puts <paramref name="document"/> in place of document <paramref name="index"/> after a <see cref="Write"/>, and
    /// writes again only the buckets holding its old or new words and the chunk holding its row. The files come out as
    /// <see cref="Write"/> would write them for the new set of documents.
    /// </summary>
    public void Replace(int index, SearchDocument document, IOutputSink output)
    {
        var previous = _documents[index];
        var stored = Store(document);
        _documents[index] = stored;
        var totalPostings = _totalPostings - (previous?.Words.Length ?? 0) + stored.Words.Length;
        if (_bucketTokens is not { } bucketTokens || previous is null || BucketCount(totalPostings) != bucketTokens.Length)
        {
            Write(output);
            return;
        }

        _totalPostings = totalPostings;
        var mask = (uint)(bucketTokens.Length - 1);
        var touched = new SortedSet<int>();
        var before = previous.ToWeights(_words);
        var after = stored.ToWeights(_words);
        foreach (var (token, weight) in before)
        {
            if (after.TryGetValue(token, out var same) && same == weight)
            {
                continue;
            }

            var bucket = (int)(SearchText.Hash(token) & mask);
            var postings = bucketTokens[bucket][token];
            postings.RemoveRange(FindPosting(postings, index), 2);
            if (postings.Count == 0)
            {
                bucketTokens[bucket].Remove(token);
            }

            touched.Add(bucket);
        }

        foreach (var (token, weight) in after)
        {
            if (before.TryGetValue(token, out var same) && same == weight)
            {
                continue;
            }

            var bucket = (int)(SearchText.Hash(token) & mask);
            if (!bucketTokens[bucket].TryGetValue(token, out var postings))
            {
                bucketTokens[bucket][token] = postings = [];
            }

            postings.InsertRange(FindPosting(postings, index), [index, weight]);
            touched.Add(bucket);
        }

        foreach (var bucket in touched)
        {
            WriteBucket(output, bucketTokens, bucket);
        }

        var chunk = index / DocumentsPerChunk;
        WriteChunk(output, _documents.Skip(chunk * DocumentsPerChunk).Take(DocumentsPerChunk).Select(d => d!).ToArray(), chunk);
    }

    private static string Folder => SitePaths.SearchIndex.TrimStart('/');

    private static int BucketCount(int totalPostings)
    {
        var buckets = 16;
        while (buckets < 8192 && totalPostings / buckets > PostingsPerBucket)
        {
            buckets *= 2;
        }

        return buckets;
    }

    /// <summary>Where document <paramref name="id"/> is or belongs in [id, weight, ...] pairs sorted by id.</summary>
    private static int FindPosting(List<int> pairs, int id)
    {
        var low = 0;
        var high = pairs.Count / 2;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (pairs[middle * 2] < id)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low * 2;
    }

    private static void WriteBucket(IOutputSink output, SortedDictionary<string, List<int>>[] bucketTokens, int bucket)
    {
        // Each token maps to [id, weight, id, weight, ...] with ids delta-encoded to keep the files small.
        var encoded = bucketTokens[bucket].ToDictionary(t => t.Key, t => DeltaEncode(t.Value), StringComparer.Ordinal);
        output.Write($"{Folder}t/{bucket}.json", JsonText.ToUtf8Bytes(encoded, SearchIndexJson.Default.DictionaryStringInt32Array));
    }

    private StoredDocument Store(SearchDocument document)
    {
        var words = new int[document.Weights.Count];
        var weights = new byte[words.Length];
        var k = 0;
        foreach (var (token, weight) in document.Weights)
        {
            words[k] = _words.IdOf(token);
            weights[k++] = (byte)weight;
        }

        return new StoredDocument(document.Title, document.Url, document.Date, document.Snippet, words, weights);
    }

    private static void WriteChunk(IOutputSink output, StoredDocument[] chunk, int index)
    {
        var rows = chunk.Select(d => new[] { d.Title, d.Url, d.Date, d.Snippet }).ToList();
        output.Write($"{Folder}d/{index}.json", JsonText.ToUtf8Bytes(rows, SearchIndexJson.Default.ListStringArray));
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

    /// <summary>A document as kept between <see cref="Add"/> and <see cref="Write"/>: its row, and its words by id with their weights.</summary>
    private sealed record StoredDocument(string Title, string Url, string Date, string Snippet, int[] Words, byte[] Weights)
    {
        public Dictionary<string, int> ToWeights(WordTable words)
        {
            var result = new Dictionary<string, int>(Words.Length, StringComparer.Ordinal);
            for (var k = 0; k < Words.Length; k++)
            {
                result[words[Words[k]]] = Weights[k];
            }

            return result;
        }
    }

    /// <summary>Every word of the index once, numbered in the order first seen; thread-safe.</summary>
    private sealed class WordTable
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<string> _words = [];
        private readonly Lock _gate = new();

        public string this[int id]
        {
            get
            {
                lock (_gate)
                {
                    return _words[id];
                }
            }
        }

        public string[] ToArray()
        {
            lock (_gate)
            {
                return [.. _words];
            }
        }

        public int IdOf(string word)
        {
            if (_ids.TryGetValue(word, out var id))
            {
                return id;
            }

            lock (_gate)
            {
                if (!_ids.TryGetValue(word, out id))
                {
                    id = _words.Count;
                    _words.Add(word);
                    _ids[word] = id;
                }

                return id;
            }
        }
    }
}
