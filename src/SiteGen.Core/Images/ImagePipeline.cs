using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.IO;

namespace SiteGen.Images;

/// <summary>
/// The image stage: for each local image a page shows, reads its facts and writes its resized copies next to it in
/// the output, once per build, from the cache when an earlier build made them.
/// </summary>
/// <remarks>
/// The image's bytes are read through <paramref name="source"/>, so the record of the last build holds their digest
/// and a changed image makes the next build run; the cache is keyed by the same bytes and the settings.
/// </remarks>
internal sealed class ImagePipeline(ImageSettings settings, IFileSource source, IOutputSink output, ImageCache cache)
{
    /// <summary>Bumped when what a cache entry holds would change for the same source and settings.</summary>
    private const int Version = 1;

    private static readonly HashSet<string> UnsupportedExtensions = new(StringComparer.OrdinalIgnoreCase) { ".bmp", ".tif", ".tiff", ".ico", ".jxl", ".psd" };

    /// <summary>
    /// Images being made at once, one per core: each holds its decoded pixels (tens of MB for a photograph), and
    /// pages waiting on an image another page is making let the thread pool start more threads than cores.
    /// </summary>
    private static readonly SemaphoreSlim Encoders = new(Workers);

    /// <summary>How many images or social cards are made at once: one per core, as libvips's own work is CPU-bound.</summary>
    public static int Workers => Environment.ProcessorCount;

    private readonly ConcurrentDictionary<string, Lazy<ImageLookup>> _images = new(StringComparer.Ordinal);
    private readonly string _settingsKey = SettingsKey(settings);
    private int _processed;
    private int _reused;

    public ImageSettings Settings => settings;

    public ImageCache Cache => cache;

    /// <summary>Images read and resized by this build.</summary>
    public int Processed => _processed;

    /// <summary>Images whose copies came from the cache.</summary>
    public int Reused => _reused;

    /// <summary>The image an author's URL names, processed once however many pages show it.</summary>
    /// <param name="authoredUrl">The URL as written, root-relative for a local image ("/images/map.png").</param>
    public ImageLookup Find(string authoredUrl)
    {
        if (!settings.Enabled || LocalPath(authoredUrl) is not { } sitePath)
        {
            return ImageLookup.NotLocal;
        }

        return _images.GetOrAdd(sitePath, path => new Lazy<ImageLookup>(() => Process(path))).Value;
    }

