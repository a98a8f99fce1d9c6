using SiteGen.Diagnostics;
using SiteGen.Import.Model;

namespace SiteGen.Import;

/// <summary>What an import did: per target file, what was skipped and why, and the totals of its summary line.</summary>
public sealed record ImportReport
{
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    public IReadOnlyList<WrittenFile> Files { get; init; } = [];

    public IReadOnlyList<SkippedRecord> Skipped { get; init; } = [];

    public int InputsRead { get; init; }

    public int InputsFailed { get; init; }

    /// <summary>Files in input folders that are not inputs (README.md, images).</summary>
    public int FilesIgnored { get; init; }

    public int BoilerplateLinesRemoved { get; init; }

    public bool DryRun { get; init; }

    /// <summary>The old blog's media files the import met, and where each is now.</summary>
    public IReadOnlyList<Media.MediaFile> Media { get; init; } = [];

    /// <summary>Attachment records in the exports (media library entries).</summary>
    public int Attachments { get; init; }

    public int CommentsArchived { get; init; }

    /// <summary>Comments left out with --no-comments.</summary>
    public int CommentsNotArchived { get; init; }

    /// <summary>What the import did about the site's time zone, or told the author to do; null when nothing.</summary>
    public string? TimeZoneNote { get; init; }

    /// <summary>Items not written because the build would refuse them (SG0633).</summary>
    public int Refused { get; init; }

    /// <summary>Terms of the old blog that are one here, as they had one name (News under Europe and under Asia).</summary>
    internal IReadOnlyList<MergedTerm> MergedTerms { get; init; } = [];

    /// <summary>The migration report written (import-report.md), as shown; null when none.</summary>
    public string? ReportPath { get; init; }

    /// <summary>Whether the report was left as the last import wrote it, this one having changed nothing.</summary>
    public bool ReportKept { get; init; }

    public int MediaHome => Media.Count(m => m.IsHome);

    public int MediaRemote => Media.Count(m => !m.IsHome);

    public int Count(WriteOutcome outcome) => Files.Count(f => f.Outcome == outcome);

    public int Dispatches => Files.Count(f => f.Kind == ImportedKind.Dispatch);

    public int Pages => Files.Count(f => f.Kind == ImportedKind.Page);

    /// <summary>Skipped records plus edited targets left alone.</summary>
    public int SkippedCount => Skipped.Count + Count(WriteOutcome.Edited);

    public int ActorsAdded => Files.Sum(f => f.ActorsAdded.Count);

    public int ActorsSuggested => Files.Sum(f => f.ActorsSuggested.Count);

    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
