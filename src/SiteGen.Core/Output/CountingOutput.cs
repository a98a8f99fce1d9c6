using System.Text;
using SiteGen.IO;
using SiteGen.Verification;

namespace SiteGen.Output;

/// <summary>Passes writes through, counting files and bytes and showing each HTML page to the link verifier.</summary>
public sealed class CountingOutput(IOutputSink inner, LinkVerifier verifier) : IOutputSink
{
    private int _files;
    private long _bytes;

    public int Files => _files;

    public long Bytes => Interlocked.Read(ref _bytes);

    public void Write(string path, ReadOnlySpan<byte> bytes)
    {
        inner.Write(path, bytes);
        verifier.AddFile(path);
        Count(bytes.Length);
    }

    public void Write(string path, ReadOnlySpan<char> text)
    {
        inner.Write(path, text);
        Count(Encoding.UTF8.GetByteCount(text));
        if (path.EndsWith(".html", StringComparison.Ordinal))
        {
            verifier.AddPage(path, text);
        }
        else
        {
            verifier.AddFile(path);
        }
    }

    public void Copy(IFileSource source, string sourcePath, string path)
    {
        inner.Copy(source, sourcePath, path);
        verifier.AddFile(path);
        Count(source.GetLength(sourcePath));
    }

    private void Count(long length)
    {
        Interlocked.Increment(ref _files);
        Interlocked.Add(ref _bytes, length);
    }
}
