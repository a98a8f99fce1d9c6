using SiteGen.Actors;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Import.Clippings;
using SiteGen.Import.Html;
using SiteGen.Import.Links;
using SiteGen.Import.Media;
using SiteGen.Import.Model;
using SiteGen.Import.Text;
using SiteGen.Import.Writing;
using SiteGen.Import.Wxr;
using SiteGen.IO;

namespace SiteGen.Import;

/// <summary>
/// The import, stage by stage: load the site (config, actors), collect and read the inputs (each detected by
/// content), place every post, write the targets. A bad input is reported and the rest of the batch goes on.
/// </summary>
public static partial class Importer
{
    public static ImportReport Run(ImportOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var siteRoot = Path.GetFullPath(options.SiteRoot, options.WorkingDirectory);
        var site = new PhysicalFileSource(siteRoot);
        var config = ConfigLoader.Load(site, diagnostics);
        var registry = ActorLoader.Load(site, config.ContentPath(ActorLoader.Folder), diagnostics);
        if (diagnostics.HasErrors)
        {
            return new ImportReport { Diagnostics = Relocate(diagnostics.ToSortedList(), siteRoot, options.WorkingDirectory), DryRun = options.DryRun };
        }

        if (options.MediaFrom is { } mediaFrom && !Directory.Exists(Path.GetFullPath(mediaFrom, options.WorkingDirectory)))
        {
            diagnostics.Error(DiagnosticCodes.ImportUnreadable, new SourceLocation(mediaFrom), "--media-from: no such folder (give the unpacked media export, holding YYYY/MM/ folders)");
            return new ImportReport { Diagnostics = diagnostics.ToSortedList(), DryRun = options.DryRun, InputsFailed = 1 };
        }


        var timings = options.Timings ?? new StageTimings();
        var files = InputCollector.Collect(options.Inputs, options.WorkingDirectory, diagnostics, out var ignored);
        var (posts, skipped, exports, failed) = ReadAll(files, options, timings, diagnostics);
        var earlier = ImportManifest.Load(siteRoot).Posts().Where(p => File.Exists(Path.Combine(siteRoot, p.Target))).ToList();
        var kept = SkipCopiesOfEarlierExports(posts, skipped, earlier, target => Display(Path.Combine(siteRoot, target), options.WorkingDirectory), diagnostics);
        SkipPartialCopies(posts, skipped, earlier);
        var (zoneConfig, zoneNote) = timings.Measure("time zone", () => SiteTimeZone.Apply(exports.SelectMany(e => e.Items).ToList(), config, siteRoot, options.DryRun, diagnostics));
        var migration = WriteAll(posts, kept, exports, siteRoot, zoneConfig, registry, options, timings, diagnostics);

        var report = new ImportReport
        {
            Diagnostics = Relocate(diagnostics.ToSortedList(), siteRoot, options.WorkingDirectory),
            Files = migration.Written,
            Skipped = skipped,
            InputsRead = files.Count - failed,
            InputsFailed = failed + options.Inputs.Count(i => !File.Exists(Path.GetFullPath(i, options.WorkingDirectory)) && !Directory.Exists(Path.GetFullPath(i, options.WorkingDirectory))),
            FilesIgnored = ignored,
            BoilerplateLinesRemoved = posts.Sum(p => p.BoilerplateLinesRemoved),
            DryRun = options.DryRun,
            Media = migration.Media,
            Attachments = exports.Sum(e => e.Items.Count(i => i.Type == "attachment")),
            CommentsArchived = options.NoComments ? 0 : posts.Sum(p => p.Comments.Count),
            CommentsNotArchived = options.NoComments ? posts.Sum(p => p.Comments.Count) : 0,
            TimeZoneNote = zoneNote,
            Refused = migration.Refused,
            MergedTerms = migration.MergedTerms,
        };

        if (!options.WriteReport || options.DryRun || report.Files.Count + report.Skipped.Count == 0)
        {
            return report;
        }

        // The report is the record of what an import changed, kept in git beside what it wrote: a run that changed
        // nothing (the same export again) leaves it as it is, so that importing twice changes nothing.
        var reportPath = Path.Combine(siteRoot, MigrationReport.FileName);
        if (!migration.ChangedSite && zoneConfig.TimeZone.Id == config.TimeZone.Id && File.Exists(reportPath))
        {
            return report with { ReportPath = Display(reportPath, options.WorkingDirectory), ReportKept = true };
        }

        // Written at the site's root, it names files from there, wherever the import ran.
        var fromSite = (string shown) => SitePath(shown, siteRoot, options.WorkingDirectory);
        timings.Measure("write report", () => File.WriteAllText(reportPath, MigrationReport.Write(report, fromSite)));
        return report with { ReportPath = Display(reportPath, options.WorkingDirectory) };
    }

