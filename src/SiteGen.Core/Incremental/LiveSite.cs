using System.Diagnostics;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.IO;
using SiteGen.Output;
using SiteGen.Verification;

namespace SiteGen.Incremental;

/// <summary>
/// A site built in memory that stays ready to build again after an edit, for the preview server. An edit to the body
/// of published dispatches (front matter untouched) renders only what reads a body: the page, the feeds that carry it
/// and its search words. Any other edit, or any doubt, is answered with null and the caller builds in full; the
/// exactness property test compares both ways against clean builds.
/// </summary>
public sealed class LiveSite : IDisposable
{
    private static readonly HashSet<string> BodyCodes = new(StringComparer.Ordinal) { DiagnosticCodes.UntaggedMention, DiagnosticCodes.MissingImage };

    private readonly RecordingFileSource _source;
    private readonly BuildOptions _options;
    private readonly SiteRenderer _renderer;
    private readonly LinkVerifier _verifier;
    private readonly DiagnosticBag _buildDiagnostics;
    private readonly Dictionary<string, int> _indexBySource;
    // As first built: body edits change nothing read here (paths, dates, config); the renderer keeps the new bodies.
    private readonly LoadedSite _site;
    private Dictionary<string, byte[]> _files;
    private bool _broken;

    private LiveSite(RecordingFileSource source, BuildOptions options, LoadedSite site, SiteRenderer renderer, LinkVerifier verifier,
        DiagnosticBag buildDiagnostics, BuildResult result, Dictionary<string, byte[]> files)
    {
        _source = source;
        _options = options;
        _site = site;
        _renderer = renderer;
        _verifier = verifier;
        _buildDiagnostics = buildDiagnostics;
        _files = files;
        Result = result;
        _indexBySource = new Dictionary<string, int>(site.Dispatches.Count, StringComparer.Ordinal);
        for (var i = 0; i < site.Dispatches.Count; i++)
        {
            _indexBySource[site.Dispatches[i].SourcePath] = i;
        }
    }

    /// <summary>The result of the last build or edit.</summary>
    public BuildResult Result { get; private set; }

    /// <summary>The output as it stands: output-relative paths and bytes. Never changed once handed out.</summary>
    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public SiteGen.Configuration.SiteConfig Config => _site.Config;

    /// <summary>Builds the whole site into memory; the live site is null when the build failed.</summary>
    public static (BuildResult Result, LiveSite? Site) Build(IFileSource source, BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var recording = new RecordingFileSource(source);
        var diagnostics = new DiagnosticBag();
        var loaded = Site.Load(recording, options, diagnostics);
        if (loaded is null)
        {
            return (Site.Finish(diagnostics, options, null, null, clock.Elapsed), null);
        }

        var output = new MemoryOutput();
        var verifier = new LinkVerifier(loaded.Urls);
        var counting = new CountingOutput(output, verifier);
        var renderer = new SiteRenderer(loaded, recording, counting, options, diagnostics, verifier);
        var stats = Site.Render(loaded, renderer, counting, verifier, options, diagnostics);
        var result = Site.Finish(diagnostics, options, loaded, stats, clock.Elapsed);
        if (!result.Succeeded)
        {
            renderer.Dispose();
            return (result, null);
        }

        var files = new Dictionary<string, byte[]>(output.Files, StringComparer.Ordinal);
        return (result, new LiveSite(recording, options, loaded, renderer, verifier, diagnostics, result, files));
    }

