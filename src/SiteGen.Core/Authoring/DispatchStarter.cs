using System.Globalization;
using System.Text;
using SiteGen.Actors;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.IO;
using SiteGen.Text;

namespace SiteGen.Authoring;

/// <summary>
/// Writes a new dispatch where the site keeps them (<c>dispatches/&lt;year&gt;/&lt;slug&gt;.md</c>), its front matter
/// filled in: the title, today in the site's time zone (or the given date), the actors by their registry names.
/// Never overwrites a file.
/// </summary>
public static class DispatchStarter
{
    /// <summary>The new file's site-relative path, or null after reporting why nothing was written.</summary>
    public static string? Start(string siteDirectory, NewDispatch request, DateTimeOffset now, DiagnosticBag diagnostics)
    {
        var source = new PhysicalFileSource(siteDirectory);
        var config = ConfigLoader.Load(source, diagnostics);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(request.Title))
        {
            diagnostics.Error(DiagnosticCodes.InvalidOption, SourceLocation.None, "the title is empty; write it in quotes: sitegen new \"Title\"");
            return null;
        }

        // The registry's own problems are the build's to report; here only the names asked for matter.
        var registry = ActorLoader.Load(source, config.ContentPath(ActorLoader.Folder), new DiagnosticBag());
        var actors = Resolve(request.Actors, registry, diagnostics);
        if (actors is null)
        {
            return null;
        }

        var local = TimeZoneInfo.ConvertTime(now, config.TimeZone);
        var date = request.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? local.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        var path = $"{config.ContentPath(ContentLoader.DispatchFolder)}/{date[..4]}/{Slugifier.Slugify(request.Title)}.md";
        var full = source.FullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        try
        {
            // CreateNew, not an exists check first: two runs at once cannot both write.
            using var file = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
            file.Write(Encoding.UTF8.GetBytes(FrontMatter(request.Title.Trim(), date, actors, request.Draft)));
        }
        catch (IOException) when (File.Exists(full))
        {
            diagnostics.Error(DiagnosticCodes.InvalidOption, new SourceLocation(path), "this dispatch already exists; nothing was written (give the new one another title, or edit this one)");
            return null;
        }

        return path;
    }

    public static string FrontMatter(string title, string date, IReadOnlyList<string> actors, bool draft)
    {
        var text = new StringBuilder("---\n");
        text.Append("title: ").Append(YamlQuote(title)).Append('\n');
        text.Append("date: ").Append(date).Append('\n');
        if (actors.Count == 0)
        {
            text.Append("actors: []\n");
        }
        else
        {
            text.Append("actors:\n");
            foreach (var actor in actors)
            {
                text.Append("  - ").Append(YamlQuote(actor)).Append('\n');
            }
        }

        text.Append("draft: ").Append(draft ? "true" : "false").Append('\n');
        return text.Append("---\n\n").ToString();
    }

    private static List<string>? Resolve(IReadOnlyList<string> names, ActorRegistry registry, DiagnosticBag diagnostics)
    {
        var resolved = new List<string>();
        var ok = true;
        foreach (var name in names.Select(n => n.Trim()).Where(n => n.Length > 0))
        {
            if (registry.Resolve(name) is { } actor)
            {
                if (!resolved.Contains(actor.Name))
                {
                    resolved.Add(actor.Name);
                }

                continue;
            }

            var suggestions = registry.Suggest(name);
            var hint = suggestions.Count > 0 ? $"; did you mean {string.Join(", ", suggestions.Select(s => $"'{s}'"))}?" : "; add it to the registry first (an actors/<id>.md file)";
            diagnostics.Error(DiagnosticCodes.UnknownActor, SourceLocation.None, $"unknown actor '{name}': no actor has that id, name or alias{hint}");
            ok = false;
        }

        return ok ? resolved : null;
    }

    /// <summary>A YAML double-quoted scalar: safe for any title (colons, quotes, '#', Cyrillic).</summary>
    private static string YamlQuote(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var ch in value)
        {
            switch (ch)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\t': text.Append("\\t"); break;
                case '\u0085': text.Append("\\N"); break;
                case '\u2028': text.Append("\\L"); break;
                case '\u2029': text.Append("\\P"); break;
                default:
                    if (char.IsControl(ch))
                    {
                        text.Append("\\x").Append(((int)ch).ToString("X2", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(ch);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }
}
