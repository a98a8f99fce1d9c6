using SiteGen.Actors;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Import.Clippings;
using SiteGen.Import.Html;
using SiteGen.Import.Text;
using SiteGen.Import.Writing;
using SiteGen.Import.Wxr;
using SiteGen.IO;

namespace SiteGen.Import;

/// <summary>
/// The import, stage by stage: load the site (config, actors), collect and read the inputs (each detected by
/// content), place every post, write the targets. A bad input is reported and the rest of the batch goes on.
/// </summary>
public static class Importer
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

        var files = InputCollector.Collect(options.Inputs, options.WorkingDirectory, diagnostics, out var ignored);
        var (posts, skipped, failed) = ReadAll(files, options, diagnostics);
        var written = WriteAll(posts, siteRoot, config, registry, options, diagnostics);

        return new ImportReport
        {
            Diagnostics = Relocate(diagnostics.ToSortedList(), siteRoot, options.WorkingDirectory),
            Files = written,
            Skipped = skipped,
            InputsRead = files.Count - failed,
            InputsFailed = failed + options.Inputs.Count(i => !File.Exists(Path.GetFullPath(i, options.WorkingDirectory)) && !Directory.Exists(Path.GetFullPath(i, options.WorkingDirectory))),
            FilesIgnored = ignored,
            BoilerplateLinesRemoved = posts.Sum(p => p.BoilerplateLinesRemoved),
            DryRun = options.DryRun,
        };
    }

    private static (List<ImportedPost> Posts, List<SkippedRecord> Skipped, int Failed) ReadAll(IReadOnlyList<string> files, ImportOptions options, DiagnosticBag diagnostics)
    {
        var posts = new List<ImportedPost>();
        var skipped = new List<SkippedRecord>();
        var failed = 0;
        var total = files.Sum(f => new FileInfo(f).Length);
        long done = 0;
        foreach (var file in files)
        {
            var shown = Display(file, options.WorkingDirectory);
            options.Progress?.Report(new ImportProgress(done, total, shown));
            var fileDiagnostics = new DiagnosticBag();
            var result = ReadOne(file, shown, fileDiagnostics, read => options.Progress?.Report(new ImportProgress(done + read, total, shown)));
            failed += fileDiagnostics.HasErrors ? 1 : 0;
            diagnostics.AddRange(fileDiagnostics.ToSortedList());

            posts.AddRange(result.Posts);
            skipped.AddRange(result.Skipped);
            done += new FileInfo(file).Length;
        }

        options.Progress?.Report(new ImportProgress(total, total, string.Empty));
        return (posts, skipped, failed);
    }

    private static ReadResult ReadOne(string file, string shown, DiagnosticBag diagnostics, Action<long> progress)
    {
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
                return SavedPageReader.Read(input.Text, shown, diagnostics);
            case InputFormat.Clipping:
                return ClippingReader.Read(input.Text, shown, diagnostics);
            default:
                using (var stream = new MemoryStream(bytes, writable: false))
                {
                    var export = WxrReader.Read(stream, shown, diagnostics, progress);
                    return export is null ? ReadResult.Failed : WxrConverter.Convert(export, shown, diagnostics);
                }
        }
    }

    private static List<WrittenFile> WriteAll(List<ImportedPost> posts, string siteRoot, SiteConfig config, ActorRegistry registry, ImportOptions options, DiagnosticBag diagnostics)
    {
        var placer = new PostPlacer(config, new ActorTagger(registry), options.SuggestActors);
        var manifest = ImportManifest.Load(siteRoot);
        var writer = new TargetWriter(siteRoot, manifest, options.DryRun, options.Force);
        var claimed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var written = new List<WrittenFile>();
        foreach (var post in posts)
        {
            var placed = placer.Place(post);
            var target = Unclaimed(placed.TargetPath, post.SourcePath, claimed, diagnostics, siteRoot, options.WorkingDirectory);
            var outcome = writer.Write(target, FrontMatterWriter.Write(placed.Document));
            var shownTarget = Display(Path.Combine(siteRoot, target), options.WorkingDirectory);
            if (outcome == WriteOutcome.Edited)
            {
                diagnostics.Warning(DiagnosticCodes.ImportEditedTarget, new SourceLocation(shownTarget),
                    $"changed since it was imported (or not made by the importer): left alone; the import of {post.SourcePath} would differ (use --force to overwrite)");
            }

            if (placed.ActorsSuggested.Count > 0)
            {
                diagnostics.Info(DiagnosticCodes.ImportActorSuggested, new SourceLocation(shownTarget),
                    $"mentions {string.Join(", ", placed.ActorsSuggested)}: not added (--suggest-actors); add them to 'actors:' to link them");
            }

            written.Add(new WrittenFile(post.SourcePath, shownTarget, post.Kind, outcome, placed.ActorsAdded, placed.ActorsSuggested));
        }

        if (!options.DryRun)
        {
            manifest.Save(siteRoot);
        }

        return written;
    }

    /// <summary>The target, or a numbered one when an earlier post of this batch took it (two posts with one slug in one year).</summary>
    private static string Unclaimed(string target, string source, Dictionary<string, string> claimed, DiagnosticBag diagnostics, string siteRoot, string workingDirectory)
    {
        var candidate = target;
        for (var n = 2; claimed.ContainsKey(candidate); n++)
        {
            candidate = $"{target[..^".md".Length]}-{n}.md";
        }

        if (candidate != target)
        {
            diagnostics.Warning(DiagnosticCodes.ImportTargetClash, new SourceLocation(source),
                $"{Display(Path.Combine(siteRoot, target), workingDirectory)} is already the target of {claimed[target]}: written to {Path.GetFileName(candidate)} instead; check both URLs");
        }

        claimed[candidate] = source;
        return candidate;
    }

    private static string Display(string fullPath, string workingDirectory) => Path.GetRelativePath(workingDirectory, fullPath).Replace('\\', '/');

    /// <summary>Site diagnostics (site.yml, actors) carry site-relative paths; shown from the working folder like the rest.</summary>
    private static List<Diagnostic> Relocate(IReadOnlyList<Diagnostic> diagnostics, string siteRoot, string workingDirectory) =>
        diagnostics.Select(d => d.Location.Path.Length > 0 && !File.Exists(Path.GetFullPath(d.Location.Path, workingDirectory)) && File.Exists(Path.Combine(siteRoot, d.Location.Path))
            ? d with { Location = d.Location with { Path = Display(Path.Combine(siteRoot, d.Location.Path), workingDirectory) } }
            : d).ToList();
}
