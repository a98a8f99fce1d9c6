using System.Collections.Concurrent;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.IO;

namespace SiteGen.Content;

/// <summary>Reads every dispatch and page of a site in parallel.</summary>
public static class ContentLoader
{
    public const string DispatchFolder = "dispatches";

    public static ContentSet Load(IFileSource source, SiteConfig config, BuildOptions options, DiagnosticBag diagnostics)
    {
        var dispatchFiles = MarkdownFiles(source, config.ContentPath(DispatchFolder));
        var pageFiles = MarkdownFiles(source, config.ContentPath(PageReader.Folder));

        var dispatches = new ConcurrentBag<Dispatch>();
        Parallel.ForEach(dispatchFiles, path =>
        {
            var fileDiagnostics = new DiagnosticBag();
            var file = SourceFileReader.Read(source, path, fileDiagnostics, DiagnosticCodes.InvalidField);
            var dispatch = file is null ? null : DispatchReader.Read(file, config);
            if (dispatch is not null)
            {
                dispatches.Add(dispatch);
            }

            diagnostics.AddRange(fileDiagnostics.ToSortedList());
        });

        var pages = new List<PlainPage>();
        foreach (var path in pageFiles)
        {
            var fileDiagnostics = new DiagnosticBag();
            var file = SourceFileReader.Read(source, path, fileDiagnostics, DiagnosticCodes.InvalidField);
            var page = file is null ? null : PageReader.Read(file, config);
            if (page is not null && (!page.Draft || options.IncludeDrafts))
            {
                pages.Add(page);
            }

            diagnostics.AddRange(fileDiagnostics.ToSortedList());
        }

        var drafts = 0;
        var future = 0;
        DateTimeOffset? nextDue = null;
        var published = new List<Dispatch>(dispatches.Count);
        foreach (var dispatch in dispatches)
        {
            if (dispatch.Draft && !options.IncludeDrafts)
            {
                drafts++;
            }
            else if (dispatch.Date > options.Now && !options.IncludeFuture)
            {
                future++;
                nextDue = nextDue is null || dispatch.Date < nextDue ? dispatch.Date : nextDue;
                diagnostics.Info(DiagnosticCodes.FutureDated, dispatch.DateLocation,
                    $"dated {dispatch.Date:yyyy-MM-dd HH:mm zzz}, in the future: left out until then (build with --future to include it)");
            }
            else
            {
                published.Add(dispatch);
            }
        }

        // Newest first; the source path breaks ties so that the order never depends on thread timing.
        published.Sort((a, b) =>
        {
            var byDate = b.Date.CompareTo(a.Date);
            return byDate != 0 ? byDate : string.CompareOrdinal(a.SourcePath, b.SourcePath);
        });
        pages.Sort((a, b) => a.Weight != b.Weight ? a.Weight.CompareTo(b.Weight) : string.CompareOrdinal(a.Path, b.Path));
        return new ContentSet(published, pages, drafts, future, nextDue);
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