    /// <summary>
    /// A dispatch's social card at <paramref name="sitePath"/>, drawn once per title, date and site name and then
    /// taken from the cache; null (and a diagnostic's message) when it cannot be drawn.
    /// </summary>
    public (bool Written, string? Problem) WriteCard(string sitePath, string title, string date, string siteName)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"{SocialCardDrawer.Version}|{title}|{date}|{siteName}"))))[..32] + ".png";
        if (cache.FindFile(key) is { } cached)
        {
            Interlocked.Increment(ref _reused);
            output.Link(cached, sitePath.TrimStart('/'));
            return (true, null);
        }

        byte[] bytes;
        try
        {
            bytes = SocialCardDrawer.Draw(title, date, siteName);
        }
        catch (NetVips.VipsException ex)
        {
            return (false, $"the social card could not be drawn ({ex.Message.Split('\n')[0]}): install a sans-serif font (fc-list lists none?) or set images.cards: false");
        }

        Interlocked.Increment(ref _processed);
        cache.SaveFile(key, bytes);
        output.Write(sitePath.TrimStart('/'), bytes);
        return (true, null);
    }

    /// <summary>The site path of a root-relative URL, without query or fragment and unescaped; null for any other URL.</summary>
    public static string? LocalPath(string url)
    {
        if (url.Length < 2 || url[0] != '/' || url[1] == '/')
        {
            return null;
        }

        var end = url.IndexOfAny(['?', '#']);
        var path = end < 0 ? url : url[..end];
        return Uri.UnescapeDataString(path);
    }

    private ImageLookup Process(string sitePath)
    {
        var file = "static" + sitePath;
        var claimed = ImageFormats.FromPath(sitePath);
        if (claimed is null)
        {
            return UnsupportedExtensions.Contains(Path.GetExtension(sitePath)) && source.FileExists(file)
                ? new ImageLookup(null, DiagnosticCodes.ImageFormatUnsupported,
                    $"'{sitePath}' is a {Path.GetExtension(sitePath).TrimStart('.').ToUpperInvariant()} image, which browsers show unevenly and SiteGen does not resize: save it as JPEG, PNG, WebP or SVG")
                : ImageLookup.NotLocal;
        }

        if (!source.FileExists(file))
        {
            return ImageLookup.NotLocal;
        }

        var bytes = source.ReadAllBytes(file);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var key = hash[..32] + "-" + _settingsKey;
        if (cache.Load(key) is { } cached)
        {
            Interlocked.Increment(ref _reused);
            return new ImageLookup(Publish(sitePath, hash, cached.Facts, cached.Files));
        }

        ImageFacts facts;
        List<(string Format, int Width, int Height, byte[] Bytes)> copies;
        Encoders.Wait();
        try
        {
            facts = ImageEncoder.Probe(bytes, claimed);
            copies = facts.Resizable ? ImageEncoder.Resize(bytes, Plan(facts), settings.Quality) : [];
        }
        catch (NetVips.VipsException) when (claimed == "svg")
        {
            // An SVG without width and height (a viewBox only) is valid and scales to its box: it has no size to write.
            return ImageLookup.NotLocal;
        }
        catch (NetVips.VipsException ex)
        {
            var cause = ex.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? ex.Message;
            return new ImageLookup(null, DiagnosticCodes.ImageUnreadable,
                $"'{sitePath}' cannot be read as an image ({cause}): replace static{sitePath} with a JPEG, PNG, WebP or SVG file, or remove the reference");
        }
        finally
        {
            Encoders.Release();
        }

        Interlocked.Increment(ref _processed);
        var named = copies.Select(c => (Name: CopyName(c.Format, c.Width, c.Height), c.Bytes)).ToList();
        cache.Save(key, facts, named);
        return new ImageLookup(Publish(sitePath, hash, facts, named.Select(n => (n.Name, Bytes: n.Bytes)).ToList()));
    }

    /// <summary>
    /// Which widths to make in which formats: each configured width narrower than the original, and the original's
    /// width when the widest configured one is wider; in the original's format the original itself stands for its width.
    /// </summary>
    private List<(int Width, IReadOnlyList<string> Formats)> Plan(ImageFacts facts)
    {
        var widest = settings.Widths.Max();
        var widths = settings.Widths.Where(w => w < facts.Width).Append(Math.Min(facts.Width, widest)).Distinct().Order();
        var modern = settings.Formats.Where(f => f != facts.Format).ToList();
        var plan = new List<(int, IReadOnlyList<string>)>();
        foreach (var width in widths)
        {
            var formats = width < facts.Width ? [.. modern, facts.Format] : modern;
            if (formats.Count > 0)
            {
                plan.Add((width, formats));
            }
        }

        return plan;
    }

    private ProcessedImage Publish(string sitePath, string hash, ImageFacts facts, IReadOnlyList<(string Name, string Path)> files)
    {
        var variants = new List<ImageVariant>(files.Count);
        foreach (var (name, path) in files)
        {
            if (ParseCopyName(name) is { } copy)
            {
                var target = CopyPath(sitePath, hash, copy.Format, copy.Width);
                output.Link(path, target.TrimStart('/'));
                variants.Add(new ImageVariant(copy.Format, copy.Width, copy.Height, target));
            }
        }

        return new ProcessedImage(sitePath, facts, variants, facts.Resizable ? Math.Min(facts.Width, settings.Widths.Max()) : facts.Width);
    }

    private ProcessedImage Publish(string sitePath, string hash, ImageFacts facts, IReadOnlyList<(string Name, byte[] Bytes)> files)
    {
        var variants = new List<ImageVariant>(files.Count);
        foreach (var (name, bytes) in files)
        {
            var copy = ParseCopyName(name)!.Value;
            var target = CopyPath(sitePath, hash, copy.Format, copy.Width);
            output.Write(target.TrimStart('/'), bytes);
            variants.Add(new ImageVariant(copy.Format, copy.Width, copy.Height, target));
        }

        return new ProcessedImage(sitePath, facts, variants, facts.Resizable ? Math.Min(facts.Width, settings.Widths.Max()) : facts.Width);
    }

    /// <summary>A copy sits beside its original, its name carrying the source's hash so that a changed image gets new URLs.</summary>
    private static string CopyPath(string sitePath, string hash, string format, int width)
    {
        var slash = sitePath.LastIndexOf('/');
        var stem = Path.GetFileNameWithoutExtension(sitePath[(slash + 1)..]);
        return string.Create(CultureInfo.InvariantCulture, $"{sitePath[..(slash + 1)]}{stem}.{hash[..8]}-{width}.{ImageFormats.Extension(format)}");
    }

    private static string CopyName(string format, int width, int height) =>
        string.Create(CultureInfo.InvariantCulture, $"{width}x{height}.{ImageFormats.Extension(format)}");

    private static (string Format, int Width, int Height)? ParseCopyName(string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        var x = name.IndexOf('x', StringComparison.Ordinal);
        if (dot < 0 || x < 0 || x > dot
            || !int.TryParse(name.AsSpan(0, x), NumberStyles.None, CultureInfo.InvariantCulture, out var width)
            || !int.TryParse(name.AsSpan(x + 1, dot - x - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var height)
            || ImageFormats.FromPath(name) is not { } format)
        {
            return null;
        }

        return (format, width, height);
    }

    private static string SettingsKey(ImageSettings settings)
    {
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{Version}|{ImageLibrary.ShippedVersion}|{string.Join(',', settings.Widths)}|{string.Join(',', settings.Formats)}|{settings.Quality}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
    }
}
