using SiteGen.Diagnostics;
using SiteGen.IO;
using SiteGen.Text;

namespace SiteGen.Authoring;

/// <summary>
/// A file of the built-in theme, where the site's copy of it goes, and the site's file that wins over it now, if any:
/// that copy, or the file of the site's theme folder (<c>themes/&lt;name&gt;/</c>) at the same path.
/// </summary>
public sealed record BuiltInThemeFile(string Path, string SitePath, string? OwnPath);

/// <summary>
/// The built-in theme's files, and copies of them put into a site where they win (<c>sitegen theme</c>). The theme
/// guide says to copy a built-in partial into the site and edit it; an author whose SiteGen is the installed native
/// program has no other way to reach the files, which are inside it.
/// </summary>
public static class ThemeCopies
{
    /// <summary>Every built-in file (<c>layouts/partials/footer.sbn</c>, <c>assets/site.css</c>), with where the site's copy goes.</summary>
    public static IReadOnlyList<BuiltInThemeFile> List(string siteRoot)
    {
        var theme = ThemeFolder(siteRoot);
        return EmbeddedThemeSource.Instance.EnumerateFiles(string.Empty)
            .Select(path => new BuiltInThemeFile(path, SitePath(path), new[] { SitePath(path), theme is null ? null : $"{theme}/{path}" }
                .FirstOrDefault(own => own is not null && File.Exists(Path.Combine(siteRoot, own)))))
            .ToList();
    }

    /// <summary>
    /// Copies the named built-in files into the site (<c>footer.sbn</c>, <c>partials/footer.sbn</c> and
    /// <c>layouts/partials/footer.sbn</c> name one file). All or nothing: a name that is no built-in file, or a copy
    /// the site has already, is an error and nothing is written. Returns the site paths written, or null.
    /// </summary>
    public static IReadOnlyList<string>? Copy(string siteRoot, IReadOnlyList<string> names, DiagnosticBag diagnostics)
    {
        if (!File.Exists(Path.Combine(siteRoot, Configuration.ConfigLoader.FileName)))
        {
            diagnostics.Error(DiagnosticCodes.ThemeCopyRefused, new SourceLocation(Configuration.ConfigLoader.FileName),
                $"no site here: no {Configuration.ConfigLoader.FileName} in this folder or above it; run sitegen theme inside a site (or give --source), or start one with sitegen init");
            return null;
        }

        var files = List(siteRoot);
        var chosen = new List<BuiltInThemeFile>();
        foreach (var name in names)
        {
            if (Find(files, name) is not { } file)
            {
                var closest = EditDistance.Closest(name, files.Select(f => f.Path).Concat(files.Select(f => Path.GetFileName(f.Path))));
                diagnostics.Error(DiagnosticCodes.ThemeCopyRefused, new SourceLocation(name),
                    $"the built-in theme has no file '{name}'" + (closest is null ? "; sitegen theme lists its files" : $"; did you mean '{closest}'?"));
                continue;
            }

            if (file.OwnPath == file.SitePath)
            {
                diagnostics.Error(DiagnosticCodes.ThemeCopyRefused, new SourceLocation(file.SitePath),
                    $"the site has its own {file.SitePath} already, which wins over the built-in {file.Path}; sitegen theme overwrites nothing: "
                    + "to start again from the built-in file, delete or rename yours first");
                continue;
            }

            if (file.OwnPath is { } themes)
            {
                diagnostics.Error(DiagnosticCodes.ThemeCopyRefused, new SourceLocation(themes),
                    $"the site's theme has its own {themes}, which wins over the built-in {file.Path}; a copy of the built-in file in {file.SitePath} "
                    + $"would win over both and hide the theme's: edit {themes} itself (or copy it to {file.SitePath} to change it for this site alone)");
                continue;
            }

            if (!chosen.Contains(file))
            {
                chosen.Add(file);
            }
        }

        if (diagnostics.HasErrors)
        {
            return null;
        }

        foreach (var file in chosen)
        {
            var target = Path.Combine(siteRoot, file.SitePath);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write);
            output.Write(EmbeddedThemeSource.Instance.ReadAllBytes(file.Path));
        }

        return chosen.Select(f => f.SitePath).ToList();
    }

    /// <summary>The site's theme folder (<c>themes/&lt;name&gt;</c>) as site.yml names it, when the site has one.</summary>
    private static string? ThemeFolder(string siteRoot)
    {
        var name = Configuration.ConfigLoader.Load(new PhysicalFileSource(siteRoot), new DiagnosticBag()).Theme;
        var folder = $"themes/{name}";
        return Directory.Exists(Path.Combine(siteRoot, folder)) ? folder : null;
    }

    /// <summary>Where a site's copy wins: its <c>layouts/</c> for templates, <c>static/</c> for assets (copied over the theme's).</summary>
    private static string SitePath(string path) => path.StartsWith("layouts/", StringComparison.Ordinal) ? path : "static/" + path;

    private static BuiltInThemeFile? Find(IReadOnlyList<BuiltInThemeFile> files, string name)
    {
        var path = name.Replace('\\', '/').TrimStart('/');
        path = path.StartsWith("static/", StringComparison.Ordinal) ? path["static/".Length..] : path;

        // As `include` names a partial: the extension may be left out.
        string[] named = Path.HasExtension(path) ? [path] : [path, path + ".sbn"];
        return named
            .SelectMany(p => new[] { p, "layouts/" + p, "layouts/partials/" + p, "assets/" + p })
            .Select(c => files.FirstOrDefault(f => f.Path == c))
            .FirstOrDefault(f => f is not null);
    }
}
