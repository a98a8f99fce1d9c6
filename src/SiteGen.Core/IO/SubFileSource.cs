namespace SiteGen.IO;

/// <summary>A folder of another source seen as a source of its own (a site's <c>themes/name/</c>).</summary>
internal sealed class SubFileSource(IFileSource inner, string folder) : IFileSource
{
    private readonly string _prefix = folder.TrimEnd('/') + "/";

    public string Description => $"{inner.Description}/{folder}";

    public string Prefix => _prefix;

    public IFileSource Inner => inner;

    public bool FileExists(string path) => inner.FileExists(_prefix + path);

    public bool DirectoryExists(string path) => inner.DirectoryExists(_prefix + path);

    public IReadOnlyList<string> EnumerateFiles(string directory) =>
        inner.EnumerateFiles(_prefix + directory).Select(p => p[_prefix.Length..]).ToList();

    public byte[] ReadAllBytes(string path) => inner.ReadAllBytes(_prefix + path);

    public long GetLength(string path) => inner.GetLength(_prefix + path);

    public byte[]? ReadAllBytesUpTo(string path, long maxLength, out long length) => inner.ReadAllBytesUpTo(_prefix + path, maxLength, out length);
}
