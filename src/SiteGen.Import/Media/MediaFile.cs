namespace SiteGen.Import.Media;

/// <summary>One media file of the old blog that the import met: where it is now, and why when it is still remote.</summary>
public sealed record MediaFile(string Key, Uri Original, MediaState State, string? Reason, bool Attachment)
{
    public bool IsHome => State is MediaState.Copied or MediaState.Present;
}
