using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SiteGen.Import.Writing;

/// <summary>
/// What the importer last wrote to each target (<c>.sitegen/import-manifest.json</c>, a SHA-256 per site-relative
/// path), so that a file someone edited since is told apart from one the import may refresh.
/// </summary>
internal sealed class ImportManifest
{
    public const string RelativePath = ".sitegen/import-manifest.json";

    private readonly SortedDictionary<string, string> _hashes;
    private readonly string _original;
    private readonly Lock _lock = new();

    private ImportManifest(SortedDictionary<string, string> hashes)
    {
        _hashes = hashes;
        _original = Serialise();
    }

    public static ImportManifest Load(string siteRoot)
    {
        var path = Path.Combine(siteRoot, RelativePath);
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            try
            {
                var file = JsonSerializer.Deserialize(File.ReadAllText(path), ImportManifestJson.Default.ManifestFile);
                foreach (var (key, value) in file?.Files ?? [])
                {
                    hashes[key] = value;
                }
            }
            catch (JsonException)
            {
                // A damaged manifest only costs provenance: every differing target then counts as edited, which is the safe side.
            }
        }

        return new ImportManifest(hashes);
    }

    public string? HashOf(string target)
    {
        lock (_lock)
        {
            return _hashes.GetValueOrDefault(target);
        }
    }

    /// <summary>Records what was written to a target; targets are written side by side.</summary>
    public void Record(string target, string hash)
    {
        lock (_lock)
        {
            _hashes[target] = hash;
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

    private string Serialise() => JsonSerializer.Serialize(new ManifestFile { Version = 1, Files = new Dictionary<string, string>(_hashes) }, ImportManifestJson.Default.ManifestFile) + "\n";

    internal sealed class ManifestFile
    {
        public int Version { get; set; } = 1;

        public Dictionary<string, string> Files { get; set; } = [];
    }
}

/// <summary>The manifest's shape, read and written by generated code: no reflection, so Native AOT keeps it.</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(ImportManifest.ManifestFile))]
internal sealed partial class ImportManifestJson : JsonSerializerContext;
