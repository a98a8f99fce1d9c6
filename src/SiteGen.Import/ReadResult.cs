namespace SiteGen.Import;

/// <summary>What one input gave: its posts, and what it held that was left out, with why.</summary>
public sealed record ReadResult(IReadOnlyList<ImportedPost> Posts, IReadOnlyList<SkippedRecord> Skipped)
{
    public static ReadResult Failed { get; } = new([], []);

    /// <summary>The export the posts came from (WXR only): its attachments, terms and URLs bring media and links home.</summary>
    public Wxr.WxrExport? Export { get; init; }
}
