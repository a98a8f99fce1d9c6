using System.Globalization;

namespace SiteGen.Images;

/// <summary>
/// Resized copies and social cards kept between builds (<c>.sitegen/images/</c>), each entry named by the hash of its
/// source and of the settings that made it, so an unchanged image is never processed twice. Always safe to delete.
/// </summary>
/// <remarks>
/// An entry's files are never written again once in place, and are made read-only: the output links them rather than
/// copying them (<see cref="IO.IOutputSink.Link"/>), and a program that writes into an output file in place must not
/// reach the cache through the link.
/// </remarks>
/// <param name="directory">The cache folder; null keeps nothing (every build processes every image).</param>
internal sealed class ImageCache(string? directory)
{
    private const string FactsFile = "facts.txt";

    public string? Directory { get; } = directory;

    /// <summary>The facts and copies of entry <paramref name="key"/>, or null when it was never made or is incomplete.</summary>
    public (ImageFacts Facts, IReadOnlyList<(string Name, string Path)> Files)? Load(string key)
    {
        if (Directory is null)
        {
            return null;
        }

        var folder = Path.Combine(Directory, key);
        var factsPath = Path.Combine(folder, FactsFile);
        if (!File.Exists(factsPath) || ReadFacts(File.ReadAllText(factsPath)) is not { } facts)
        {
            return null;
        }

        var files = System.IO.Directory.EnumerateFiles(folder)
            .Where(f => Path.GetFileName(f) != FactsFile)
            .Select(f => (Path.GetFileName(f), f))
            .ToList();
        foreach (var (_, path) in files)
        {
            KeepReadOnly(new FileInfo(path));
        }

        return (facts, files);
    }

    /// <summary>Writes the entry into a fresh folder and moves it into place, so a killed build never leaves half an entry.</summary>
    public void Save(string key, ImageFacts facts, IEnumerable<(string Name, byte[] Bytes)> files)
    {
        if (Directory is null)
        {
            return;
        }

        var folder = Path.Combine(Directory, key);
        var temporary = folder + ".tmp-" + Guid.NewGuid().ToString("N");
        System.IO.Directory.CreateDirectory(temporary);
        foreach (var (name, bytes) in files)
        {
            var path = Path.Combine(temporary, name);
            File.WriteAllBytes(path, bytes);
            MakeReadOnly(path);
        }

        File.WriteAllText(Path.Combine(temporary, FactsFile), WriteFacts(facts));
        try
        {
            System.IO.Directory.Move(temporary, folder);
        }
        catch (IOException) when (System.IO.Directory.Exists(folder))
        {
            // Another build made the same entry meanwhile: same key, same bytes.
            System.IO.Directory.Delete(temporary, recursive: true);
        }
    }

    /// <summary>The path of a single cached file (a social card), or null when there is none.</summary>
    public string? FindFile(string key)
    {
        if (Directory is null)
        {
            return null;
        }

        var file = new FileInfo(Path.Combine(Directory, "cards", key));
        if (!file.Exists)
        {
            return null;
        }

        KeepReadOnly(file);
        return file.FullName;
    }

    public void SaveFile(string key, byte[] bytes)
    {
        if (Directory is null)
        {
            return;
        }

        var path = Path.Combine(Directory, "cards", key);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N");
        File.WriteAllBytes(temporary, bytes);
        MakeReadOnly(temporary);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>An entry made by a build before entries were read-only is made so before it is linked.</summary>
    private static void KeepReadOnly(FileInfo file)
    {
        const UnixFileMode writable = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
        if (!OperatingSystem.IsWindows() && (file.UnixFileMode & writable) != 0)
        {
            MakeReadOnly(file.FullName);
        }
    }

    private static void MakeReadOnly(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }
    }

    private static string WriteFacts(ImageFacts facts) =>
        string.Create(CultureInfo.InvariantCulture, $"{facts.Width} {facts.Height} {(facts.HasAlpha ? 1 : 0)} {facts.Format} {facts.Pages}\n");

    private static ImageFacts? ReadFacts(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.TrimEntries);
        return parts.Length == 5 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var width) && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var height)
            && int.TryParse(parts[4], CultureInfo.InvariantCulture, out var pages)
            ? new ImageFacts(width, height, parts[2] == "1", parts[3], pages)
            : null;
    }
}
