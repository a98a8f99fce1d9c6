using System.Diagnostics;
using SiteGen.Actors;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.IO;
using SiteGen.Loading;
using SiteGen.Output;
using SiteGen.Urls;
using SiteGen.Verification;

namespace SiteGen.Incremental;

/// <summary>
/// A site built in memory that stays ready to build again after an edit, for the preview server. An edit to published
/// dispatches that keeps each one's place (its body, title, summary, actors, tags, image...) renders only what reads
/// what changed (see <see cref="SiteRenderer.RenderEdits"/>); so does a dispatch added or deleted (see
/// <see cref="SiteRenderer.RenderDispatchSet"/>). Any other edit, or any doubt, is answered with null and the caller
/// builds in full; the exactness property test compares both ways against clean builds.
/// </summary>
public sealed class LiveSite : IDisposable
{
    private static readonly HashSet<string> BodyCodes = new(StringComparer.Ordinal) { DiagnosticCodes.NoText, DiagnosticCodes.UntaggedMention, DiagnosticCodes.MissingImage, DiagnosticCodes.ImageUnreadable, DiagnosticCodes.ImageFormatUnsupported, DiagnosticCodes.SocialCardFailed };

    private readonly RecordingFileSource _source;
    private readonly BuildOptions _options;
    private readonly SiteRun _run;
    private readonly SiteRenderer _renderer;
    private readonly LinkVerifier _verifier;
    private readonly DiagnosticBag _buildDiagnostics;
    private readonly UrlClaims? _claims;
    private Dictionary<string, int> _indexBySource;
    private LoadedSite _site;
    private PublishedUrls _published;
    private Dictionary<string, byte[]> _files;
    private bool _broken;

    private LiveSite(RecordingFileSource source, BuildOptions options, SiteRun run, Dictionary<string, byte[]> files, SiteInputs inputs)
    {
        var site = run.Site!;
        Inputs = inputs;
        _source = source;
        _options = options;
        _run = run;
        _site = site;
        _renderer = run.Renderer!;
        _verifier = run.Verifier!;
        _buildDiagnostics = run.Diagnostics;
        _claims = run.Claims;
        _files = files;
        _published = run.Published ?? PublishedUrls.Empty;
        Result = run.Result;
        _indexBySource = IndexBySource(site);
    }

    /// <summary>The result of the last build or edit.</summary>
    public BuildResult Result { get; private set; }

    /// <summary>The output as it stands: output-relative paths and bytes. Never changed once handed out.</summary>
    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public SiteConfig Config => _site.Config;

    /// <summary>What the full build read; an edit applied here reads only dispatches it had read already.</summary>
    public SiteInputs Inputs { get; }

    /// <summary>The URLs the site publishes now, for the next full build to warn of those it loses (SG0508).</summary>
    public PublishedUrls Published => _published;

    /// <summary>When the first dispatch left out for its future date is due; null when none is (or all are shown).</summary>
    public DateTimeOffset? NextDue => _options.IncludeFuture ? null : _site.NextDue;

    /// <summary>
    /// Builds the whole site into memory; the live site is null when the build failed. The inputs say what the build
    /// read, failed or not, so that only a change to one of them calls for another build. <paramref name="previous"/>
    /// are the URLs the last good build published: the build warns of those it no longer answers, as a
    /// <c>sitegen build</c> does of the last build's.
    /// </summary>
    public static (BuildResult Result, LiveSite? Site, SiteInputs Inputs) Build(IFileSource source, BuildOptions options, PublishedUrls? previous = null)
    {
        var recording = new RecordingFileSource(source);
        var output = new MemoryOutput();
        using var publishing = new SinkPublishing(output, previous);
        var run = Site.Run(recording, publishing, options);
        var inputs = InputsOf(recording, run.Site?.Config);
        if (!run.Result.Succeeded || run.Site is null || run.Renderer is null || run.Verifier is null)
        {
            run.Dispose();
            return (run.Result, null, inputs);
        }

        var files = new Dictionary<string, byte[]>(output.Files, StringComparer.Ordinal);
        _ = Task.Run(run.Renderer.PrepareForEdits);
        return (run.Result, new LiveSite(recording, options, run, files, inputs), inputs);
    }

