using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SiteGen.Import.Writing;

/// <summary>
/// What the importer last wrote to each target (<c>.sitegen/import-manifest.json</c>, a SHA-256 per site-relative
/// path), so that a file someone edited since is told apart from one the import may refresh, and which post it was
/// (<see cref="PostRecord"/>) and from what kind of input, so that a later import of another post does not take it
/// over, nor a saved page of a post the export wrote replace the export's copy.
/// </summary>
/// <remarks>
/// Manifests written before the posts were recorded have only <c>Files</c>: such a file counts as the file of whichever
/// post lands on it, as it did when that manifest was written. Taking it for another post's instead would give every
/// post of the first import run again after an update a numbered copy at a new URL; the run records the post, so the
/// next one can tell. The version stays 1: the field is an addition that older readers skip. So is each post's
/// <see cref="PostRecord.From"/>: a post recorded without it may be the export's, so a later saved page, clipping or
/// text of it leaves its file alone (deleting the file lets the copy in), rather than lose what only an export has.
/// So is <c>Media</c>, the name each media file was given where its URL does not imply it: without it, a file is looked
/// for under the name its URL gives, as before.
/// </remarks>
internal sealed class ImportManifest
{
    public const string RelativePath = ".sitegen/import-manifest.json";

    private readonly SortedDictionary<string, string> _hashes;
    private readonly SortedDictionary<string, PostRecord> _posts;
    private readonly SortedDictionary<string, string> _media;
    private readonly string _original;
    private readonly Lock _lock = new();

    private ImportManifest(SortedDictionary<string, string> hashes, SortedDictionary<string, PostRecord> posts, SortedDictionary<string, string> media)
    {
        (_hashes, _posts, _media) = (hashes, posts, media);
        _original = Serialise();
    }

    public static ImportManifest Load(string siteRoot)
    {
        var path = Path.Combine(siteRoot, RelativePath);
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var posts = new SortedDictionary<string, PostRecord>(StringComparer.Ordinal);
        var media = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            try
            {
                var file = JsonSerializer.Deserialize(File.ReadAllText(path), ImportManifestJson.Default.ManifestFile);
                foreach (var (key, value) in file?.Files ?? [])
                {
                    hashes[key] = value;
                }

                foreach (var (key, value) in file?.Posts ?? [])
                {
                    posts[key] = value;
                }

                foreach (var (key, value) in file?.Media ?? [])
                {
                    media[key] = value;
                }
            }
            catch (JsonException)
            {
                // A damaged manifest only costs provenance: every differing target then counts as edited, which is the safe side.
            }
        }

        return new ImportManifest(hashes, posts, media);
    }

    public string? HashOf(string target)
    {
        lock (_lock)
        {
            return _hashes.GetValueOrDefault(target);
        }
    }

    /// <summary>The post an import wrote to each target, where the manifest says (not in manifests made before it did).</summary>
    public IReadOnlyList<(string Target, PostRecord Post)> Posts()
    {
        lock (_lock)
        {
            return _posts.Select(p => (p.Key, p.Value)).ToList();
        }
    }

    /// <summary>The name each media file was given where its URL does not imply it (<see cref="Media.MediaHome.Names"/>).</summary>
    public IReadOnlyDictionary<string, string> MediaNames()
    {
        lock (_lock)
        {
            return new Dictionary<string, string>(_media, StringComparer.Ordinal);
        }
    }

    /// <summary>Records the names media files were given, those of earlier imports included.</summary>
    public void RecordMediaNames(IReadOnlyDictionary<string, string> names)
    {
        lock (_lock)
        {
            _media.Clear();
            foreach (var (source, name) in names)
            {
                _media[source] = name;
            }
        }
    }

    /// <summary>Records what was written to a target, and for which post; targets are written side by side.</summary>
    public void Record(string target, string hash, PostRecord? post = null)
    {
        lock (_lock)
        {
            _hashes[target] = hash;
            if (post is not null)
            {
                _posts[target] = post;
            }
        }
    }

    /// <summary>Forgets a target the import removed.</summary>
    public void Forget(string target)
    {
        lock (_lock)
        {
            _hashes.Remove(target);
            _posts.Remove(target);
        }
    }

    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Writes the manifest if anything in it changed.</summary>
    public void Save(string siteRoot)
    {
        var text = Serialise();
        if (text == _original)
        {
            return;
        }

        var path = Path.Combine(siteRoot, RelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private string Serialise() => JsonSerializer.Serialize(
        new ManifestFile { Version = 1, Files = new Dictionary<string, string>(_hashes), Posts = new Dictionary<string, PostRecord>(_posts), Media = _media.Count == 0 ? null : new Dictionary<string, string>(_media) },
        ImportManifestJson.Default.ManifestFile) + "\n";

    internal sealed class ManifestFile
    {
        public int Version { get; set; } = 1;

        public Dictionary<string, string> Files { get; set; } = [];

        /// <summary>Absent from manifests written before it was kept.</summary>
        public Dictionary<string, PostRecord>? Posts { get; set; }

        /// <summary>
        /// Each media file's name where its URL does not imply it: by the URL of an attachment on another host, or by the
        /// upload path of the blog's file named otherwise. Absent from manifests written before it was kept, and with no such file.
        /// </summary>
        public Dictionary<string, string>? Media { get; set; }
    }
}

/// <summary>The manifest's shape, read and written by generated code: no reflection, so Native AOT keeps it.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ImportManifest.ManifestFile))]
internal sealed partial class ImportManifestJson : JsonSerializerContext;
