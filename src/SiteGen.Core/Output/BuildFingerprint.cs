using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SiteGen.Diagnostics;
using SiteGen.IO;

namespace SiteGen.Output;

/// <summary>
/// A hash of everything a build reads (site files, theme, SiteGen itself, options): each file's path and SHA-256, in
/// order. Taken before anything is parsed when a last build is recorded: when it matches that build's and the output
/// is still there, the build has nothing to do and replays that build's diagnostics instead of finding them again.
/// Otherwise it is taken after a successful build, from the digests of the files the build read.
/// </summary>
public static class BuildFingerprint
{
    private const string FileName = "build.fingerprint.json";

    private static readonly string[] Folders = ["content", "static", "layouts", "themes"];

    /// <param name="source">The site.</param>
    /// <param name="options">The build's options, part of what it reads.</param>
    /// <param name="read">Digests of files the build has read already (by path), which are not read again.</param>
    public static string Compute(IFileSource source, BuildOptions options, IReadOnlyDictionary<string, byte[]>? read = null)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));

        Add(typeof(BuildFingerprint).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add($"{options.IncludeDrafts}|{options.IncludeFuture}|{options.BaseUrl}|{options.OutputDirectory}|{options.Strict}|{options.LiveReload}|{options.WithoutActorFeatures}");

        // Each file is read and hashed on its own, in parallel; the fingerprint hashes their paths and hashes in order.
        var files = Folders.SelectMany(source.EnumerateFiles).ToList();
        var digests = new byte[files.Count][];
        Parallel.For(0, files.Count, i => digests[i] = read?.GetValueOrDefault(files[i]) ?? SHA256.HashData(source.ReadAllBytes(files[i])));
        for (var i = 0; i < files.Count; i++)
        {
            Add(files[i]);
            hash.AppendData(digests[i]);
        }

        Add(Configuration.ConfigLoader.FileName);
        if (source.FileExists(Configuration.ConfigLoader.FileName))
        {
            hash.AppendData(source.ReadAllBytes(Configuration.ConfigLoader.FileName));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Whether a last build that could be current is recorded: if not, the fingerprint is needed only once the build succeeds.</summary>
    public static bool MayFindCurrent(string siteRoot, string output) =>
        Directory.Exists(output) && File.Exists(Path.Combine(siteRoot, DiskBuild.CacheFolder, FileName));

    /// <summary>The last successful build, if it read exactly these inputs, its output is still there, and no dispatch it left out for its date has fallen due since.</summary>
    public static LastBuild? FindCurrent(string siteRoot, string output, string fingerprint, BuildOptions options)
    {
        var path = Path.Combine(siteRoot, DiskBuild.CacheFolder, FileName);
        if (!Directory.Exists(output) || !File.Exists(path))
        {
            return null;
        }

        try
        {
            var last = JsonSerializer.Deserialize(File.ReadAllBytes(path), LastBuildJson.Default.LastBuild);
            var due = last?.NextDue is { } next && next <= options.Now && !options.IncludeFuture;
            return last is not null && last.Fingerprint == fingerprint && !due ? last : null;
        }
        catch (JsonException)
        {
            // A cache file from another version or cut short: build as if there were none.
            return null;
        }
    }

    public static void Save(string siteRoot, LastBuild build)
    {
        using var file = File.Create(Path.Combine(siteRoot, DiskBuild.CacheFolder, FileName));
        Write(file, build);
    }

    /// <summary>
    /// Writes a small record nowhere, so that the serializer's code is compiled before the end of the build, where
    /// compiling it took longer than writing tens of thousands of warnings did.
    /// </summary>
    public static void WarmUp() =>
        Write(Stream.Null, new LastBuild(string.Empty, DateTimeOffset.UnixEpoch, 0, 0, 0,
            [new Diagnostic(DiagnosticSeverity.Warning, "SG0000", string.Empty, new SourceLocation(string.Empty, 1, 1), [SourceLocation.None])]));

    // Through the stream overload, which writes in pooled chunks: one buffer the size of the record (megabytes of
    // warnings) was a large-object allocation, and could set off a full collection at the very end of the build.
    private static void Write(Stream stream, LastBuild build) =>
        JsonSerializer.Serialize(stream, build, LastBuildJson.Writing.LastBuild);
}

/// <summary>What a successful build read (its fingerprint), when its first future dispatch falls due, and what it reported.</summary>
public sealed record LastBuild(
    string Fingerprint,
    DateTimeOffset? NextDue,
    int Dispatches,
    int DraftsLeftOut,
    int FutureLeftOut,
    IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// Reads and writes <see cref="LastBuild"/> through generated code: the build that finds nothing changed is mostly this
/// read, and reflection over its types cost more than the rest of it.
/// </summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
[System.Text.Json.Serialization.JsonSerializable(typeof(LastBuild))]
internal sealed partial class LastBuildJson : System.Text.Json.Serialization.JsonSerializerContext
{
    /// <summary>For writing: the file is read by SiteGen only, never put in a page, so nothing needs escaping.</summary>
    public static LastBuildJson Writing { get; } = new(new System.Text.Json.JsonSerializerOptions
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