    /// <summary>
    /// Applies edits to the given site-relative paths when they only change published dispatches and keep each one's
    /// place (path, date, slug, aliases, draft state, update dates), returning the new result and the files written
    /// again; null when a full build is needed (after which this live site may be of no more use).
    /// </summary>
    /// <param name="paths">The site-relative paths that changed.</param>
    /// <param name="now">The time the preview takes as now, for dispatches dated in the future.</param>
    /// <param name="early">
    /// When dispatches were added or deleted, called before the rest is rendered with the whole output as it stands
    /// then and the paths in it that are already as they will be at the end (the new pages and the front page, the
    /// deleted pages gone), so that those can be served first; not called when reading or rendering them found an error.
    /// </param>
    public (BuildResult Result, IReadOnlyDictionary<string, byte[]> Changed, IReadOnlyList<string> Removed)? TryApplyEdits(IReadOnlyCollection<string> paths, DateTimeOffset now,
        Action<IReadOnlyDictionary<string, byte[]>, IReadOnlySet<string>>? early = null)
    {
        var clock = Stopwatch.StartNew();
        if (_broken || paths.Count == 0 || (_site.NextDue is { } due && due <= now && !_options.IncludeFuture))
        {
            return null;
        }

        var edits = new List<DispatchEdit>();
        var added = new List<DispatchEdit>();
        var deleted = new List<int>();
        foreach (var path in paths.Distinct(StringComparer.Ordinal))
        {
            if (Unread(path))
            {
                continue;
            }

            if (_indexBySource.TryGetValue(path, out var gone) && !_source.Inner.FileExists(path) && !_source.Inner.DirectoryExists(path))
            {
                deleted.Add(gone);
            }
            else if (!_indexBySource.ContainsKey(path) && IsDispatchFile(path) && ReadNew(path, now) is { } created)
            {
                added.Add(created);
            }
            else if (ReadEdit(path) is { } edit)
            {
                edits.Add(edit);
            }
            else
            {
                return null;
            }
        }

        if (added.Count + deleted.Count > 0)
        {
            return edits.Count > 0 ? null : ApplyDispatchSet(added, deleted, now, clock, early);
        }

        if (edits.Count == 0)
        {
            return (Result, new Dictionary<string, byte[]>(), []);
        }

        var dispatches = _site.Dispatches.ToArray();
        foreach (var edit in edits)
        {
            dispatches[edit.Index] = edit.Updated;
        }

        var updated = Relink(dispatches, edits);

        var delta = new MemoryOutput();
        var counting = new CountingOutput(delta, _verifier);
        var found = new DiagnosticBag();
        foreach (var edit in edits)
        {
            found.AddRange(edit.Diagnostics);
        }

        _verifier.BeginRewrites();
        var removed = _renderer.RenderEdits(updated.Dispatches, updated.ActorIndex, updated.Related, edits.Select(e => e.Index).ToHashSet(), counting, found);
        var idsBefore = _verifier.EndRewrites();
        foreach (var page in removed)
        {
            _verifier.Remove(page);
        }

        foreach (var edit in edits)
        {
            _source.Record(edit.Updated.SourcePath, edit.Bytes);
        }

        return Finish(updated, edits, delta, found, removed, idsBefore, clock);
    }

    public void Dispose() => _run.Dispose();

