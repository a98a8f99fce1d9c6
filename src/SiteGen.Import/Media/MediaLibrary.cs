namespace SiteGen.Import.Media;

/// <summary>
/// The blog's media export on disk (<c>--media-from</c>): the files of its <c>YYYY/MM/</c> folders, found by that
/// year/month path wherever they sit (<c>2025/01/a.jpg</c>, <c>wp-content/uploads/2025/01/a.jpg</c>, <c>uploads/…</c>).
/// </summary>
internal sealed class MediaLibrary
{
    private readonly Dictionary<string, string> _files;

    private MediaLibrary(Dictionary<string, string> files) => _files = files;

    public int Count => _files.Count;

    public static MediaLibrary Index(string folder)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System }).Order(StringComparer.Ordinal))
        {
            var parts = Path.GetRelativePath(folder, file).Split(Path.DirectorySeparatorChar);
            if (parts.Length >= 3 && parts[^3].Length == 4 && parts[^3].All(char.IsAsciiDigit) && parts[^2].Length == 2 && parts[^2].All(char.IsAsciiDigit))
            {
                files.TryAdd($"{parts[^3]}/{parts[^2]}/{parts[^1]}", file);
            }
        }

        return new MediaLibrary(files);
    }

    /// <summary>Whether the export holds a file of exactly that year/month path.</summary>
    public bool Holds(string key) => _files.ContainsKey(key);

    /// <summary>The file for a year/month path, or for the original of a resized copy; null when the export lacks both.</summary>
    public string? Find(string key) =>
        _files.GetValueOrDefault(key) ?? (MediaUrl.Unresized(key) is { } original ? _files.GetValueOrDefault(original) : null);
}
