using SiteGen.Diagnostics;
using SiteGen.IO;

namespace SiteGen.Rendering;

/// <summary>A file of the theme layers: where it is read from and the path to show in messages.</summary>
public sealed record ThemeFile(IFileSource Source, string Path, string DisplayPath);

/// <summary>
/// Finds layouts, partials and assets: the site's own <c>layouts/</c> first, then its theme folder
/// (<c>themes/&lt;name&gt;/</c> in the site), then the built-in default theme, so that each layer holds only
/// what it changes.
/// </summary>
public sealed class ThemeFiles
{
    private const string BuiltInDisplay = "themes/default (built in)";

    private readonly IFileSource _site;
    private readonly IFileSource _theme;
    private readonly string _themeDisplay;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ThemeFile?> _layouts = new(StringComparer.Ordinal);

    /// <summary>The built-in default under a site's theme folder; null when the theme is the built-in one.</summary>
    private readonly IFileSource? _fallback;

    private ThemeFiles(IFileSource site, IFileSource theme, string themeDisplay, IFileSource? fallback)
    {
        _site = site;
        _theme = theme;
        _themeDisplay = themeDisplay;
        _fallback = fallback;
    }

    public static ThemeFiles? Locate(IFileSource site, string themeName, DiagnosticBag diagnostics)
    {
        var folder = $"themes/{themeName}";
        if (site.DirectoryExists(folder))
        {
            return new ThemeFiles(site, new SubFileSource(site, folder), folder, EmbeddedThemeSource.Instance);
        }

        if (themeName == "default")
        {
            return new ThemeFiles(site, EmbeddedThemeSource.Instance, BuiltInDisplay, null);
        }

        diagnostics.Error(DiagnosticCodes.MissingLayout, new SourceLocation(Configuration.ConfigLoader.FileName),
            $"theme '{themeName}' not found: there is no folder {folder}/ in the site, and the only built-in theme is 'default'");
        return null;
    }

    /// <summary>A layout such as <c>dispatch.sbn</c> or a partial such as <c>partials/head.sbn</c>.</summary>
    public ThemeFile? FindLayout(string name) => _layouts.GetOrAdd(name, Locate);

    private ThemeFile? Locate(string name)
    {
        var path = "layouts/" + name;
        if (_site.FileExists(path))
        {
            return new ThemeFile(_site, path, path);
        }

        if (_theme.FileExists(path))
        {
            return new ThemeFile(_theme, path, $"{_themeDisplay}/{path}");
        }

        return _fallback is not null && _fallback.FileExists(path) ? new ThemeFile(_fallback, path, $"{BuiltInDisplay}/{path}") : null;
    }

    /// <summary>The partials the layers hold (<c>card.sbn</c>, <c>meta/head.sbn</c>), for the error when one is missing.</summary>
    public IReadOnlyList<string> PartialNames()
    {
        const string folder = "layouts/partials/";
        return new[] { _site, _theme, _fallback }
            .OfType<IFileSource>()
            .SelectMany(source => source.EnumerateFiles(folder))
            .Where(path => path.EndsWith(".sbn", StringComparison.Ordinal) && !EditorScratch.IsPath(path))
            .Select(path => path[folder.Length..])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Every theme asset (<c>assets/**</c>), to be copied to the output under the same path.</summary>
    public IReadOnlyList<ThemeFile> Assets()
    {
        var assets = _theme.EnumerateFiles("assets").Where(p => !EditorScratch.IsPath(p)).Select(p => new ThemeFile(_theme, p, $"{_themeDisplay}/{p}")).ToList();
        if (_fallback is not null)
        {
            var own = assets.Select(a => a.Path).ToHashSet(StringComparer.Ordinal);
            assets.AddRange(_fallback.EnumerateFiles("assets").Where(p => !own.Contains(p)).Select(p => new ThemeFile(_fallback, p, $"{BuiltInDisplay}/{p}")));
        }

        return assets;
    }

    /// <summary>A fingerprint of everything the theme layers hold, so the build cache notices theme edits.</summary>
    public IEnumerable<(string Path, byte[] Bytes)> AllFiles()
    {
        foreach (var path in _site.EnumerateFiles("layouts"))
        {
            yield return (path, _site.ReadAllBytes(path));
        }

        foreach (var path in _theme.EnumerateFiles(string.Empty))
        {
            yield return (_themeDisplay + "/" + path, _theme.ReadAllBytes(path));
        }

        foreach (var path in _fallback?.EnumerateFiles(string.Empty) ?? [])
        {
            yield return (BuiltInDisplay + "/" + path, _fallback!.ReadAllBytes(path));
        }
    }
}