    /// <summary>
    /// Adds and deletes dispatches: the new list, checked as loading checks it (each URL claimed once), indexed and
    /// related again, then rendered where <see cref="SiteRenderer.RenderDispatchSet"/> finds it changed.
    /// </summary>
    private (BuildResult Result, IReadOnlyDictionary<string, byte[]> Changed, IReadOnlyList<string> Removed)? ApplyDispatchSet(List<DispatchEdit> added, List<int> deleted, DateTimeOffset now,
        Stopwatch clock, Action<IReadOnlyDictionary<string, byte[]>, IReadOnlySet<string>>? early)
    {
        var before = _site;
        var gone = deleted.ToHashSet();
        var list = Enumerable.Range(0, before.Dispatches.Count).Where(i => !gone.Contains(i)).Select(i => (Dispatch: before.Dispatches[i], Old: i))
            .Concat(added.Select(a => (Dispatch: a.Updated, Old: -1)))
            .ToList();
        list.Sort((a, b) => ContentLoader.NewestFirst(a.Dispatch, b.Dispatch));
        var dispatches = list.Select(x => x.Dispatch).ToArray();
        var newToOld = list.Select(x => x.Old).ToArray();

        // Loading's checks over what changed: the names the added dispatches bring and the URLs they claim. A
        // warning, as an error, is left to the full build to report.
        var checks = new DiagnosticBag();
        var taxonomies = _renderer.Taxonomies.WithDispatchSet(before.Dispatches.Count, dispatches, newToOld, before.Config, checks);
        if (checks.Count > 0 || _claims is null || added.Any(a => _files.ContainsKey(UrlBuilder.OutputFile(a.Updated.Path)))
            || !SiteUrls.ClaimDispatchSet(_claims, deleted.Select(i => before.Dispatches[i]).ToList(), added.Select(a => a.Updated).ToList(), _renderer.Taxonomies, taxonomies, dispatches, before.Config)
            || (added.Any(a => a.Updated.WordPressIds.Count > 0) && !SiteUrls.ClaimWordPressIds(_claims, dispatches, before.Pages, before.Attachments)))
        {
            _broken = true;
            return null;
        }

        var actorIndex = before.ActorIndex.WithDispatchSet(before.Dispatches, dispatches, newToOld);
        var tagIndex = before.TagIndex.WithDispatchSet(before.Dispatches, dispatches, newToOld);
        var addedAt = Enumerable.Range(0, newToOld.Length).Where(p => newToOld[p] < 0).ToList();
        var relatedOfAdded = RelatedFinder.FindFor(dispatches, actorIndex, tagIndex, before.Config.RelatedCount, addedAt);
        var related = new Lazy<int[][]>(() => RelatedFinder.Find(dispatches, actorIndex, tagIndex, before.Config.RelatedCount));

        var delta = new MemoryOutput();
        var counting = new CountingOutput(delta, _verifier);
        var found = new DiagnosticBag();
        foreach (var edit in added)
        {
            found.AddRange(edit.Diagnostics);
        }

        // A dispatch file renamed is one deleted and one added: its old URL is lost as in a full build.
        var published = PublishedUrls.Of(dispatches, before.Pages, before.Registry, taxonomies, now, before.Config.TimeZone.Id);
        LostUrlReporter.Report(_published, published, _claims.IsClaimed, before.HeldBack, new UrlOrigins(dispatches, before.Pages, before.Registry, before.Config), found);

        _verifier.BeginRewrites();
        var files = _files;
        void FirstPages(IReadOnlyCollection<string> written, IReadOnlyList<string> gone)
        {
            // Their links are checked with the rest: they may point at pages (a new tag's, a new day's) not yet written.
            if (_buildDiagnostics.HasErrors || found.HasErrors)
            {
                return;
            }

            var shown = new Dictionary<string, byte[]>(files, StringComparer.Ordinal);
            foreach (var path in written)
            {
                shown[path] = delta.Files[path];
            }

            foreach (var path in gone)
            {
                shown.Remove(path);
            }

            early!(shown, written.Concat(gone).ToHashSet(StringComparer.Ordinal));
        }

        var removed = _renderer.RenderDispatchSet(dispatches, actorIndex, taxonomies, relatedOfAdded, () => related.Value, newToOld, counting, found, path => files.GetValueOrDefault(path),
            early is null ? null : FirstPages);
        var updated = before with { Dispatches = dispatches, ActorIndex = actorIndex, TagIndex = tagIndex, Related = related.Value };
        var idsBefore = _verifier.EndRewrites();
        if (removed is null)
        {
            _broken = true;
            return null;
        }

        foreach (var page in removed)
        {
            _verifier.Remove(page);
        }

        var replaced = added.Concat(deleted.Select(i => new DispatchEdit(i, before.Dispatches[i], [], true, []))).ToList();
        _indexBySource = IndexBySource(updated);
        var finished = Finish(updated, replaced, delta, found, removed, idsBefore, clock);
        if (finished is not null)
        {
            _published = published;
        }

        return finished;
    }

