namespace SiteGen.IO;

/// <summary>Where a build writes its files: a staging folder on disk, or memory in tests. Thread-safe.</summary>
public interface IOutputSink
{
    void Write(string path, ReadOnlySpan<byte> bytes);

    /// <summary>Writes text as UTF-8.</summary>
    void Write(string path, ReadOnlySpan<char> text);

    /// <summary>Copies a file as is (static files, theme assets).</summary>
    void Copy(IFileSource source, string sourcePath, string path);
}
