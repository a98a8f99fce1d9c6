namespace SiteGen.IO;

/// <summary>Where a build writes its files: a staging folder on disk, or memory in tests. Thread-safe.</summary>
public interface IOutputSink
{
    void Write(string path, ReadOnlySpan<byte> bytes);

    /// <summary>Writes text as UTF-8, encoded through a pooled buffer.</summary>
    void Write(string path, ReadOnlySpan<char> text)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(System.Text.Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            Write(path, buffer.AsSpan(0, System.Text.Encoding.UTF8.GetBytes(text, buffer)));
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Copies a file as is (static files, theme assets).</summary>
    void Copy(IFileSource source, string sourcePath, string path);

    /// <summary>
    /// Puts <paramref name="immutableFile"/>, a file no one writes again (an entry of the image cache, read-only), at
    /// <paramref name="path"/>: a sink on disk may make it a hard link instead of a copy.
    /// </summary>
    void Link(string immutableFile, string path) => Write(path, File.ReadAllBytes(immutableFile));
}
