namespace SiteGen.Import.Media;

/// <summary>Where a media file of the old blog is after the import.</summary>
public enum MediaState
{
    /// <summary>Copied (or downloaded) into static/ by this import; references point at it.</summary>
    Copied,

    /// <summary>Already in static/ from an earlier import; references point at it.</summary>
    Present,

    /// <summary>Still on the old host: neither --media-from nor --fetch-media was given.</summary>
    Remote,

    /// <summary>Not in the --media-from folder (and not fetched): still on the old host.</summary>
    Missing,

    /// <summary>The download failed: still on the old host.</summary>
    Failed,
}
