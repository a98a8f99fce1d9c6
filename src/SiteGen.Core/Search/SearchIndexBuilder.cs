using SiteGen.IO;
using SiteGen.Text;
using SiteGen.Urls;

namespace SiteGen.Search;

/// <summary>
/// Builds the static search index under <c>/search/index/</c>, split so a query downloads only what it needs:
/// <c>meta.json</c> (sizes, and the actors' other spellings); the vocabulary file of each query word (<c>v/XY.json</c>,
/// or <c>v/u4e4c.json</c> for a word in another script, chosen by <see cref="SearchText.VocabularyShard"/>: the words a
/// prefix, a typo or another transliteration may mean, commonest first); the posting bucket of each word searched (<c>t/N.json</c>, chosen by
/// <see cref="SearchText.Hash"/>); for a word in more dispatches than a page holds, its postings a page at a time,
/// newest first (<c>p/HASH-K.json</c>); and one small file per result shown (<c>d/N.json</c>: title, link, date,
/// summary and text, from which the browser cuts the passage around the match and checks quoted phrases).
/// </summary>
/// <remarks>
/// A document's id is its slot, its position in the newest-first list: the lower the id, the newer. A common word's
/// bucket holds only its count and where each of its pages starts (<c>[-count, first id of page 2, ...]</c>), so
/// the first answer to a query costs a page of each word's postings however common the word, and reads the
/// dispatches those pages cover exactly; older pages are fetched as the reader asks for more.
/// </remarks>
/// <param name="count">How many dispatches (slots) the site has.</param>
/// <param name="aliases">The actors' names, a group per actor, for <c>meta.json</c>.</param>
/// <param name="postingsPerPage">The most postings a word keeps in its bucket, and the size of each page past that.</param>
internal sealed class SearchIndexBuilder(int count, IReadOnlyList<string[]> aliases, int postingsPerPage = SearchIndexBuilder.DefaultPostingsPerPage)
{
    /// <summary>
    /// About 16–24 KB of JSON a page: a word in most of 100,000 dispatches reads its newest 4,000 first, and a
    /// query of six such words (a prefix) stays within the 400 KB a first answer may cost.
    /// </summary>
    public const int DefaultPostingsPerPage = 4000;

    private const int PostingsPerBucket = 2500;

    // One letter per vocabulary file until the vocabulary grows past this, then two, so the file a query fetches
    // stays some tens of kilobytes at 100,000 dispatches.
    private const int WordsForTwoLetterShards = 20_000;

    // Each document's words as ids into one table of words: a dictionary of strings per document came to
    // gigabytes at 100,000 dispatches.
    private StoredDocument?[] _documents = new StoredDocument?[count];
    private readonly WordTable _words = new();

    // Kept from the last Write so that Replace can redo only the files a changed document touches: each word's
    // [id, weight, ...] pairs sorted by id, the words of each bucket, the paged words of each hash, the page files.
    private Dictionary<string, List<int>>? _postings;
    private SortedDictionary<string, List<int>>[]? _bucketTokens;
    private Dictionary<uint, SortedSet<string>> _pagedByHash = [];
    private HashSet<string> _pageFiles = new(StringComparer.Ordinal);
    private HashSet<string> _vocabularyFiles = new(StringComparer.Ordinal);
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

    public void Write(IOutputSink output) => WriteAll(output);

