namespace SiteGen.IO;

/// <summary>A file a build read: its stamp when it was read (null when the source has none) and the SHA-256 of its bytes.</summary>
public sealed record InputFile(FileStamp? Stamp, string Digest);