    /// <summary>
    /// Applies edits to the given site-relative paths when they only change dispatch bodies, returning the new result
    /// and the files written again; null when a full build is needed (after which this live site is of no more use).
    /// </summary>
    public (BuildResult Result, IReadOnlyDictionary<string, byte[]> Changed)? TryApplyBodyEdits(IReadOnlyCollection<string> paths, DateTimeOffset now)
    {
        var clock = Stopwatch.StartNew();
        if (_broken || paths.Count == 0 || (_site.NextDue is { } due && due <= now && !_options.IncludeFuture))
        {
            return null;
        }

        var edits = new List<(int Index, Dispatch Updated, byte[] Bytes)>();
        foreach (var path in paths)
        {
            if (ReadBodyEdit(path) is not { } edit)
            {
                return null;
            }

            edits.Add(edit);
        }

        var delta = new MemoryOutput();
        var counting = new CountingOutput(delta, _verifier);
        var found = new DiagnosticBag();
        var idsBefore = edits.ToDictionary(e => e.Index, e => _verifier.IdsOn(Urls.UrlBuilder.OutputFile(_site.Dispatches[e.Index].Path)));
        foreach (var (index, updated, bytes) in edits)
        {
            _renderer.RenderBodyEdit(index, updated, counting, found);
            _source.Record(updated.SourcePath, bytes);
        }

        if (_buildDiagnostics.HasErrors || found.HasErrors || LinksBroke(edits, idsBefore))
        {
            // A template failed on the new body, or a link broke: the full build reports it properly.
            _broken = true;
            return null;
        }

        var edited = edits.Select(e => e.Updated.SourcePath).ToHashSet(StringComparer.Ordinal);
        var diagnostics = DiagnosticBag.Merge(
            Result.Diagnostics.Where(d => !(edited.Contains(d.Location.Path) && BodyCodes.Contains(d.Code))), found.ToSortedList());
        var files = new Dictionary<string, byte[]>(_files, StringComparer.Ordinal);
        var bytesWritten = Result.Bytes;
        foreach (var (path, content) in delta.Files)
        {
            bytesWritten += content.Length - (files.TryGetValue(path, out var old) ? old.Length : 0);
            files[path] = content;
        }

        _files = files;
        Result = Site.Finish(diagnostics, _options, _site, new RenderStats(files.Count, bytesWritten), clock.Elapsed);
        return (Result, delta.Files);
    }

    public void Dispose() => _renderer.Dispose();

    /// <summary>The edit to <paramref name="path"/> if it is a published dispatch whose front matter did not change.</summary>
    private (int Index, Dispatch Updated, byte[] Bytes)? ReadBodyEdit(string path)
    {
        if (!_indexBySource.TryGetValue(path, out var index) || _source.Recorded(path) is not { } before || !_source.FileExists(path))
        {
            return null;
        }

        var bytes = _source.ReadAllBytes(path);
        var quiet = new DiagnosticBag();
        var oldText = TextDecoder.Decode(before, path, quiet);
        var newText = TextDecoder.Decode(bytes, path, quiet);
        if (quiet.Count > 0 || oldText is null || newText is null || bytes.Length > SourceFileReader.MaxFileSize)
        {
            return null;
        }

        var oldDocument = FrontMatterSplitter.Split(oldText, out _);
        var newDocument = FrontMatterSplitter.Split(newText, out var unclosed);
        if (unclosed || oldDocument is null || newDocument is null
            || !string.Equals(oldDocument.Yaml, newDocument.Yaml, StringComparison.Ordinal)
            || oldDocument.BodyFirstLine != newDocument.BodyFirstLine)
        {
            return null;
        }

        var updated = _site.Dispatches[index] with { Body = newDocument.Body, BodyLine = newDocument.BodyFirstLine };
        return (index, updated, bytes);
    }

    /// <summary>Whether an edited page now has a broken link, or lost an id that other pages may link to.</summary>
    private bool LinksBroke(List<(int Index, Dispatch Updated, byte[] Bytes)> edits, Dictionary<int, IReadOnlySet<string>?> idsBefore)
    {
        foreach (var (index, updated, _) in edits)
        {
            var page = Urls.UrlBuilder.OutputFile(updated.Path);
            if (_verifier.VerifyPage(page).Count > 0)
            {
                return true;
            }

            if (idsBefore[index] is { } before && _verifier.IdsOn(page) is { } after && !before.IsSubsetOf(after))
            {
                return _verifier.Verify().Count > 0;
            }
        }

        return false;
    }
}