    /// <summary>Writes every file but the documents' own; returns the page and vocabulary files an earlier Write wrote that are gone now.</summary>
    private List<string> WriteAll(IOutputSink output)
    {
        var words = _words.ToArray();
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
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
                if (!postings.TryGetValue(token, out var pairs))
                {
                    postings[token] = pairs = [];
                }

                pairs.Add(id);
                pairs.Add(document.Weights[k]);
            }
        }

        var buckets = BucketCount(InlinePostings(postings));
        var bucketTokens = new SortedDictionary<string, List<int>>[buckets];
        for (var b = 0; b < buckets; b++)
        {
            bucketTokens[b] = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        }

        var pagedByHash = new Dictionary<uint, SortedSet<string>>();
        foreach (var (token, pairs) in postings)
        {
            var hash = SearchText.Hash(token);
            bucketTokens[hash & (uint)(buckets - 1)][token] = pairs;
            if (IsPaged(pairs))
            {
                if (!pagedByHash.TryGetValue(hash, out var group))
                {
                    pagedByHash[hash] = group = new SortedSet<string>(StringComparer.Ordinal);
                }

                group.Add(token);
            }
        }

        _postings = postings;
        _bucketTokens = bucketTokens;
        _pagedByHash = pagedByHash;
        Parallel.For(0, buckets, b => WriteBucket(output, b));
        var pageFiles = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(pagedByHash.Keys, hash =>
        {
            foreach (var file in WritePages(output, hash))
            {
                pageFiles.Add(file);
            }
        });

        var vocabulary = postings.Keys.Count(IsVocabularyWord);
        var shardLength = vocabulary > WordsForTwoLetterShards ? 2 : 1;
        var vocabularyFiles = WriteVocabulary(output, postings, shardLength, null).ToHashSet(StringComparer.Ordinal);

        var meta = new SearchIndexMeta(Version: 3, Documents: documents, Buckets: buckets, Vocabulary: shardLength, Aliases: aliases);
        output.Write($"{Folder}meta.json", JsonText.ToUtf8Bytes(meta, SearchIndexJson.Default.SearchIndexMeta));
        var written = new HashSet<string>(pageFiles, StringComparer.Ordinal);
        var removed = _pageFiles.Where(f => !written.Contains(f))
            .Concat(_vocabularyFiles.Where(f => !vocabularyFiles.Contains(f)))
            .Order(StringComparer.Ordinal).ToList();
        _pageFiles = written;
        _vocabularyFiles = vocabularyFiles;
        _shardLength = shardLength;
        return removed;
    }

    /// <summary>
    /// Puts <paramref name="document"/> in place of document <paramref name="index"/> after a <see cref="Write"/>, and
    /// writes again only the buckets, pages and vocabulary files holding its old or new words and its own file. The
    /// files come out as <see cref="Write"/> would write them for the new set of documents.
    /// </summary>
    /// <returns>The page files no longer written (a word now on fewer pages), to be taken out of the output.</returns>
    public IReadOnlyList<string> Replace(int index, SearchDocument document, IOutputSink output)
    {
        var previous = _documents[index];
        var stored = Store(document);
        _documents[index] = stored;
        WriteDocument(output, index, document);
        if (_postings is not { } postings || _bucketTokens is not { } bucketTokens || previous is null)
        {
            return WriteAll(output);
        }

        var before = previous.ToWeights(_words);
        var after = stored.ToWeights(_words);
        var changed = before.Where(t => !after.TryGetValue(t.Key, out var same) || same != t.Value).Select(t => t.Key)
            .Concat(after.Where(t => !before.TryGetValue(t.Key, out var same) || same != t.Value).Select(t => t.Key))
            .ToHashSet(StringComparer.Ordinal);
        var hashes = changed.Select(SearchText.Hash).ToHashSet();
        var pagesBefore = hashes.SelectMany(PageFilesOf).ToHashSet(StringComparer.Ordinal);
        var mask = (uint)(bucketTokens.Length - 1);
        foreach (var token in changed)
        {
            var hash = SearchText.Hash(token);
            if (!postings.TryGetValue(token, out var pairs))
            {
                postings[token] = pairs = [];
                bucketTokens[hash & mask][token] = pairs;
            }

            var at = FindPosting(pairs, index);
            if (at < pairs.Count && pairs[at] == index)
            {
                pairs.RemoveRange(at, 2);
            }

            if (after.TryGetValue(token, out var weight))
            {
                pairs.InsertRange(at, [index, weight]);
            }

            if (pairs.Count == 0)
            {
                postings.Remove(token);
                bucketTokens[hash & mask].Remove(token);
            }

            if (_pagedByHash.TryGetValue(hash, out var group))
            {
                group.Remove(token);
                if (group.Count == 0)
                {
                    _pagedByHash.Remove(hash);
                }
            }

            if (pairs.Count > 0 && IsPaged(pairs))
            {
                if (!_pagedByHash.TryGetValue(hash, out group))
                {
                    _pagedByHash[hash] = group = new SortedSet<string>(StringComparer.Ordinal);
                }

                group.Add(token);
            }
        }

        var vocabulary = postings.Keys.Count(IsVocabularyWord);
        if (BucketCount(InlinePostings(postings)) != bucketTokens.Length || (vocabulary > WordsForTwoLetterShards ? 2 : 1) != _shardLength)
        {
            return WriteAll(output);
        }

        foreach (var bucket in changed.Select(t => (int)(SearchText.Hash(t) & mask)).Distinct())
        {
            WriteBucket(output, bucket);
        }

        var pagesAfter = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hash in hashes.Where(_pagedByHash.ContainsKey))
        {
            pagesAfter.UnionWith(WritePages(output, hash));
        }

        var removed = pagesBefore.Where(f => !pagesAfter.Contains(f)).ToList();
        _pageFiles.ExceptWith(removed);
        _pageFiles.UnionWith(pagesAfter);
        var shards = changed.Where(IsVocabularyWord).Select(t => SearchText.VocabularyShard(t, _shardLength)).ToHashSet(StringComparer.Ordinal);
        var vocabularyFiles = WriteVocabulary(output, postings, _shardLength, shards);
        var emptied = shards.Select(VocabularyFile).Except(vocabularyFiles, StringComparer.Ordinal).Where(_vocabularyFiles.Contains).ToList();
        _vocabularyFiles.ExceptWith(emptied);
        _vocabularyFiles.UnionWith(vocabularyFiles);
        removed.AddRange(emptied);
        removed.Sort(StringComparer.Ordinal);
        return removed;
    }

    /// <summary>Whether a word's postings go to pages of their own rather than into its bucket.</summary>
    private bool IsPaged(List<int> pairs) => pairs.Count / 2 > postingsPerPage;

    private int InlinePostings(Dictionary<string, List<int>> postings) =>
        postings.Values.Sum(p => IsPaged(p) ? 0 : p.Count / 2);

    private int PageCount(List<int> pairs) => (pairs.Count / 2 + postingsPerPage - 1) / postingsPerPage;

    /// <summary>The page files of the paged words that share <paramref name="hash"/> (one file holds each of their page K).</summary>
    private IEnumerable<string> PageFilesOf(uint hash) =>
        _pagedByHash.TryGetValue(hash, out var group)
            ? Enumerable.Range(0, group.Max(t => PageCount(_postings![t]))).Select(k => PagePath(hash, k))
            : [];

    private static string PagePath(uint hash, int page) => $"{Folder}p/{hash:x8}-{page}.json";

    /// <summary>Writes page K of every paged word of <paramref name="hash"/>, each word's postings of that page delta-encoded from 0.</summary>
    private List<string> WritePages(IOutputSink output, uint hash)
    {
        var group = _pagedByHash[hash];
        var files = new List<string>();
        var pages = group.Max(t => PageCount(_postings![t]));
        for (var k = 0; k < pages; k++)
        {
            var page = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
            foreach (var token in group)
            {
                var pairs = _postings![token];
                var from = k * postingsPerPage * 2;
                if (from < pairs.Count)
                {
                    page[token] = DeltaEncode(pairs, from, Math.Min(pairs.Count, from + (postingsPerPage * 2)));
                }
            }

            var path = PagePath(hash, k);
            output.Write(path, JsonText.ToUtf8Bytes(page.ToDictionary(StringComparer.Ordinal), SearchIndexJson.Default.DictionaryStringInt32Array));
            files.Add(path);
        }

        return files;
    }

    /// <summary>
    /// Renumbers the documents after dispatches were added or removed, after a <see cref="Write"/>: document p is now
    /// the one that was <paramref name="newToOld"/>[p] (-1: a new dispatch), or the document in
    /// <paramref name="changed"/> for p. A document that only moved has its file written again from
    /// <paramref name="previous"/> (its bytes in the last output), as its text is not kept; the postings, whose ids all
    /// moved, are written again whole. Returns the files of the index no longer written.
    /// </summary>
    public IReadOnlyList<string> Reorder(IReadOnlyList<int> newToOld, IReadOnlyDictionary<int, SearchDocument> changed, IOutputSink output, Func<string, byte[]?> previous)
    {
        var old = _documents;
        var oldBuckets = _bucketTokens?.Length ?? 0;
        _documents = new StoredDocument?[newToOld.Count];
        Parallel.For(0, newToOld.Count, p =>
        {
            var from = newToOld[p];
            if (changed.TryGetValue(p, out var document))
            {
                _documents[p] = Store(document);
                WriteDocument(output, p, document);
            }
            else if (from >= 0 && old[from] is { } stored)
            {
                _documents[p] = stored;
                if (from != p)
                {
                    var file = previous(DocumentFile(from)) ?? throw new InvalidOperationException($"the last output has no {DocumentFile(from)} to move");
                    output.Write(DocumentFile(p), file);
                }
            }
        });

        var removed = WriteAll(output);
        for (var p = 0; p < old.Length; p++)
        {
            if (old[p] is not null && (p >= _documents.Length || _documents[p] is null))
            {
                removed.Add(DocumentFile(p));
            }
        }

        for (var b = _bucketTokens!.Length; b < oldBuckets; b++)
        {
            removed.Add($"{Folder}t/{b}.json");
        }

        return removed;
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

    /// <summary>The vocabulary files of words that begin with a-z, every one a query may ask for.</summary>
    private static IEnumerable<string> LatinShards(int length)
    {
        const string letters = "abcdefghijklmnopqrstuvwxyz";
        return length == 1 ? letters.Select(c => c.ToString()) : letters.SelectMany(a => ("_" + letters).Select(b => $"{a}{b}"));
    }

    private static string VocabularyFile(string shard) => $"{Folder}v/{shard}.json";

    /// <summary>
    /// Writes the vocabulary files (all, or those of the shards in <paramref name="only"/>): each word once, the words
    /// in most documents first. Returns the files written.
    /// </summary>
    /// <remarks>
    /// Every Latin file a query may ask for exists, if empty: a missing one would be a 404 in the reader's console. A
    /// file for each letter of every other script would be tens of thousands, so those exist only where some word
    /// begins with that letter, and the browser reads a missing one as no words.
    /// </remarks>
    private static List<string> WriteVocabulary(IOutputSink output, Dictionary<string, List<int>> postings, int shardLength, HashSet<string>? only)
    {
        var shards = postings
            .Where(t => IsVocabularyWord(t.Key))
            .Select(t => (Word: t.Key, Documents: t.Value.Count / 2, Shard: SearchText.VocabularyShard(t.Key, shardLength)))
            .Where(t => only is null || only.Contains(t.Shard))
            .GroupBy(t => t.Shard, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.Documents).ThenBy(t => t.Word, StringComparer.Ordinal).Select(t => t.Word).ToArray(), StringComparer.Ordinal);
        foreach (var shard in (only ?? LatinShards(shardLength)).Where(s => s.Length <= 2))
        {
            shards.TryAdd(shard, []);
        }

        Parallel.ForEach(shards, shard => output.Write(VocabularyFile(shard.Key), JsonText.ToUtf8Bytes(shard.Value, SearchIndexJson.Default.StringArray)));
        return [.. shards.Keys.Select(VocabularyFile)];
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

    /// <summary>
    /// Writes a bucket: each word to its [id, weight, ...] pairs with ids delta-encoded (to keep the files small), or,
    /// for a paged word, to its count (negative, to tell the two apart) and the first id of each page after the first.
    /// </summary>
    private void WriteBucket(IOutputSink output, int bucket)
    {
        var encoded = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (token, pairs) in _bucketTokens![bucket])
        {
            if (!IsPaged(pairs))
            {
                encoded[token] = DeltaEncode(pairs, 0, pairs.Count);
                continue;
            }

            var pages = PageCount(pairs);
            var entry = new int[pages];
            entry[0] = -(pairs.Count / 2);
            for (var k = 1; k < pages; k++)
            {
                entry[k] = pairs[k * postingsPerPage * 2];
            }

            encoded[token] = entry;
        }

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

    private static string DocumentFile(int index) => $"{Folder}d/{index}.json";

    private static void WriteDocument(IOutputSink output, int index, SearchDocument document) =>
        output.Write(DocumentFile(index), JsonText.ToUtf8Bytes(new[] { document.Title, document.Url, document.Date, document.Snippet, document.Text }, SearchIndexJson.Default.StringArray));

    /// <summary>The pairs [from, to) of [id, weight, ...], ids as differences from the one before (the first from 0).</summary>
    private static int[] DeltaEncode(List<int> pairs, int from, int to)
    {
        var result = new int[to - from];
        var previous = 0;
        for (var i = from; i < to; i += 2)
        {
            result[i - from] = pairs[i] - previous;
            result[i - from + 1] = pairs[i + 1];
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
