using System.Text;
using SiteGen.Import.Media;
using SiteGen.Import.Model;

namespace SiteGen.Import;

/// <summary>
/// <c>import-report.md</c>: the migration item by item (what was kept, converted or dropped and why, media brought
/// home or still remote, links rewritten, URL kept or redirected), then the media files and what was skipped.
/// </summary>
internal static class MigrationReport
{
    public const string FileName = "import-report.md";

    /// <summary>The report's text; <paramref name="fromSite"/> turns a path as the import showed it into one from the site's root, where the report is.</summary>
    public static string Write(ImportReport report, Func<string, string> fromSite)
    {
        var text = new StringBuilder();
        text.Append("# Import report\n\n");
        text.Append($"{report.Files.Count} item(s) written or checked ({report.Dispatches} dispatch(es), {report.Pages} page(s)), {report.Skipped.Count} record(s) skipped, {report.Refused} refused; ");
        text.Append($"{report.Attachments} attachment(s); media: {report.MediaHome} in static/, {report.MediaRemote} still on the old host; ");
        text.Append($"{report.Files.Sum(f => f.LinksRewritten)} link(s) between imported posts rewritten; ");
        text.Append(report.CommentsNotArchived > 0 ? $"{report.CommentsNotArchived} comment(s) not archived (--no-comments).\n" : $"{report.CommentsArchived} comment(s) archived.\n");
        if (report.TimeZoneNote is { } zone)
        {
            text.Append('\n').Append(zone).Append('\n');
        }

        text.Append("\n## Items\n\n| item | written to | URL | media home / remote | links rewritten | comments | notes |\n|---|---|---|---|---|---|---|\n");
        foreach (var file in report.Files)
        {
            var url = file.Url is null ? string.Empty
                : file.Alias is not null ? $"`{file.Url}` (old `{file.Alias}` redirects)"
                : file.Abandoned is not null ? $"`{file.Url}` (moved from `{file.Abandoned}`, which cannot redirect)"
                : $"`{file.Url}` (kept)";
            var notes = file.Notes.Count == 0 ? "converted" : string.Join(" ", file.Notes);
            text.Append($"| {Cell(file.Title)} ({Cell(fromSite(file.SourcePath))}) | {Cell(fromSite(file.TargetPath))} ({Outcome(file.Outcome)}) | {url} | {file.MediaHome} / {file.MediaRemote} | {file.LinksRewritten} | {file.Comments} | {Cell(notes)} |\n");
        }

        if (report.MergedTerms.Count > 0)
        {
            text.Append("\n## Terms merged\n\nA tag, category or author here is its name, so the old blog's terms of one name are one here; every old URL of each leads to its page. ");
            text.Append("To keep two apart, give one another name in the `tags:`, `categories:` or `author:` of the dispatches listed with it, and in their `wordpress_slugs:` line (`News: asia/news-2` becomes `Asian news: asia/news-2`).\n\n");
            foreach (var merged in report.MergedTerms)
            {
                text.Append($"- {Configuration.TaxonomyKinds.Singular(merged.Kind)} '{Cell(merged.Name)}', now `{merged.SitePath}`:\n");
                foreach (var (oldPath, files) in merged.Old)
                {
                    text.Append($"  - `{Cell(oldPath)}`: {Cell(string.Join(", ", files.Select(fromSite)))}\n");
                }
            }
        }

        if (report.Skipped.Count > 0)
        {
            text.Append("\n## Dropped\n\n");
            foreach (var skipped in report.Skipped)
            {
                text.Append($"- {Cell(skipped.What)} in {Cell(fromSite(skipped.SourcePath))}: {Cell(skipped.Reason)}\n");
            }
        }

        var refused = report.Diagnostics.Where(d => d.Code is Diagnostics.DiagnosticCodes.ImportItemRefused or Diagnostics.DiagnosticCodes.ImportUnreadable or Diagnostics.DiagnosticCodes.ImportUnknownFormat).ToList();
        if (refused.Count > 0)
        {
            text.Append("\n## Not imported\n\n");
            foreach (var problem in refused)
            {
                var located = problem.Location.Path.Length == 0 ? problem : problem with { Location = problem.Location with { Path = fromSite(problem.Location.Path) } };
                text.Append($"- {Cell(located.ToString())}\n");
            }
        }

        if (report.Media.Count > 0)
        {
            text.Append("\n## Media\n\n");
            foreach (var media in report.Media.OrderBy(m => m.Key, StringComparer.Ordinal))
            {
                var where = media.State switch
                {
                    MediaState.Copied => $"copied to static{MediaUrl.SiteFolder}{media.Key}",
                    MediaState.Present => $"already in static{MediaUrl.SiteFolder}{media.Key}",
                    MediaState.Remote => "still on the old host (--media-from DIR or --fetch-media brings it)",
                    _ => $"still on the old host: {media.Reason}",
                };
                text.Append($"- {media.Original}{(media.Attachment ? " (attachment)" : string.Empty)}: {Cell(where)}\n");
            }
        }

        return text.ToString();
    }

    private static string Outcome(WriteOutcome outcome) => outcome switch
    {
        WriteOutcome.Imported => "new",
        WriteOutcome.Updated => "updated",
        WriteOutcome.Unchanged => "unchanged",
        _ => "edited since: left alone",
    };

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
