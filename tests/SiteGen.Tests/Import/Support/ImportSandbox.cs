using SiteGen.Import;

namespace SiteGen.Tests.Import.Support;

/// <summary>A site in a temporary folder to import into: the sample site's config and actors unless told otherwise.</summary>
public sealed class ImportSandbox : IDisposable
{
    public const string SampleConfig = "sample";

    private readonly TemporaryFolder _folder;

    private ImportSandbox(TemporaryFolder folder) => _folder = folder;

    public string Root => _folder.Path;

    /// <summary>A site whose site.yml is <paramref name="siteYml"/> (or the sample's), with the sample's actors in its content folder.</summary>
    public static ImportSandbox Create(string siteYml = SampleConfig, bool withActors = true)
    {
        var sandbox = new ImportSandbox(TemporaryFolder.Create("sitegen-import-"));
        var root = sandbox.Root;
        var sample = Path.Combine(ImportPaths.Root, "content");
        File.WriteAllText(Path.Combine(root, "site.yml"), siteYml == SampleConfig ? File.ReadAllText(Path.Combine(sample, "site.yml")) : siteYml);
        if (withActors)
        {
            var contentDir = siteYml == SampleConfig ? root : Path.Combine(root, "content");
            Directory.CreateDirectory(Path.Combine(contentDir, "actors"));
            foreach (var actor in Directory.GetFiles(Path.Combine(sample, "actors")))
            {
                File.Copy(actor, Path.Combine(contentDir, "actors", Path.GetFileName(actor)));
            }
        }

        return sandbox;
    }

    /// <summary>A copy of the whole sample site (content/).</summary>
    /// <summary>
    /// The aliases of an imported file that redirect (old paths), leaving out its WordPress id link (<c>/?p=12</c>),
    /// which every post of an export has.
    /// </summary>
    public static IReadOnlyList<string> PathAliases(string text)
    {
        var start = text.IndexOf("\naliases:\n", StringComparison.Ordinal);
        return start < 0 ? [] : text[(start + "\naliases:\n".Length)..].Split('\n').TakeWhile(l => l.StartsWith("  - ", StringComparison.Ordinal))
            .Select(l => l[4..].Trim('"')).Where(a => !a.StartsWith("/?", StringComparison.Ordinal)).ToList();
    }

    public static ImportSandbox CopyOfSample()
    {
        var sandbox = Create(withActors: false);
        CopyFolder(Path.Combine(ImportPaths.Root, "content"), sandbox.Root);
        return sandbox;
    }

    /// <summary>Writes an input file into the sandbox's inputs/ folder and returns its full path.</summary>
    public string Input(string name, string text)
    {
        _folder.Write(Path.Combine("inputs", name), text);
        return _folder.FullPath(Path.Combine("inputs", name));
    }

    public ImportReport Import(params string[] inputs) => Import(o => o, inputs);

    public ImportReport Import(Func<ImportOptions, ImportOptions> adjust, params string[] inputs) =>
        Importer.Run(adjust(new ImportOptions { SiteRoot = Root, Inputs = inputs, WorkingDirectory = Root }));

    public string Read(string relative) => _folder.Read(relative);

    public bool Exists(string relative) => _folder.Exists(relative);

    /// <summary>Every file under the site except inputs/ and .sitegen/, as relative paths.</summary>
    public IReadOnlyList<string> Files(string folder = "") =>
        Directory.EnumerateFiles(Path.Combine(Root, folder), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("inputs/", StringComparison.Ordinal) && !f.StartsWith(".sitegen/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    public void Dispose() => _folder.Dispose();

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(p => p is "_site" or ".sitegen"))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