    private static (List<ImportedPost> Posts, List<SkippedRecord> Skipped, List<WxrExport> Exports, int Failed) ReadAll(IReadOnlyList<string> files, ImportOptions options, StageTimings timings, DiagnosticBag diagnostics)
    {
        var posts = new List<ImportedPost>();
        var skipped = new List<SkippedRecord>();
        var parts = new List<WxrExport>();
        var failed = 0;
        var total = files.Sum(f => new FileInfo(f).Length);
        long done = 0;
        foreach (var file in files)
        {
            var shown = Display(file, options.WorkingDirectory);
            options.Progress?.Report(new ImportProgress(done, total, shown));
            var fileDiagnostics = new DiagnosticBag();
            WxrExport? export = null;
            var result = timings.Measure("read inputs", () => ReadOne(file, shown, fileDiagnostics, read => options.Progress?.Report(new ImportProgress(done + read, total, shown)), out export));
            failed += fileDiagnostics.HasErrors ? 1 : 0;
            diagnostics.AddRange(fileDiagnostics.ToSortedList());
            if (export is not null)
            {
                parts.Add(export);
            }

            posts.AddRange(result.Posts);
            skipped.AddRange(result.Skipped);
            done += new FileInfo(file).Length;
        }

        // The files of one split export (blog.000.xml, blog.001.xml, ...) name the same blog: they are converted as one,
        // so that a post finds its featured and gallery images in whichever file holds the attachment.
        var exports = parts.GroupBy(p => p.BlogUrl.Length == 0 ? p.Sources[0] : p.BlogUrl, StringComparer.Ordinal).Select(g => WxrExport.Merge(g.ToList())).ToList();
        for (var i = 0; i < exports.Count; i++)
        {
            var export = exports[i];
            var converted = timings.Measure("convert", () => WxrConverter.Convert(export, export.Sources[0], diagnostics, options.Clock.GetUtcNow()));
            posts.AddRange(converted.Posts);
            skipped.AddRange(converted.Skipped);

            // The posts hold their Markdown now; the rest of the import needs the items' URLs, terms and dates only.
            exports[i] = exports[i] with { Items = exports[i].Items.Select(item => item.Content.Length == 0 ? item : item with { Content = string.Empty, Comments = [] }).ToList() };
        }

        var earlier = ImportManifest.Load(Path.GetFullPath(options.SiteRoot, options.WorkingDirectory)).Posts().Select(p => p.Post.OldUrl).OfType<string>();
        SettleBareAddresses(posts, exports, earlier);
        SkipCopiesOfExportedPosts(posts, skipped, diagnostics);
        options.Progress?.Report(new ImportProgress(total, total, string.Empty));
        return (posts, skipped, exports, failed);
    }

