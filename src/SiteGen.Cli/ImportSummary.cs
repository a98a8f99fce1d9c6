using SiteGen.Import;
using SiteGen.Import.Model;

namespace SiteGen.Cli;

/// <summary>The lines an import ends with: each target and what happened to it, what was skipped and why, and the totals.</summary>
internal static class ImportSummary
{
    public static void Print(ImportReport report, TextWriter writer)
    {
        foreach (var file in report.Files)
        {
            var actors = file.ActorsAdded.Count == 0 ? string.Empty : $"  ({file.ActorsAdded.Count} actors: {string.Join(", ", file.ActorsAdded)})";
            writer.WriteLine($"  {Label(file.Outcome),-10} {file.TargetPath}{actors}");
        }

        foreach (var group in report.Skipped.GroupBy(s => s.Reason, StringComparer.Ordinal))
        {
            writer.WriteLine($"  skipped    {group.Count()} × {group.Key}: {string.Join("; ", group.Select(s => $"{s.What} in {s.SourcePath}"))}");
        }

        var kinds = Count(report.Dispatches, "dispatch", "dispatches") + (report.Pages == 0 ? string.Empty : ", " + Count(report.Pages, "page", "pages"));
        writer.WriteLine(
            $"Import{(report.DryRun ? " (dry run, nothing written)" : string.Empty)}: {report.Count(WriteOutcome.Imported)} imported, " +
            $"{report.Count(WriteOutcome.Updated)} updated, {report.Count(WriteOutcome.Unchanged)} unchanged, {report.SkippedCount} skipped " +
            $"({kinds}); {report.BoilerplateLinesRemoved} boilerplate lines removed; {report.ActorsAdded} actors tagged" +
            (report.ActorsSuggested > 0 ? $", {report.ActorsSuggested} suggested" : string.Empty) + ".");
        if (report.Count(WriteOutcome.Edited) > 0)
        {
            writer.WriteLine($"{report.Count(WriteOutcome.Edited)} edited file(s) left alone (see SG0603 above); --force overwrites them.");
        }

        if (report.InputsFailed > 0)
        {
            writer.WriteLine($"{report.InputsFailed} input(s) could not be imported (see the errors above); the rest were.");
        }

        if (report.Attachments > 0 || report.Media.Count > 0)
        {
            var remote = report.MediaRemote;
            writer.WriteLine($"Media: {report.Media.Count} file(s) of the old blog ({Count(report.Attachments, "attachment", "attachments")} in the export): {report.MediaHome} {(report.DryRun ? "would be" : "are")} in static/, {remote} still on the old host" +
                (remote == 0 ? "." : report.Media.Any(m => m.State == SiteGen.Import.Media.MediaState.Remote)
                    ? "; bring them home with --media-from DIR (the blog's media export: WordPress.com Export → Export media library, unpacked) or --fetch-media (downloads them)."
                    : "; see the warnings above (run the import again to retry, or bring them from the blog's media export with --media-from DIR)."));
        }

        if (report.Files.Sum(f => f.LinksRewritten) is var links and > 0)
        {
            writer.WriteLine($"Links: {links} link(s) between imported posts now point at their new URLs.");
        }

        if (report.CommentsArchived + report.CommentsNotArchived > 0)
        {
            writer.WriteLine(report.CommentsNotArchived > 0
                ? $"Comments: {report.CommentsNotArchived} not archived (--no-comments)."
                : $"Comments: {report.CommentsArchived} archived read-only under their dispatches and pages.");
        }

        if (report.TimeZoneNote is { } zone)
        {
            writer.WriteLine(zone);
        }

        if (report.Refused > 0)
        {
            writer.WriteLine($"{report.Refused} item(s) not written: the build would refuse them (see SG0633 above).");
        }

        if (report.ReportPath is { } path)
        {
            writer.WriteLine(report.ReportKept
                ? $"Report: {path} is as the last import that changed the site wrote it (this one changed nothing)."
                : $"Report: {path} (per item: kept, converted, dropped, media, links, URLs); commit it with the imported files, as the record of what the import changed.");
        }

        if (report.FilesIgnored > 0)
        {
            writer.WriteLine($"{report.FilesIgnored} file(s) in the input folders are not inputs (only .txt, .html, .htm, .xml and extensionless files are read) and were ignored.");
        }
    }

    private static string Count(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";

    private static string Label(WriteOutcome outcome) => outcome switch
    {
        WriteOutcome.Imported => "new",
        WriteOutcome.Updated => "updated",
        WriteOutcome.Unchanged => "unchanged",
        _ => "edited",
    };
}
