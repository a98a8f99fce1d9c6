using System.Collections.Concurrent;
using System.Text;
using SiteGen.Diagnostics;
using SiteGen.IO;
using SiteGen.Verification;

namespace SiteGen.Output;

/// <summary>
/// Passes writes through, counting files and bytes, showing each HTML page to the link verifier, and noting who wrote
/// each path: two writers of one file (a static file over a generated page, say) would leave whichever came last.
/// </summary>
public sealed class CountingOutput(IOutputSink inner, LinkVerifier verifier) : IOutputSink
{
    private const string Generated = "SiteGen's generated output";

    // Ignoring case, as the file systems of macOS and Windows do: Index.html there replaces index.html.
    private readonly ConcurrentDictionary<string, string> _writers = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentBag<(string Path, string First, string Second)> _overwrites = [];
    private int _files;
    private long _bytes;

    public int Files => _files;

    public long Bytes => Interlocked.Read(ref _bytes);

    public void Write(string path, ReadOnlySpan<byte> bytes)
    {
        Claim(path, Generated);
        inner.Write(path, bytes);
        verifier.AddFile(path);
        Count(bytes.Length);
    }

    public void Write(string path, ReadOnlySpan<char> text)
    {
        Claim(path, Generated);

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
        Claim(path, source is SubFileSource sub ? sub.Prefix + sourcePath : sourcePath);
        inner.Copy(source, sourcePath, path);
        verifier.AddFile(path);
        Count(source.GetLength(sourcePath));
    }

    public void Link(string immutableFile, string path)
    {
        Claim(path, Generated);
        inner.Link(immutableFile, path);
        verifier.AddFile(path);
        Count(new FileInfo(immutableFile).Length);
    }

    /// <summary>Reports every output file written twice, naming both writers (a static file first), in path order.</summary>
    public void ReportOverwrites(DiagnosticBag diagnostics)
    {
        foreach (var (path, first, second) in _overwrites.OrderBy(o => o.Path, StringComparer.Ordinal))
        {
            var (own, other) = first.StartsWith("static/", StringComparison.Ordinal) ? (first, second) : (second, first);
            var fix = own.StartsWith("static/", StringComparison.Ordinal)
                ? $"rename or remove {own}: a file in static/ may replace the theme's assets, robots.txt, CNAME and .nojekyll, never a page or feed SiteGen writes"
                : "change a slug so that each has its own URL";
            diagnostics.Error(DiagnosticCodes.DuplicateUrl, new SourceLocation(own), $"{own} and {other} both write /{path}; {fix}");
        }
    }

    private void Claim(string path, string writer)
    {
        if (!_writers.TryAdd(path, writer))
        {
            _overwrites.Add((path, _writers[path], writer));
        }
    }

    private void Count(long length)
    {
        Interlocked.Increment(ref _files);
        Interlocked.Add(ref _bytes, length);
    }
}