    /// <summary>Checks the links of what an edit wrote again and takes it in: the new files, result and site.</summary>
    private (BuildResult Result, IReadOnlyDictionary<string, byte[]> Changed, IReadOnlyList<string> Removed)? Finish(
        LoadedSite updated, List<DispatchEdit> edits, MemoryOutput delta, DiagnosticBag found, IReadOnlyList<string> removed,
        IReadOnlyDictionary<string, IReadOnlySet<string>> idsBefore, Stopwatch clock)
    {
        if (_buildDiagnostics.HasErrors || found.HasErrors || LinksBroke(delta.Files.Keys, idsBefore, removed.Count > 0))
        {
            // A template failed, or a link broke: the full build reports it properly.
            _broken = true;
            return null;
        }

        // A lost URL is reported by the build that lost it, as the next sitegen build compares with that one and says no more.
        var diagnostics = DiagnosticBag.Merge(WithoutReplaced(Result.Diagnostics, edits).Where(d => d.Code != DiagnosticCodes.UrlLost).ToList(), found.ToSortedList());
        var files = new Dictionary<string, byte[]>(_files, StringComparer.Ordinal);
        var bytesWritten = Result.Bytes;
        foreach (var (path, content) in delta.Files)
        {
            bytesWritten += content.Length - (files.TryGetValue(path, out var old) ? old.Length : 0);
            files[path] = content;
        }

        foreach (var page in removed)
        {
            bytesWritten -= files.Remove(page, out var old) ? old.Length : 0;
        }

        _files = files;
        _site = updated;
        Result = Site.Finish(diagnostics, _options, _site, new RenderStats(files.Count, bytesWritten), clock.Elapsed);
        return (Result, delta.Files, removed);
    }

    private static Dictionary<string, int> IndexBySource(LoadedSite site)
    {
        var index = new Dictionary<string, int>(site.Dispatches.Count, StringComparer.Ordinal);
        for (var i = 0; i < site.Dispatches.Count; i++)
        {
            index[site.Dispatches[i].SourcePath] = i;
        }

        return index;
    }

    /// <summary>Whether <paramref name="path"/> is a file the content loader would read as a dispatch.</summary>
    private bool IsDispatchFile(string path)
    {
        var folder = _site.Config.ContentPath(SiteConfig.DispatchFolder);
        var prefix = folder.Length == 0 ? string.Empty : folder + "/";
        return path.StartsWith(prefix, StringComparison.Ordinal) && ContentLoader.Reads(path)
            && !path[prefix.Length..].Split('/').Any(s => s.StartsWith('.')) && _source.Inner.FileExists(path);
    }

    /// <summary>
    /// A new dispatch file read as the build reads it, if it is published (neither a draft left out nor dated after
    /// <paramref name="now"/>) and reads without an error; not one the build left out, which the summary names.
    /// </summary>
    private DispatchEdit? ReadNew(string path, DateTimeOffset now)
    {
        if (_site.LeftOut.Any(l => l.SourcePath == path))
        {
            return null;
        }

        var bytes = _source.ReadAllBytes(path);
        var file = new MemoryFileSource();
        file.Set(path, bytes);
        var found = new DiagnosticBag();
        var source = SourceFileReader.Read(file, path, found, DiagnosticCodes.InvalidField);
        var dispatch = source is null ? null : DispatchReader.Read(source, _site.Config);
        if (dispatch is null || found.HasErrors || (dispatch.Draft && !_options.IncludeDrafts) || (dispatch.Date > now && !_options.IncludeFuture))
        {
            return null;
        }

        dispatch = ActorResolver.Resolve([dispatch], _site.Registry, _site.Config.ContentPath(ActorLoader.Folder), found)[0];
        return found.HasErrors ? null : new DispatchEdit(-1, dispatch, bytes, true, found.ToSortedList());
    }

