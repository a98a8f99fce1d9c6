namespace SiteGen.Import.Model;

/// <summary>What one input gave: its posts, and what it held that was left out, with why.</summary>
internal sealed record ReadResult(IReadOnlyList<ImportedPost> Posts, IReadOnlyList<SkippedRecord> Skipped)
{
    public static ReadResult Failed { get; } = new([], []);
}
