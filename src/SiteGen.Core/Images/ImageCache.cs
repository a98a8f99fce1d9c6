using System.Globalization;

namespace SiteGen.Images;

/// <summary>
/// Resized copies and social cards kept between builds (<c>.sitegen/images/</c>), each entry named by the hash of its
/// source and of the settings that made it, so an unchanged image is never processed twice. Always safe to delete.
/// </summary>
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
            File.WriteAllBytes(Path.Combine(temporary, name), bytes);
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

    /// <summary>A single cached file (a social card), or null.</summary>
    public byte[]? LoadFile(string key)
    {
        var path = Directory is null ? null : Path.Combine(Directory, "cards", key);
        return path is not null && File.Exists(path) ? File.ReadAllBytes(path) : null;
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
        File.Move(temporary, path, overwrite: true);
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
