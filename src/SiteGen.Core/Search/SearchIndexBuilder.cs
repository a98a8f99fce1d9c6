using SiteGen.IO;
using SiteGen.Text;
using SiteGen.Urls;

namespace SiteGen.Search;

/// <summary>
/// Builds the static search index under <c>/search/index/</c>, split so a query downloads only what it needs:
/// <c>meta.json</c> (sizes, and the actors' other spellings); the vocabulary file of each query word (<c>v/XY.json</c>,
/// chosen by <see cref="SearchText.VocabularyShard"/>: the words a prefix, a typo or another transliteration may
/// mean, commonest first); the posting bucket of each word searched (<c>t/N.json</c>, chosen by
/// <see cref="SearchText.Hash"/>); and one small file per result shown (<c>d/N.json</c>: title, link, date, summary
/// and text, from which the browser cuts the passage around the match and checks quoted phrases).
/// </summary>
/// <remarks>A document's id is its slot, its position in the newest-first list: the lower the id, the newer.</remarks>
internal sealed class SearchIndexBuilder(int count, IReadOnlyList<string[]> aliases)
{
    private const int PostingsPerBucket = 2500;

    // One letter per vocabulary file until the vocabulary grows past this, then two, so the file a query fetches
    // stays some tens of kilobytes at 100,000 dispatches.
    private const int WordsForTwoLetterShards = 20_000;

    // Each document's words as ids into one table of words: a dictionary of strings per document came to
    // gigabytes at 100,000 dispatches.
    private readonly StoredDocument?[] _documents = new StoredDocument?[count];
    private readonly WordTable _words = new();

    // Kept from the last Write so that Replace can redo only the files a changed document touches.
    private SortedDictionary<string, List<int>>[]? _bucketTokens;
    private int _totalPostings;
    private int _shardLength;

    /// <summary>
    /// Sets document <paramref name="index"/> (its position in the newest-first list) and writes its own file;
    /// thread-safe by slot. Its text is written now, not kept: at 100,000 dispatches it would take gigabytes.
    /// </summary>
    public void Add(int index, SearchDocument document, IOutputSink output)
    {
        _documents[index] = Store(document);
        WriteDocument(output, index, document);
    }

    public void Write(IOutputSink output)
    {
        var totalPostings = _documents.Sum(d => d?.Words.Length ?? 0);
        var buckets = BucketCount(totalPostings);
        var bucketTokens = new SortedDictionary<string, List<int>>[buckets];
        for (var b = 0; b < buckets; b++)
        {
            bucketTokens[b] = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        }

        var words = _words.ToArray();
        var documents = 0;
        for (var id = 0; id < _documents.Length; id++)
        {
            if (_documents[id] is not { } document)
            {
                continue;
            }

            documents++;
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
        var vocabulary = bucketTokens.SelectMany(b => b.Keys).Where(IsVocabularyWord).Count();
        var shardLength = vocabulary > WordsForTwoLetterShards ? 2 : 1;
        WriteVocabulary(output, bucketTokens, shardLength, null);

        var meta = new SearchIndexMeta(Version: 2, Documents: documents, Buckets: buckets, Vocabulary: shardLength, Aliases: aliases);
        output.Write($"{Folder}meta.json", JsonText.ToUtf8Bytes(meta, SearchIndexJson.Default.SearchIndexMeta));
        _bucketTokens = bucketTokens;
        _totalPostings = totalPostings;
        _shardLength = shardLength;
    }

    /// <summary>
    /// Puts <paramref name="document"/> in place of document <paramref name="index"/> after a <see cref="Write"/>, and
    /// writes again only the buckets and vocabulary files holding its old or new words and its own file. The files
    /// come out as <see cref="Write"/> would write them for the new set of documents.
    /// </summary>
    public void Replace(int index, SearchDocument document, IOutputSink output)
    {
        var previous = _documents[index];
        var stored = Store(document);
        _documents[index] = stored;
        WriteDocument(output, index, document);
        var totalPostings = _totalPostings - (previous?.Words.Length ?? 0) + stored.Words.Length;
        if (_bucketTokens is not { } bucketTokens || previous is null || BucketCount(totalPostings) != bucketTokens.Length)
        {
            Write(output);
            return;
        }

        _totalPostings = totalPostings;
        var mask = (uint)(bucketTokens.Length - 1);
        var touched = new SortedSet<int>();
        var shards = new HashSet<string>(StringComparer.Ordinal);
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
            shards.Add(SearchText.VocabularyShard(token, _shardLength));
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
            shards.Add(SearchText.VocabularyShard(token, _shardLength));
        }

        var vocabulary = bucketTokens.SelectMany(b => b.Keys).Where(IsVocabularyWord).Count();
        if ((vocabulary > WordsForTwoLetterShards ? 2 : 1) != _shardLength)
        {
            Write(output);
            return;
        }

        foreach (var bucket in touched)
        {
            WriteBucket(output, bucketTokens, bucket);
        }

        WriteVocabulary(output, bucketTokens, _shardLength, shards);
    }

    /// <summary>Words a prefix, a typo or another spelling may stand for: letters only (numbers and date tokens are matched exactly).</summary>
    private static bool IsVocabularyWord(string token)
    {
        foreach (var ch in token)
        {
            if (char.IsDigit(ch))
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<string> AllShards(int length)
    {
        const string letters = "_abcdefghijklmnopqrstuvwxyz";
        return length == 1 ? letters.Select(c => c.ToString()) : letters.SelectMany(a => letters.Select(b => $"{a}{b}"));
    }

    /// <summary>Writes the vocabulary files (all, or those in <paramref name="only"/>): each word once, the words in most documents first.</summary>
    private static void WriteVocabulary(IOutputSink output, SortedDictionary<string, List<int>>[] bucketTokens, int shardLength, HashSet<string>? only)
    {
        var shards = bucketTokens
            .SelectMany(b => b)
            .Where(t => IsVocabularyWord(t.Key))
            .Select(t => (Word: t.Key, Documents: t.Value.Count / 2, Shard: SearchText.VocabularyShard(t.Key, shardLength)))
            .Where(t => only is null || only.Contains(t.Shard))
            .GroupBy(t => t.Shard, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.Documents).ThenBy(t => t.Word, StringComparer.Ordinal).Select(t => t.Word).ToArray(), StringComparer.Ordinal);
        // Every file a query may ask for exists, if empty: a missing one would be a 404 in the reader's console.
        foreach (var shard in only ?? AllShards(shardLength))
        {
            shards.TryAdd(shard, []);
        }

        Parallel.ForEach(shards, shard => output.Write($"{Folder}v/{shard.Key}.json", JsonText.ToUtf8Bytes(shard.Value, SearchIndexJson.Default.StringArray)));
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

        return new StoredDocument(words, weights);
    }

    private static void WriteDocument(IOutputSink output, int index, SearchDocument document) =>
        output.Write($"{Folder}d/{index}.json", JsonText.ToUtf8Bytes(new[] { document.Title, document.Url, document.Date, document.Snippet, document.Text }, SearchIndexJson.Default.StringArray));

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

    /// <summary>A document as kept between <see cref="Add"/> and <see cref="Write"/>: its words by id with their weights.</summary>
    private sealed record StoredDocument(int[] Words, byte[] Weights)
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
