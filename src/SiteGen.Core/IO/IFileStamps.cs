namespace SiteGen.IO;

/// <summary>A file source that can tell a file's size and write time without reading it (a folder on disk).</summary>
public interface IFileStamps
{
    /// <summary>The file's stamp, or null when there is no such file.</summary>
    FileStamp? Stamp(string path);
}
