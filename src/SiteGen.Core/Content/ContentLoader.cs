using System.Collections.Concurrent;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.IO;

namespace SiteGen.Content;

/// <summary>Reads every dispatch and page of a site in parallel.</summary>
internal static class ContentLoader
{
    private const string DispatchFolder = SiteConfig.DispatchFolder;

    public static ContentSet Load(IFileSource source, SiteConfig config, BuildOptions options, DiagnosticBag diagnostics)
    {
        var dispatchFiles = MarkdownFiles(source, config.ContentPath(DispatchFolder));
        // Asked only of a site with no dispatches: the preview takes a folder the build looked for as wholly an input.
        if (dispatchFiles.Count == 0 && !source.DirectoryExists(config.ContentPath(DispatchFolder)))
        {
            ReportNoDispatchFolder(source, config, diagnostics);
        }

        var pageFiles = MarkdownFiles(source, config.ContentPath(PageReader.Folder));

        var dispatches = new ConcurrentBag<Dispatch>();
        var refusedActorNames = new ConcurrentBag<NamedReference>();
        Parallel.ForEach(dispatchFiles, path =>
        {
            var fileDiagnostics = new DiagnosticBag();
            var file = SourceFileReader.Read(source, path, fileDiagnostics, DiagnosticCodes.InvalidField);
            IReadOnlyList<NamedReference> actorNames = [];
            var dispatch = file is null ? null : DispatchReader.Read(file, config, out actorNames);
            if (dispatch is not null)
            {
                dispatches.Add(dispatch);
            }
            else
            {
                foreach (var name in actorNames)
                {
                    refusedActorNames.Add(name);
                }
            }

            diagnostics.AddRange(fileDiagnostics.ToSortedList());
        });

        var pages = new List<PlainPage>();
        var draftPages = new List<PlainPage>();
        foreach (var path in pageFiles)
        {
            var fileDiagnostics = new DiagnosticBag();
            var file = SourceFileReader.Read(source, path, fileDiagnostics, DiagnosticCodes.InvalidField);
            var page = file is null ? null : PageReader.Read(file, config);
            if (page is not null && (!page.Draft || options.IncludeDrafts))
            {
                pages.Add(page);
            }
            else if (page is not null)
            {
                draftPages.Add(page);
            }

            diagnostics.AddRange(fileDiagnostics.ToSortedList());
        }

        var leftOut = new List<LeftOutDispatch>();
        var unpublishedActorNames = refusedActorNames.Select(name => (name, (DateTimeOffset?)null)).ToList();
        DateTimeOffset? nextDue = null;
        var published = new List<Dispatch>(dispatches.Count);
        var heldBack = new List<Dispatch>();
        foreach (var dispatch in dispatches)
        {
            if (dispatch.Draft && !options.IncludeDrafts)
            {
                leftOut.Add(new LeftOutDispatch(dispatch.SourcePath, dispatch.Title, null));
                heldBack.Add(dispatch);
            }
            else if (dispatch.Date > options.Now && !options.IncludeFuture)
            {
                leftOut.Add(new LeftOutDispatch(dispatch.SourcePath, dispatch.Title, dispatch.Date));
                heldBack.Add(dispatch);
                if (!dispatch.Draft)
                {
                    unpublishedActorNames.AddRange(dispatch.ActorNames.Select(name => (name, (DateTimeOffset?)dispatch.Date)));
                }
                nextDue = nextDue is null || dispatch.Date < nextDue ? dispatch.Date : nextDue;
                diagnostics.Info(DiagnosticCodes.FutureDated, dispatch.DateLocation,
                    $"dated {dispatch.Date:yyyy-MM-dd HH:mm zzz}, in the future: left out until then (build with --future to include it)");
            }
            else
            {
                published.Add(dispatch);
            }
        }

        published.Sort(NewestFirst);
        pages.Sort((a, b) => a.Weight != b.Weight ? a.Weight.CompareTo(b.Weight) : string.CompareOrdinal(a.Path, b.Path));
        // Scheduled ones by due time, then drafts, each by path: the summary lists them in this order.
        leftOut.Sort((a, b) => (a.Due, b.Due) switch
        {
            (null, null) => string.CompareOrdinal(a.SourcePath, b.SourcePath),
            (null, _) => 1,
            (_, null) => -1,
            var (x, y) => x.Value != y.Value ? x.Value.CompareTo(y.Value) : string.CompareOrdinal(a.SourcePath, b.SourcePath),
        });
        return new ContentSet(published, pages, leftOut, nextDue, unpublishedActorNames) { Attachments = WordPressAttachmentReader.Read(source, config, diagnostics), HeldBack = HeldBack.Of(heldBack, draftPages, config) };
    }

    /// <summary>
    /// A site whose <c>content_dir</c> holds no dispatches folder built "0 dispatches" without a word (the sample's
    /// site.yml, <c>content_dir: "."</c>, copied into the layout the README documents): say where it looked, and
    /// where a dispatches folder is if there is one nearby.
    /// </summary>
    private static void ReportNoDispatchFolder(IFileSource source, SiteConfig config, DiagnosticBag diagnostics)
    {
        var looked = config.ContentPath(DispatchFolder) + "/";
        var elsewhere = new[] { (Dir: ".", Path: DispatchFolder), (Dir: "content", Path: "content/" + DispatchFolder) }
            .FirstOrDefault(c => c.Dir != config.ContentDir && source.DirectoryExists(c.Path));
        var fix = elsewhere.Path is null
            ? $"create it (sitegen new \"Title\" does), or set content_dir in site.yml to the folder that holds dispatches/"
            : $"there is one at {elsewhere.Path}/: set content_dir: \"{elsewhere.Dir}\" in site.yml";
        diagnostics.Warning(DiagnosticCodes.NoDispatchFolder, new SourceLocation(ConfigLoader.FileName),
            $"no dispatches: looked for them in {looked} (content_dir: \"{config.ContentDir}\"), which does not exist; {fix}");
    }

    /// <summary>The order of a site's dispatches: newest first; the source path breaks ties so that the order never depends on thread timing.</summary>
    public static int NewestFirst(Dispatch a, Dispatch b)
    {
        var byDate = b.Date.CompareTo(a.Date);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.SourcePath, b.SourcePath);
    }

    /// <summary>Whether a file in the dispatches or pages folder is one this loader reads (Markdown).</summary>
    public static bool Reads(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    private static List<string> MarkdownFiles(IFileSource source, string folder)
    {
        var files = new List<string>();
        foreach (var path in source.EnumerateFiles(folder))
        {
            if (Reads(path))
            {
                files.Add(path);
            }
        }

        return files;
    }
}
