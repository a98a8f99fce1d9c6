using System.Globalization;
using System.Reflection;
using System.Text;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Text;

namespace SiteGen.Authoring;

/// <summary>
/// Writes a new site (<c>sitegen init</c>): a commented site.yml, an example dispatch and actor, static/, a .gitignore,
/// a README for the author and a GitHub Pages workflow that installs this very version of SiteGen. Overwrites nothing.
/// </summary>
public static class SiteInitializer
{
    /// <summary>
    /// The workflow's path in the new site, which is the root of the author's repository; a site started in a folder of
    /// a repository has it at that repository's root, where GitHub looks (<see cref="Create"/>).
    /// </summary>
    public const string WorkflowPath = ".github/workflows/pages.yml";

    /// <summary>The starter files: embedded resource name, then where it goes in the new site.</summary>
    private static readonly (string Resource, string Target)[] Files =
    [
        ("site.yml", ConfigLoader.FileName),
        ("dispatch.md", "content/dispatches/{{year}}/{{date}}-welcome.md"),
        ("actor.md", "content/actors/united-nations.md"),
        ("README.md", "README.md"),
        ("gitignore.txt", ".gitignore"),
        ("pages.yml", WorkflowPath),
    ];

    /// <summary>
    /// Writes the site into <paramref name="directory"/> (created if need be); the site-relative paths written, or null
    /// after reporting why nothing was. A folder holding a site, or any file the new site would need, is refused; a
    /// README.md or .gitignore already there (a new GitHub repository has them) is kept, the .gitignore given SiteGen's lines.
    /// <paramref name="toolPackages"/> (<see cref="ToolPackages.Find"/>) go into tools/, which the workflow installs SiteGen from.
    /// In a folder of a git repository the workflow goes to the repository's root, the only place GitHub runs one from,
    /// with SITE_DIR naming the site's folder; its path is then written relative to the site (../.github/...).
    /// </summary>
    public static IReadOnlyList<string>? Create(string directory, DateTimeOffset now, string version, IReadOnlyList<string> toolPackages, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(directory);
        var zone = LocalZone();
        var local = TimeZoneInfo.ConvertTime(now, zone);
        // A site folder that is itself a repository's root keeps the workflow inside, as a site outside any repository does.
        var repository = RepositoryAbove(root) is { } found && found != Path.TrimEndingDirectorySeparator(root) ? found : null;
        var workflow = repository is null ? WorkflowPath : Path.GetRelativePath(root, Path.Combine(repository, WorkflowPath)).Replace('\\', '/');
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["title"] = TitleOf(root),
            ["time_zone"] = zone.Id,
            ["date"] = local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["year"] = local.ToString("yyyy", CultureInfo.InvariantCulture),
            ["version"] = version,
            ["site_dir"] = repository is null ? "." : Path.GetRelativePath(repository, root).Replace('\\', '/'),
            ["push"] = repository is null
                ? "Push this folder to a GitHub repository (it is the repository's root)."
                : "Push the repository this folder is in to GitHub: `sitegen init` put the workflow at its root, where GitHub looks for it, building this folder (`SITE_DIR`).",
        };

        var targets = Files.Select(f => (f.Resource, Target: f.Target == WorkflowPath ? workflow : Fill(f.Target, values))).ToList();
        if (File.Exists(Path.Combine(root, ConfigLoader.FileName)))
        {
            diagnostics.Error(DiagnosticCodes.InitRefused, new SourceLocation(ConfigLoader.FileName),
                "a site is already here; sitegen init starts a new site and overwrites nothing: give it an empty or new folder (sitegen init another-folder)");
            return null;
        }

        var clashes = targets.Where(t => t.Target is not ("README.md" or ".gitignore") && File.Exists(Path.Combine(root, t.Target))).ToList();
        if (clashes.Count > 0)
        {
            diagnostics.Error(DiagnosticCodes.InitRefused, new SourceLocation(clashes[0].Target),
                $"sitegen init would overwrite {string.Join(", ", clashes.Select(c => c.Target))}; nothing was written: move them away, or start the site in another folder");
            return null;
        }

