using System.Reflection;

namespace SiteGen.IO;

/// <summary>The default theme shipped inside the SiteGen assembly, so a site needs no theme folder of its own.</summary>
internal sealed class EmbeddedThemeSource : IFileSource
{
    private const string Prefix = "theme/default/";
    private static readonly Assembly Assembly = typeof(EmbeddedThemeSource).Assembly;
    private static readonly IReadOnlyList<string> Names = Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..].Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToList();

    public static EmbeddedThemeSource Instance { get; } = new();

    public string Description => "the built-in default theme";

    public bool FileExists(string path) => Names.Contains(path);

    public bool DirectoryExists(string path) => Names.Any(n => n.StartsWith(path.TrimEnd('/') + "/", StringComparison.Ordinal));

    public IReadOnlyList<string> EnumerateFiles(string directory)
    {
        var prefix = directory.Length == 0 ? string.Empty : directory.TrimEnd('/') + "/";
        return Names.Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).ToList();
    }

    public byte[] ReadAllBytes(string path)
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + path) ?? throw new FileNotFoundException($"The built-in theme has no '{path}'.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    public long GetLength(string path) => ReadAllBytes(path).LongLength;
}
