namespace SiteGen.Import;

/// <summary>What one input gave: its posts, and what it held that was left out, with why.</summary>
public sealed record ReadResult(IReadOnlyList<ImportedPost> Posts, IReadOnlyList<SkippedRecord> Skipped)
{
    public static ReadResult Failed { get; } = new([], []);
}

/// <summary>A record of an input that was not imported, e.g. a navigation menu in a WXR export.</summary>
public sealed record SkippedRecord(string SourcePath, string What, string Reason);