        var written = new List<string>();
        foreach (var (resource, target) in targets)
        {
            var full = Path.Combine(root, target);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var text = Fill(Read(resource), values);
            if (File.Exists(full))
            {
                if (target == ".gitignore")
                {
                    AddMissingLines(full, text);
                    written.Add(target);
                }

                continue;
            }

            File.WriteAllText(full, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            written.Add(target);
        }

        foreach (var package in toolPackages)
        {
            var target = $"{ToolPackages.Folder}/{Path.GetFileName(package)}";
            if (!File.Exists(Path.Combine(root, target)))
            {
                Directory.CreateDirectory(Path.Combine(root, ToolPackages.Folder));
                File.Copy(package, Path.Combine(root, target));
                written.Add(target);
            }
        }

        if (toolPackages.Count == 0)
        {
            var lines = Read("pages.yml").Split('\n');
            var feed = Array.FindIndex(lines, line => line.TrimStart().StartsWith("SITEGEN_FEED:", StringComparison.Ordinal));
            diagnostics.Warning(DiagnosticCodes.InitWithoutToolPackages, new SourceLocation(workflow, feed + 1, lines[feed].IndexOf('S', StringComparison.Ordinal) + 1),
                $"the workflow installs SiteGen {version} from {ToolPackages.Folder}/, and this sitegen is not a {ToolPackages.RunnerRuntime} .NET tool with its packages at hand: "
                + $"copy SiteGen.{version}.nupkg and SiteGen.{ToolPackages.RunnerRuntime}.{version}.nupkg into {ToolPackages.Folder}/ and commit them "
                + $"('dotnet pwsh ./build.ps1 pack' in SiteGen's source writes them into artifacts/ on a {ToolPackages.RunnerRuntime} machine: Linux, WSL or a container)");
        }

        // Git keeps no empty folder: the marker keeps static/ in the author's repository (SiteGen skips dot-files).
        Directory.CreateDirectory(Path.Combine(root, "static"));
        File.WriteAllText(Path.Combine(root, "static", ".gitkeep"), string.Empty);
        written.Add("static/");
        return written;
    }

    /// <summary>The text of a starter file, before its placeholders are filled.</summary>
    public static string Read(string resource)
    {
        using var stream = typeof(SiteInitializer).Assembly.GetManifestResourceStream("starter/" + resource)
            ?? throw new FileNotFoundException($"SiteGen was built without its starter file '{resource}'.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>The version a new site's workflow pins: SiteGen's own, without the build's source revision.</summary>
    public static string Version
    {
        get
        {
            var informational = typeof(SiteInitializer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.1.0";
            return informational.Split('+', 2)[0];
        }
    }

    /// <summary>
    /// The root of the git repository <paramref name="root"/> is in: the nearest folder, <paramref name="root"/> itself first,
    /// that holds .git (a folder, or a worktree's or submodule's file); null when none does.
    /// </summary>
    /// <remarks>A repository nested in another (a clone inside a clone, a submodule) is the one git and GitHub use for its files.</remarks>
    private static string? RepositoryAbove(string root)
    {
        for (var folder = Path.TrimEndingDirectorySeparator(root); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            var git = Path.Combine(folder, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return folder;
            }
        }

        return null;
    }

    private static string Fill(string text, Dictionary<string, string> values)
    {
        foreach (var (key, value) in values)
        {
            text = text.Replace("{{" + key + "}}", value, StringComparison.Ordinal);
        }

        return text;
    }

    private static void AddMissingLines(string path, string wanted)
    {
        var present = File.ReadAllLines(path).Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
        var missing = wanted.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#') && !present.Contains(l)).ToList();
        if (missing.Count > 0)
        {
            var existing = File.ReadAllText(path);
            File.AppendAllText(path, (existing.Length > 0 && !existing.EndsWith('\n') ? "\n" : string.Empty) + string.Join('\n', missing) + "\n");
        }
    }

    /// <summary>"my-briefings" gives "My briefings"; a folder name with nothing to show gives "Briefings".</summary>
    private static string TitleOf(string root)
    {
        var name = Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar));
        var words = string.Join(' ', name.Split(['-', '_', '.', ' '], StringSplitOptions.RemoveEmptyEntries)).Replace("\"", string.Empty, StringComparison.Ordinal).Replace("\\", string.Empty, StringComparison.Ordinal);
        return Slugifier.Slugify(words).Length == 0 ? "Briefings" : char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>The zone init writes into site.yml: this machine's, where it has a region's IANA id; else UTC.</summary>
    public static TimeZoneInfo LocalZone()
    {
        var local = TimeZoneInfo.Local;
        return local.HasIanaId && local.Id.Contains('/', StringComparison.Ordinal) && !local.Id.StartsWith("Etc/", StringComparison.Ordinal) ? local : TimeZoneInfo.Utc;
    }
}