    /// <summary>Reads one input file; a WXR export comes back as <paramref name="export"/>, converted later with the rest of its blog.</summary>
    private static ReadResult ReadOne(string file, string shown, DiagnosticBag diagnostics, Action<long> progress, out WxrExport? export)
    {
        export = null;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (IOException ex)
        {
            diagnostics.Error(DiagnosticCodes.ImportUnreadable, new SourceLocation(shown), $"cannot read the file: {ex.Message}");
            return ReadResult.Failed;
        }
        catch (UnauthorizedAccessException ex)
        {
            diagnostics.Error(DiagnosticCodes.ImportUnreadable, new SourceLocation(shown), $"cannot read the file: {ex.Message}");
            return ReadResult.Failed;
        }

        var detected = InputDetector.Detect(bytes, shown, diagnostics);
        if (detected is not { } input)
        {
            return ReadResult.Failed;
        }

        switch (input.Format)
        {
            case InputFormat.ScrapedText:
                return ScrapedTextReader.Read(input.Text, shown, diagnostics);
            case InputFormat.SavedPage:
                return SavedPageReader.Read(input.Text, shown, diagnostics, Path.GetDirectoryName(file));
            case InputFormat.Clipping:
                return ClippingReader.Read(input.Text, shown, diagnostics);
            default:
                using (var stream = new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true))
                {
                    // Converted once every file of the batch is read (a split export's files belong together).
                    export = WxrReader.Read(stream, shown, diagnostics, progress);
                    return export is null ? ReadResult.Failed : new ReadResult([], []);
                }
        }
    }

    // ChangedSite: whether it wrote or removed a file of the site (a post, a page, the attachments' ids, a media file).
    private sealed record Migration(List<WrittenFile> Written, IReadOnlyList<Media.MediaFile> Media, int Refused, IReadOnlyList<MergedTerm> MergedTerms, bool ChangedSite);

    private static Migration WriteAll(List<ImportedPost> posts, List<(ImportedPost Post, string Url)> kept, List<WxrExport> exports, string siteRoot, SiteConfig config, ActorRegistry registry, ImportOptions options, StageTimings timings, DiagnosticBag diagnostics)
    {
        var placer = new PostPlacer(config, new ActorTagger(registry), options.SuggestActors, archiveComments: !options.NoComments);
        var manifest = ImportManifest.Load(siteRoot);
        var placed = timings.Measure("place", () => PlaceAllocator.Allocate(
            posts.AsParallel().AsOrdered().Select(p => placer.Place(p)).ToList(),
            manifest.Posts().Where(p => File.Exists(Path.Combine(siteRoot, p.Target))).ToList(),
            placer, diagnostics, target => Display(Path.Combine(siteRoot, target), options.WorkingDirectory)));

        var hosts = BlogHosts(exports, posts.Concat(kept.Select(k => k.Post)));
        var attachments = exports.SelectMany(e => e.Items).Where(i => i.Type == "attachment" && i.AttachmentUrl.Length > 0).ToList();
        var media = timings.Measure("media", () =>
        {
            var references = placed.AsParallel().AsOrdered().SelectMany(p => BodyUrls.All(p.Document.Body).Select(u => (Address(u, p.Source), (SourceLocation?)null)).Concat(p.Document.Image?.Src is { } src ? [(src, null)] : []))
                .ToList().Concat(attachments.Select(a => (a.AttachmentUrl, (SourceLocation?)new SourceLocation(a.Source, a.Line, a.Column))));
            // The export's channel names the blog's own hosts; its posts' and WordPress pages' hosts only where uploads are.
            var recorded = attachments.Select(a => (a.AttachmentUrl, a.Meta.GetValueOrDefault("_wp_attached_file") ?? string.Empty)).ToList();
            var own = BlogUploads.Of(exports.SelectMany(e => e.BaseUrls), [], recorded);
            var uploads = BlogUploads.Of(exports.SelectMany(e => e.BaseUrls), posts.Concat(kept.Select(k => k.Post)).Where(p => p.OldUrlIsTheBlogs).Select(p => p.OldUrl ?? string.Empty), recorded);
            // One set-up for every input: a saved page's uploads go through a proxy as an export's do (see PublicAddresses).
            var sources = new MediaSources(options.MediaFrom, options.WorkingDirectory, options.FetchMedia ? options.Fetch with { BlogFolders = own, UploadFolders = uploads } : null, options.DryRun);
            var elsewhere = attachments.Where(a => MediaUrl.Parse(a.AttachmentUrl, uploads) is null)
                .Select(a => MediaUrl.OfAttachment(a.AttachmentUrl, a.Meta.GetValueOrDefault("_wp_attached_file") ?? string.Empty, a.PostDate, new SourceLocation(a.Source, a.Line, a.Column)))
                .OfType<MediaUrl>();
            // The blog being imported: its export's channel, and the hosts its own attachments were served from.
            var blogs = exports.SelectMany(e => e.BaseUrls).Concat(attachments.Where(a => MediaUrl.Parse(a.AttachmentUrl, uploads) is not null).Select(a => a.AttachmentUrl))
                .Select(u => Uri.TryCreate(u.Trim(), UriKind.Absolute, out var url) ? BlogUploads.BlogOf(url) : null).OfType<string>().ToHashSet(StringComparer.Ordinal);
            // Where no export names it: the blogs the saved pages and clippings are of, by their own addresses, and the
            // blog whose uploads a saved page's own theme shows, whatever host serves them (a blog on its own domain).
            var homes = posts.Concat(kept.Select(k => k.Post)).Where(p => p.Source != ImportedSource.Export)
                .SelectMany(p => new[] { p.OldUrl is not null && Uri.TryCreate(p.OldUrl.Trim(), UriKind.Absolute, out var url) ? BlogUploads.BlogOf(url) : null, p.UploadsBlog })
                .OfType<string>().ToList();
            // What browsers saved beside the pages (<name>_files/): copies of uploads, and files of the pages' own.
            var shown = placed.Select(p => p.Source.SavedFiles).ToList();
            var saved = new SavedFiles(
                shown.SelectMany(f => f.Where(s => IsAbsolute(s.Key)).Select(s => (s.Key, s.Value))).ToList(),
                placed.SelectMany(p => p.Source.SavedFiles.Where(s => !IsAbsolute(s.Key)).Select(s => (s.Value, p.Source.Date))).ToList());
            var home = MediaHome.Bring(references, uploads, blogs, homes, elsewhere, manifest.MediaNames(), siteRoot, sources, diagnostics, saved);
            manifest.RecordMediaNames(home.Names);
            return home;
        });
        var links = timings.Measure("links", () => Links(placed, kept, exports, attachments, media, hosts, config.Taxonomies, registry, archiveComments: !options.NoComments));

        var writer = new TargetWriter(siteRoot, manifest, options.DryRun, options.Force);
        var written = new List<WrittenFile>();
        var refused = 0;

        // The files earlier imports wrote from a saved page, clipping or text, which a post of an export may replace.
        var poorer = manifest.Posts().Where(p => p.Post.From is not (null or ImportedSource.Export)).ToDictionary(p => p.Target, p => p.Post.From!.Value, StringComparer.Ordinal);

        // Made and written side by side (each target is its own file); reported in order.
        var prepared = timings.Measure("check and write", () => Enumerable.Range(0, posts.Count).AsParallel().AsOrdered().Select(i =>
        {
            var shown = Display(Path.Combine(siteRoot, placed[i].TargetPath), options.WorkingDirectory);
            var (document, home, remote, rewritten) = HomeReferences(placed[i], media, links);
            var text = DocumentGate.Pass(FrontMatterWriter.Write(document), placed[i].TargetPath, shown, posts[i].SourcePath, posts[i].Kind, config, diagnostics);
            var earlierFile = placed[i].Replaces ?? placed[i].TargetPath;
            var replaced = text is not null && posts[i].Source == ImportedSource.Export && poorer.TryGetValue(earlierFile, out var from)
                ? ReplacedCopy.Read(Path.Combine(siteRoot, earlierFile), from, text) : null;

            // A post that moved on the old blog leaves its earlier file for the new one, unless that file was edited
            // since, or the new one is not written (a file of the user's is there): the post is never left without a file.
            var (outcome, keptBy) = text is null ? (null, null) : Moved(writer, placed[i], text, PostRecord.Of(posts[i], placed[i].SitePath, document.Aliases));
            return (Shown: shown, Alias: document.Aliases.FirstOrDefault(a => !a.Contains('?', StringComparison.Ordinal)), document.Notes, Home: home, Remote: remote, Rewritten: rewritten, Outcome: outcome, Text: text, Replaced: replaced, KeptBy: keptBy);
        }).ToList());
        for (var i = 0; i < posts.Count; i++)
        {
            var (post, place) = (posts[i], placed[i]);
            var (shownTarget, alias, notes, mediaHome, mediaRemote, rewritten, outcomeOrNull, _, replaced, keptBy) = prepared[i];
            if (outcomeOrNull is not { } outcome)
            {
                refused++;
                continue;
            }

            var movedFrom = place.Replaces is { } earlierTarget ? Display(Path.Combine(siteRoot, earlierTarget), options.WorkingDirectory) : null;
            if (keptBy == place.TargetPath && movedFrom is not null)
            {
                diagnostics.Warning(DiagnosticCodes.ImportEditedTarget, new SourceLocation(shownTarget),
                    $"changed since it was imported (or not made by the importer): left alone; {post.SourcePath} has '{post.Title}' here now, at {place.SitePath} (a new date or slug on the old blog), and it stays in {movedFrom} meanwhile (use --force to overwrite this file, or move it away and import again)");
                shownTarget = movedFrom;
            }
            else if (outcome == WriteOutcome.Edited && movedFrom is not null)
            {
                diagnostics.Warning(DiagnosticCodes.ImportEditedTarget, new SourceLocation(movedFrom),
                    $"changed since it was imported: left alone; {post.SourcePath} has this post at {place.SitePath} now (a new date or slug on the old blog), in {shownTarget}, which is not written while this file is there (use --force to move it there, or move it and your edits by hand)");
                shownTarget = movedFrom;
            }
            else if (outcome == WriteOutcome.Edited)
            {
                diagnostics.Warning(DiagnosticCodes.ImportEditedTarget, new SourceLocation(shownTarget),
                    $"changed since it was imported (or not made by the importer): left alone; the import of {post.SourcePath} would differ (use --force to overwrite)");
            }
            else if (movedFrom is not null)
            {
                diagnostics.Info(DiagnosticCodes.ImportPostMoved, new SourceLocation(shownTarget),
                    $"'{post.Title}' is at {place.SitePath} now ({(post.BlogPostId is { } id ? $"the same post, {id}, with a new date or slug on the old blog" : "the same post at another place")}): moved here from {movedFrom}, which is removed; its URL there is an alias of the new one");
            }

            if (outcome == WriteOutcome.Updated && replaced is { FieldsLost.Count: > 0 })
            {
                var fields = string.Join(", ", replaced.FieldsLost.Select(f => $"'{f}:'"));
                diagnostics.Warning(DiagnosticCodes.ImportCopyReplaced, new SourceLocation(shownTarget),
                    $"held the post as an earlier import read it from a {replaced.Input}; the export's copy of {post.SourcePath}, with its id, terms and comments, replaces it, without the {fields} that copy had: put {(replaced.FieldsLost.Count == 1 ? "it" : "them")} back by hand from the {replaced.Input} if wanted");
            }

            if (place.ActorsSuggested.Count > 0)
            {
                diagnostics.Info(DiagnosticCodes.ImportActorSuggested, new SourceLocation(shownTarget),
                    $"mentions {string.Join(", ", place.ActorsSuggested)}: not added (--suggest-actors); add them to 'actors:' to link them");
            }

            written.Add(new WrittenFile(post.SourcePath, shownTarget, post.Kind, outcome, place.ActorsAdded, place.ActorsSuggested)
            {
                Title = post.Title,
                Url = place.SitePath,
                Alias = alias,
                Abandoned = alias is null && post.OldPath is { } old && !string.Equals(OldPath.Normalise(old).TrimEnd('/'), place.SitePath.TrimEnd('/'), StringComparison.OrdinalIgnoreCase) ? OldPath.Normalise(old) : null,
                MediaHome = mediaHome,
                MediaRemote = mediaRemote,
                LinksRewritten = rewritten,
                Comments = post.Comments.Count,
                Notes = notes,
            });
        }

        // A file edited since its import was left alone: its lines are not the text made here.
        var merged = TermMerges.Find(placed.Zip(prepared).Where(p => p.First.Source.Kind == ImportedKind.Dispatch && p.Second.Outcome is not null)
            .Select(p => (p.First, p.Second.Shown, p.Second.Outcome == WriteOutcome.Edited ? string.Empty : p.Second.Text!)), config);
        foreach (var term in merged)
        {
            diagnostics.Warning(DiagnosticCodes.ImportTermsMerged, term.Entry, TermMerges.Advice(term));
        }

        var removed = placed.Zip(prepared).Where(p => p.First.Replaces is not null && p.Second.Outcome is not null && p.Second.KeptBy is null).Select(p => p.First.Replaces!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        WriteAttachmentIds(placed, removed, manifest, attachments, media, siteRoot, config, writer, options, diagnostics);
        var changedSite = writer.ChangesSite || media.Files.Any(m => m.State == Media.MediaState.Copied);
        timings.Measure("commit", writer.Commit);
        if (!options.DryRun)
        {
            timings.Measure("save manifest", () => manifest.Save(siteRoot));
            ManifestIgnoredByGit.Report(siteRoot, diagnostics);
        }

        return new Migration(written, media.Files.ToList(), refused, merged, changedSite);
    }

    /// <summary>
    /// Writes a post's file and, where it moved on the old blog, removes its earlier one once the new one is there (or was
    /// already, the same): where either file was edited, neither changes, and the one that held it back is returned.
    /// </summary>
    private static (WriteOutcome? Outcome, string? KeptBy) Moved(TargetWriter writer, PlacedPost place, string text, PostRecord record)
    {
        if (place.Replaces is { } moved && !writer.MayRemove(moved))
        {
            return (WriteOutcome.Edited, moved);
        }

        var wrote = writer.Write(place.TargetPath, text, record);
        if (place.Replaces is not { } earlier)
        {
            return (wrote, null);
        }

        if (wrote == WriteOutcome.Edited)
        {
            return (wrote, place.TargetPath);
        }

        writer.Remove(earlier);
        return (wrote == WriteOutcome.Imported ? WriteOutcome.Updated : wrote, null);
    }

    /// <summary>
    /// Writes the old blog's attachment ids, each to its file (brought home, else its address), with those earlier
    /// imports wrote: WordPress answered <c>/?attachment_id=67</c> and <c>/?p=67</c> with the attachment, and the site's
    /// map of old ids follows them there.
    /// </summary>
    private static void WriteAttachmentIds(List<PlacedPost> placed, HashSet<string> removed, ImportManifest manifest, List<WxrItem> attachments, MediaHome media, string siteRoot, SiteConfig config,
        TargetWriter writer, ImportOptions options, DiagnosticBag diagnostics)
    {
        var target = config.ContentPath(WordPressAttachmentReader.FileName);
        var earlier = WordPressAttachmentReader.Read(new PhysicalFileSource(siteRoot), config, new DiagnosticBag());
        if (attachments.Count == 0 && earlier.Count == 0)
        {
            return;
        }

        var claimed = placed.SelectMany(p => p.Document.Aliases)
            .Concat(manifest.Posts().Where(p => File.Exists(Path.Combine(siteRoot, p.Target)) && !removed.Contains(p.Target)).SelectMany(p => p.Post.Aliases ?? []))
            .Where(a => a.Contains('?', StringComparison.Ordinal)).Select(a => WordPressId.Parse(a, out _)).OfType<(string Parameter, long Id)>().Select(i => i.Id).ToHashSet();
        var found = attachments.Where(a => a.Id > 0).Select(a => (a.Id, Target: media.LocalUrl(a.AttachmentUrl) ?? a.AttachmentUrl.Trim()))
            .Where(a => a.Target.StartsWith('/') || Uri.TryCreate(a.Target, UriKind.Absolute, out var url) && url.Scheme is "http" or "https");
        var text = AttachmentIds.Text(found, earlier, claimed);
        if (text is null)
        {
            // Every entry an earlier import wrote is a post's id now: left there, the build would find the id twice.
            if (earlier.Count > 0 && !writer.Remove(target))
            {
                diagnostics.Warning(DiagnosticCodes.ImportEditedTarget, new SourceLocation(Display(Path.Combine(siteRoot, target), options.WorkingDirectory)),
                    $"changed since it was imported (or not made by the importer): left alone, though its ids ({string.Join(", ", earlier.Select(a => a.Id))}) are posts' ids now: remove those entries (or the file), or use --force");
            }

            return;
        }

        if (writer.Write(target, text) == WriteOutcome.Edited)
        {
            diagnostics.Warning(DiagnosticCodes.ImportEditedTarget, new SourceLocation(Display(Path.Combine(siteRoot, target), options.WorkingDirectory)),
                "changed since it was imported (or not made by the importer): left alone, without the attachments of this import (use --force to overwrite)");
        }
    }

    /// <summary>
    /// The hosts the old blog answered on, with and without www.: its export's root URL and its posts' permalinks,
    /// whose links are rewritten. (Media are fetched from the export's channel's hosts alone: see BlogUploads.)
    /// A saved page or clipping may be of any site, so its address names no host of the blog.
    /// </summary>
    private static HashSet<string> BlogHosts(List<WxrExport> exports, IEnumerable<ImportedPost> posts)
    {
        var hosts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var url in exports.Select(e => e.BlogUrl).Concat(posts.Where(p => p.OldUrlIsTheBlogs).Select(p => p.OldUrl ?? string.Empty)))
        {
            if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                var host = uri.IdnHost.ToLowerInvariant();
                hosts.Add(host);
                hosts.Add(host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : "www." + host);
            }
        }

        return hosts;
    }

    private static LinkMap Links(List<PlacedPost> placed, List<(ImportedPost Post, string Url)> kept, List<WxrExport> exports, List<WxrItem> attachments, MediaHome media, HashSet<string> hosts,
        TaxonomySettings taxonomies, ActorRegistry registry, bool archiveComments)
    {
        // A term that names an actor became the actor (see PostPlacer), so links to its archive lead to the actor's page.
        var links = new LinkMap(hosts, exports.FirstOrDefault()?.BlogPath ?? "/", taxonomies, name => registry.Resolve(name)?.Path);
        // Where two posts had one old URL (a page and a post of one slug), the one still there answers it.
        foreach (var place in placed.Where(p => p.Source.OldUrl is not null || p.Source.OldId > 0).OrderBy(p => PlaceAllocator.KeepsItsOldUrl(p) ? 0 : 1))
        {
            // Only the comments the archive wrote (a page's are not archived, nor a reply whose thread loops).
            foreach (var comment in archiveComments ? place.Source.Comments.Where(c => c.Id > 0) : [])
            {
                var anchor = CommentArchive.Anchor(comment.Id);
                if (place.Document.Body.Contains($"<span id=\"{anchor}\">", StringComparison.Ordinal))
                {
                    links.AddAnchor(place.SitePath, anchor);
                }
            }

            // WordPress's "Continue reading" links go to #more-<post id>, the anchor a dispatch of the post's guid has.
            if (place.Source.Kind == ImportedKind.Dispatch && SiteGen.Feeds.SummaryDivider.IsIn(place.Document.Body))
            {
                links.AddAnchor(place.SitePath, SummaryAnchor.IdOf(place.Document.Guid));
            }

            if (place.Source.Kind == ImportedKind.Dispatch && !place.Source.Draft && place.Source.Date <= DateTimeOffset.UtcNow)
            {
                links.AddDateArchives(place.SitePath);
            }

            if (place.Source.OldUrlIsTheBlogs)
            {
                links.AddPost(place.Source.OldId, place.Source.OldPath, place.SitePath);
            }
            else
            {
                links.AddPermalink(place.Source.OldUrl!, place.SitePath);
            }
        }

        // A copy of a post an earlier import wrote from the export was skipped: links to the post lead to that file.
        foreach (var (post, url) in kept)
        {
            if (post.OldUrlIsTheBlogs)
            {
                links.AddPost(post.OldId, post.OldPath, url);
            }
            else if (post.OldUrl is not null)
            {
                links.AddPermalink(post.OldUrl, url);
            }
        }

        foreach (var attachment in attachments)
        {
            links.AddAttachment(attachment.Id, attachment.Link, media.LocalUrl(attachment.AttachmentUrl) ?? attachment.AttachmentUrl.Trim());
        }

        foreach (var (domain, nicename, name) in exports.SelectMany(e => e.Items).SelectMany(i => i.Terms))
        {
            links.AddTerm(domain, nicename, WxrConverter.TextOf(name));
        }

        // A parent category no post names itself is a term of the posts of its children (see WxrConverter).
        foreach (var (_, name, path) in placed.SelectMany(p => p.Source.OldSlugs).Where(s => s.Kind == TaxonomyKind.Categories))
        {
            links.AddTerm("category", path[(path.LastIndexOf('/') + 1)..], name);
        }

        return links;
    }

    /// <summary>
    /// The document with its media and links to other imported posts pointing home, and how many of each. A link into
    /// a web archive's copy of an imported post points at the post; in a post read from an archive's copy, whose links
    /// the archive rewrote to its own copies, every link leads to the page it names again.
    /// </summary>
    private static (PostDocument Document, int MediaHome, int MediaRemote, int Links) HomeReferences(PlacedPost place, MediaHome media, LinkMap links)
    {
        var document = place.Document;
        int home = 0, remote = 0, rewritten = 0, unwrapped = 0;
        string? Rewrite(string url)
        {
            var archived = ArchivedCopy.ArchivedLink(url);
            if (archived is not null && !place.Source.ReadFromArchive)
            {
                // An author's own link to an archived page: kept, unless the page is now on this site.
                return links.Resolve(archived.OriginalString, postsOnly: true) is { } imported ? Counted(ref rewritten, imported) : null;
            }

            var address = archived?.OriginalString ?? url;
            if (media.Parse(address) is { } file)
            {
                if (media.LocalUrl(file) is { } local)
                {
                    home++;
                    return local;
                }

                // Not brought home: the archive's copy is the one that still answers.
                remote++;
                return null;
            }

            if (links.Resolve(address) is { } target)
            {
                return Counted(ref rewritten, target);
            }

            return archived is null ? null : Counted(ref unwrapped, address);
        }

        var body = BodyUrls.Rewrite(document.Body, Rewrite);
        foreach (var (link, path) in place.Source.SavedFiles.Where(s => !IsAbsolute(s.Key)))
        {
            if (media.SavedUrl(path) is { } local)
            {
                var before = body;
                body = SavedLinks.Rewrite(body, link, local);
                home += before == body ? 0 : 1;
            }
        }

        var image = document.Image is { Src: { } src } lead && Rewrite(src) is { } localSrc ? lead with { Src = localSrc } : document.Image;
        var notes = unwrapped == 0 ? document.Notes
            : [.. document.Notes, $"{unwrapped} link(s) led to the Wayback Machine's copies of the pages they name: they lead to the pages again."];
        return (document with { Body = body, Image = image, Notes = notes }, home, remote, rewritten);
    }

    private static bool IsAbsolute(string url) => Uri.TryCreate(url, UriKind.Absolute, out _);

    private static string Counted(ref int count, string value)
    {
        count++;
        return value;
    }

    /// <summary>A body URL as the media stage takes it: in a post read from an archive's copy, a link's archived page.</summary>
    private static string Address(string url, ImportedPost post) =>
        post.ReadFromArchive && ArchivedCopy.ArchivedLink(url) is { } archived ? archived.OriginalString : url;

    private static string Display(string fullPath, string workingDirectory) => Path.GetRelativePath(workingDirectory, fullPath).Replace('\\', '/');

    /// <summary>A path as shown from the working folder (with a position after it, <c>a.xml(80,1)</c>), as seen from the site's root.</summary>
    private static string SitePath(string shown, string siteRoot, string workingDirectory)
    {
        var position = Position().Match(shown);
        var path = shown[..(shown.Length - position.Length)];
        return path.Length == 0 ? shown : Display(Path.GetFullPath(path, workingDirectory), siteRoot) + position.Value;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\(\d+(,\d+)?\)$")]
    private static partial System.Text.RegularExpressions.Regex Position();

    /// <summary>Site diagnostics (site.yml, actors) carry site-relative paths; shown from the working folder like the rest.</summary>
    private static List<Diagnostic> Relocate(IReadOnlyList<Diagnostic> diagnostics, string siteRoot, string workingDirectory) =>
        diagnostics.Select(d => d.Location.Path.Length > 0 && !File.Exists(Path.GetFullPath(d.Location.Path, workingDirectory)) && File.Exists(Path.Combine(siteRoot, d.Location.Path))
            ? d with { Location = d.Location with { Path = Display(Path.Combine(siteRoot, d.Location.Path), workingDirectory) } }
            : d).ToList();
}
