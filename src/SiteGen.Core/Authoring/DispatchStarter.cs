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
/// Writes a new dispatch where the site keeps them, <c>dispatches/&lt;year&gt;/&lt;date&gt;-&lt;slug&gt;.md</c>, its
/// front matter filled in: the title, the date (now in the site's time zone, or the day and time given), the actors
/// by id and the tags. Never overwrites a file.
/// </summary>
/// <remarks>
/// The date in the file name keeps a title that recurs ("Morning update") from colliding on later days, while the
/// slug stays the title's (<see cref="DispatchReader"/> reads past a date prefix), so the URL is
/// <c>/:year/:month/:day/:slug/</c> as ever. A second dispatch of one title on one day gets <c>-2</c> in its file
/// name and slug, and so in its URL: the two could not share one. Actors are written by id because an id outlives a
/// renamed actor: the registry resolves ids, and former ids (<c>former_ids</c>), for good.
/// </remarks>
public static class DispatchStarter
{
    /// <summary>What was written, or null after reporting why nothing was.</summary>
    public static StartedDispatch? Start(string siteDirectory, NewDispatch request, DateTimeOffset now, DiagnosticBag diagnostics)
    {
        var source = new PhysicalFileSource(siteDirectory);
        var config = ConfigLoader.Load(source, diagnostics);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        var slug = Slugifier.Of(request.Title ?? string.Empty);
        if (string.IsNullOrWhiteSpace(request.Title) || slug.Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.InvalidOption, SourceLocation.None,
                string.IsNullOrWhiteSpace(request.Title)
                    ? "the title is empty; write it in quotes: sitegen new \"Title\""
                    : $"the title '{request.Title}' has no letter or digit to make a file name and URL from; give it words");
            return null;
        }

        // The registry's own problems are the build's to report; here only the names asked for matter.
        var registry = ActorLoader.Load(source, config.ContentPath(ActorLoader.Folder), new DiagnosticBag());
        var actors = Resolve(request.Actors, registry, config.ContentPath(ActorLoader.Folder), diagnostics);
        if (actors is null)
        {
            return null;
        }

        var local = TimeZoneInfo.ConvertTime(now, config.TimeZone);
        var dateText = DateText(request, local);
        DateParser.TryParse(dateText, config.TimeZone, out var date);
        var folder = $"{config.ContentPath(SiteConfig.DispatchFolder)}/{dateText[..4]}";
        Directory.CreateDirectory(source.FullPath(folder));
        var tags = request.Tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        for (var number = 1; ; number++)
        {
            var numbered = number == 1 ? slug : slug + "-" + number.ToString(CultureInfo.InvariantCulture);
            var path = $"{folder}/{dateText[..10]}-{numbered}.md";
            var text = Encoding.UTF8.GetBytes(FrontMatter(request.Title.Trim(), numbered, dateText, actors, tags, request.Draft));
            try
            {
                // CreateNew, not an exists check first: two runs at once cannot both write one file.
                using var file = new FileStream(source.FullPath(path), FileMode.CreateNew, FileAccess.Write);
                file.Write(text);
                return new StartedDispatch(path, date, date > now, config.TimeZone);
            }
            catch (IOException) when (File.Exists(source.FullPath(path)) && number < 100)
            {
                // The same title on the same day: the next number.
            }
        }
    }

    /// <summary>The front-matter date: a day alone when only a day was given, else the day and time of day.</summary>
    private static string DateText(NewDispatch request, DateTimeOffset localNow)
    {
        var day = request.Date ?? DateOnly.FromDateTime(localNow.DateTime);
        if (request.Date is not null && request.Time is null)
        {
            return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var time = request.Time ?? TimeOnly.FromDateTime(localNow.DateTime);
        return day.ToDateTime(time).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The front matter of a new dispatch. The slug is written out, as WordPress fixes a post's slug when it is first
    /// saved: a title corrected after publication then keeps the URL readers already share.
    /// </summary>
    public static string FrontMatter(string title, string slug, string date, IReadOnlyList<string> actors, IReadOnlyList<string> tags, bool draft)
    {
        var text = new StringBuilder("---\n");
        text.Append("title: ").Append(YamlQuote(title)).Append('\n');
        text.Append("slug: ").Append(slug).Append('\n');
        text.Append("date: ").Append(date).Append('\n');
        AppendList(text, "actors", actors);
        if (tags.Count > 0)
        {
            AppendList(text, "tags", tags);
        }

        text.Append("draft: ").Append(draft ? "true" : "false").Append('\n');
        return text.Append("---\n\n").ToString();
    }

    private static void AppendList(StringBuilder text, string key, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            text.Append(key).Append(": []\n");
            return;
        }

        text.Append(key).Append(":\n");
        foreach (var value in values)
        {
            text.Append("  - ").Append(YamlQuote(value)).Append('\n');
        }
    }

    private static List<string>? Resolve(IReadOnlyList<string> names, ActorRegistry registry, string actorFolder, DiagnosticBag diagnostics)
    {
        var resolved = new List<string>();
        var ok = true;
        foreach (var name in names.Select(n => n.Trim()).Where(n => n.Length > 0))
        {
            if (registry.Resolve(name) is { } actor)
            {
                if (!resolved.Contains(actor.Id))
                {
                    resolved.Add(actor.Id);
                }

                continue;
            }

            diagnostics.Error(DiagnosticCodes.UnknownActor, SourceLocation.None, registry.IsContested(name)
                ? $"'{name}' is claimed by more than one actor (sitegen build says where); name the one you mean by its id"
                : $"unknown actor '{name}': no actor has that id, name or alias{ActorResolver.Hint(name, registry, actorFolder)}");
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