    /// <summary>What a build read; a build that failed before it had a config looks at site.yml again for its folders.</summary>
    private static SiteInputs InputsOf(RecordingFileSource recording, SiteConfig? config) =>
        new(recording, config ?? ConfigLoader.Load(recording.Inner, new DiagnosticBag()));

    /// <summary>
    /// Whether the build never read <paramref name="path"/> and still would not: a file the loaders skip (an editor's
    /// backup, a log), or one that came and went between two builds (the temporary file an editor saves through and
    /// renames over the original, sed's, vim's, JetBrains'). A dispatch added since the build, or a folder holding
    /// one, was read.
    /// </summary>
    private bool Unread(string path) =>
        !Inputs.WasRead(path) && !Inputs.HoldsInput(path) && !HoldsDispatch(path)
        && (!Inputs.Includes(path) || !_source.Inner.FileExists(path) && !_source.Inner.DirectoryExists(path));

    private bool HoldsDispatch(string path)
    {
        var folder = path + "/";
        return _indexBySource.ContainsKey(path) || _indexBySource.Keys.Any(k => k.StartsWith(folder, StringComparison.Ordinal));
    }

    /// <summary>The edit to <paramref name="path"/> if it is a published dispatch that keeps its place.</summary>
    private DispatchEdit? ReadEdit(string path)
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
        if (unclosed || oldDocument is null || newDocument is null)
        {
            return null;
        }

        var current = _site.Dispatches[index];
        if (string.Equals(oldDocument.Yaml, newDocument.Yaml, StringComparison.Ordinal) && oldDocument.BodyFirstLine == newDocument.BodyFirstLine)
        {
            // The body alone decides whether the dispatch would go out as a title alone (SG0220), so that warning is asked again.
            var bodyFound = new DiagnosticBag();
            if (DispatchReader.HasNoText(current, newDocument.Body))
            {
                DispatchReader.WarnNoText(bodyFound, path, newDocument.BodyFirstLine);
            }

            return new DispatchEdit(index, current with { Body = newDocument.Body, BodyLine = newDocument.BodyFirstLine }, bytes, false, bodyFound.ToSortedList());
        }

        // The front matter changed: read the file as the build does, and keep the edit only if its place is the same.
        var file = new MemoryFileSource();
        file.Set(path, bytes);
        var found = new DiagnosticBag();
        var source = SourceFileReader.Read(file, path, found, DiagnosticCodes.InvalidField);
        var dispatch = source is null ? null : DispatchReader.Read(source, _site.Config);
        if (dispatch is null || found.HasErrors)
        {
            return null;
        }

        dispatch = ActorResolver.Resolve([dispatch], _site.Registry, _site.Config.ContentPath(ActorLoader.Folder), found)[0];

