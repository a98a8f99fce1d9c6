namespace SiteGen.IO;

/// <summary>A file's size and last write time (UTC ticks), as the file system reports them without reading the file.</summary>
public readonly record struct FileStamp(long Length, long WriteTicks);
