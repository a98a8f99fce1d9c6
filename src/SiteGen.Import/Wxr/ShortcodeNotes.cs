namespace SiteGen.Import.Wxr;

/// <summary>What the shortcodes of one post could not bring over, for its warnings.</summary>
internal sealed class ShortcodeNotes
{
    /// <summary>Embed shortcodes that name nothing linkable, left in the text as written.</summary>
    public List<string> KeptAsText { get; } = [];

    /// <summary>Attachments a [gallery] names that the export does not hold.</summary>
    public List<long> MissingAttachments { get; } = [];
}