        return !found.HasErrors && KeepsPlace(current, dispatch) ? new DispatchEdit(index, dispatch, bytes, true, found.ToSortedList()) : null;
    }

    /// <summary>
    /// The last result's diagnostics without those reading the edited files found (all of a file's when its front
    /// matter changed, else its body's), found by binary search: a preview may hold tens of thousands.
    /// </summary>
    private static List<Diagnostic> WithoutReplaced(IReadOnlyList<Diagnostic> sorted, List<DispatchEdit> edits)
    {
        var dropped = new SortedSet<int>();
        foreach (var edit in edits)
        {
            var path = edit.Updated.SourcePath;
            foreach (var severity in Enum.GetValues<DiagnosticSeverity>())
            {
                for (var i = DiagnosticBag.FirstOf(sorted, severity, path); i < sorted.Count && sorted[i].Severity == severity && sorted[i].Location.Path == path; i++)
                {
                    if (edit.FrontMatterChanged || BodyCodes.Contains(sorted[i].Code))
                    {
                        dropped.Add(i);
                    }
                }
            }
        }

        var kept = new List<Diagnostic>(sorted.Count);
        var from = 0;
        foreach (var i in dropped.Append(sorted.Count))
        {
            for (var k = from; k < i; k++)
            {
                kept.Add(sorted[k]);
            }

            from = i + 1;
        }

        return kept;
    }

    private static bool KeepsPlace(Dispatch before, Dispatch after) =>
        before.SourcePath == after.SourcePath && before.Path == after.Path && before.Slug == after.Slug && before.Date == after.Date
        && before.Draft == after.Draft && before.Guid == after.Guid && before.Imported == after.Imported && before.Updated == after.Updated && before.Sticky == after.Sticky
        && before.Aliases.SequenceEqual(after.Aliases, StringComparer.Ordinal) && SameTerms(before, after)
        && before.WordPressIds.Select(w => w.Link).SequenceEqual(after.WordPressIds.Select(w => w.Link), StringComparer.Ordinal);

    /// <summary>Whether the edit kept the dispatch's tags, categories, series and authors, whose pages (and old WordPress URLs) come and go with them.</summary>
    private static bool SameTerms(Dispatch before, Dispatch after) =>
        before.Tags.SequenceEqual(after.Tags, StringComparer.Ordinal) && before.Categories.SequenceEqual(after.Categories, StringComparer.Ordinal)
        && before.Series == after.Series && before.Authors.SequenceEqual(after.Authors)
        && before.WordPressSlugs.Select(s => (s.Kind, s.Name, s.Slug)).SequenceEqual(after.WordPressSlugs.Select(s => (s.Kind, s.Name, s.Slug)));

    /// <summary>
    /// The site with the edited dispatches: the actor index and related lists found again when actors or tags changed.
    /// </summary>
    private LoadedSite Relink(Dispatch[] dispatches, List<DispatchEdit> edits)
    {
        var before = _site;
        if (edits.All(e => before.Dispatches[e.Index].Actors.SequenceEqual(e.Updated.Actors) && before.Dispatches[e.Index].Tags.SequenceEqual(e.Updated.Tags, StringComparer.Ordinal)))
        {
            return before with { Dispatches = dispatches };
        }

        var edited = edits.Select(e => e.Index).ToList();
        var actorIndex = before.ActorIndex.WithEdits(before.Dispatches, dispatches, edited);
        var tagIndex = before.TagIndex.WithEdits(before.Dispatches, dispatches, edited);
        var related = RelatedFinder.Update(before.Dispatches, dispatches, actorIndex, tagIndex, before.Related, edited,
            before.Config.RelatedCount);
        return before with { Dispatches = dispatches, ActorIndex = actorIndex, TagIndex = tagIndex, Related = related };
    }

    /// <summary>Whether a page written again now has a broken link, or a page lost an id or was removed while other pages may link to it.</summary>
    private bool LinksBroke(IEnumerable<string> written, IReadOnlyDictionary<string, IReadOnlySet<string>> idsBefore, bool removedPages)
    {
        var lostIds = removedPages;
        foreach (var page in written.Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            if (_verifier.VerifyPage(page).Count > 0)
            {
                return true;
            }

            lostIds |= idsBefore.TryGetValue(page, out var before) && _verifier.IdsOn(page) is { } after && !before.IsSubsetOf(after);
        }

        return lostIds && _verifier.Verify().Count > 0;
    }

    /// <summary>An edited dispatch: its position, as read now, the bytes read, and what reading it found.</summary>
    private sealed record DispatchEdit(int Index, Dispatch Updated, byte[] Bytes, bool FrontMatterChanged, IReadOnlyList<Diagnostic> Diagnostics);
}
