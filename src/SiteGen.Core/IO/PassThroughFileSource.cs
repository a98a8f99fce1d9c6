namespace SiteGen.IO;

/// <summary>A source that reads through to another, for wrappers that only watch what is read.</summary>
internal abstract class PassThroughFileSource(IFileSource inner) : IFileSource
{
    protected IFileSource Inner { get; } = inner;

    public string Description => Inner.Description;

    public virtual bool FileExists(string path) => Inner.FileExists(path);

    public virtual bool DirectoryExists(string path) => Inner.DirectoryExists(path);

    public virtual IReadOnlyList<string> EnumerateFiles(string directory) => Inner.EnumerateFiles(directory);

    public virtual long GetLength(string path) => Inner.GetLength(path);

    public virtual byte[] ReadAllBytes(string path) => Inner.ReadAllBytes(path);

    public virtual byte[]? ReadAllBytesUpTo(string path, long maxLength, out long length) => Inner.ReadAllBytesUpTo(path, maxLength, out length);
}
