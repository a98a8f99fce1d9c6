using System.Globalization;
using System.Text;
using SiteGen.IO;

namespace SiteGen.Tests.Server;

/// <summary>
/// Makes random edits of every kind an author makes to a site on disk (dispatches added, edited, deleted, renamed,
/// re-dated, re-tagged, re-slugged, marked imported or not, with a WordPress id or not; actors, pages and static files added, edited, deleted and
/// renamed; layouts and partials edited, a layout renamed away and back; site.yml edited; now and then a mistake that
/// breaks the build), saving files the way a given editor does, and says which paths each edit touched.
/// </summary>
internal sealed class SiteEditor
{
    private const string DispatchFolder = "content/dispatches";
    private static readonly string[] ActorIds = ["belarus", "ukraine", "russia", "minsk"];
    private static readonly string[] Words = ["front", "line", "drone", "shelling", "bridge", "convoy", "Minsk", "Kyiv", "Belarus", "Ukraine", "talks", "strike", "border", "river", "night"];
    private static readonly string[] Slugs = ["one-slug", "two-slug", "shared-slug"];

    private readonly string _root;
    private readonly Random _random;

    // Which dispatches are imported is drawn apart, so that it leaves the sequence of edits of a seed as it was.
    private readonly Random _imports;
    private readonly Dictionary<string, DispatchText> _dispatches = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _actorNames = new(StringComparer.Ordinal);
    private readonly List<string> _extraActors = [];
    private readonly List<string> _pages = [];
    private readonly List<string> _statics = [];
    private readonly string _layout;
    private readonly string _partial;
    private readonly Action<string, string> _save;
    private int _counter;

    /// <param name="root">The site folder.</param>
    /// <param name="seed">Seeds the edits: one seed, one sequence, whatever the way of saving.</param>
    /// <param name="save">Writes a file the way an editor saves (full path, text); default: in place.</param>
    public SiteEditor(string root, int seed, Action<string, string>? save = null)
    {
        _root = root;
        _random = new Random(seed);
        _imports = new Random(seed);
        _save = save ?? EditorSaves.InPlace;
        _layout = Encoding.UTF8.GetString(EmbeddedThemeSource.Instance.ReadAllBytes("layouts/dispatch.sbn"));
        _partial = Encoding.UTF8.GetString(EmbeddedThemeSource.Instance.ReadAllBytes("layouts/partials/footer.sbn"));
    }

    public List<string> Log { get; } = [];

    /// <summary>Writes the starting site: config, actors, a few dispatches, a page, a static file, and a layout and partial of its own.</summary>
    public void WriteStart()
    {
        WriteConfig("Exactness", 3, 2, 2);
        foreach (var id in ActorIds)
        {
            _actorNames[id] = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(id);
            WriteActor(id, string.Empty);
        }

        for (var i = 0; i < 5; i++)
        {
            AddDispatch();
        }

        Write("content/pages/about.md", "---\ntitle: About\n---\nAbout this site.\n");
        Write("static/notes.txt", "notes 0\n");
        Write("layouts/dispatch.sbn", _layout);
        Write("layouts/partials/footer.sbn", _partial);
        Log.Clear();
    }

    /// <summary>Makes one random edit and returns the site paths it touched (both paths for a rename).</summary>
    public IReadOnlyList<string> EditOnce()
    {
        var choice = _random.Next(130);
        return choice switch
        {
            >= 100 => EditOther(choice),
            < 12 => AddDispatch(),
            < 20 => EditDispatch("body", d => d with { Body = Body(), Guid = RandomGuid(d) }),
            < 24 => EditDispatch("title", d => d with { Title = $"{Words[_random.Next(Words.Length)]} {++_counter}", Slug = d.Slug ?? d.Title.ToLowerInvariant().Replace(' ', '-') }, d => d.Guid is not null),
            < 30 => DeleteDispatch(),
            < 38 => RenameDispatch(),
            < 43 => EditDispatch("date", d => d with { Date = RandomDate() }),
            < 46 => EditDispatch("actors", d => d with { Actors = RandomActors() }),
            < 51 => RarestActor(),
            < 54 => EditDispatch("tags", d => d with { Tags = RandomTags(), Summary = _random.Next(2) == 0 ? null : Sentence(), Guid = RandomGuid(d) }),
            < 59 => EditDispatch("slug", d => d with { Slug = _random.Next(3) == 0 ? null : Slugs[_random.Next(Slugs.Length)] }),
            < 62 => EditDispatch("draft", d => d with { Draft = !d.Draft }),
            < 66 => EditDispatch("break", d => d with { Broken = true }),
            < 74 => EditActor(),
            < 79 => Edit("layout", "layouts/dispatch.sbn", _layout + $"<p class=\"edit\">layout {++_counter}</p>\n"),
            < 81 => Edit("broken layout", "layouts/dispatch.sbn", _layout + "{{ if }}\n"),
            < 86 => Edit("partial", "layouts/partials/footer.sbn", _partial.Replace("Atom feed", $"Atom feed {++_counter}", StringComparison.Ordinal)),
            < 92 => EditConfig(),
            < 96 => Edit("static", "static/notes.txt", $"notes {++_counter}\n"),
            _ => Edit("page", "content/pages/about.md", $"---\ntitle: About {++_counter}\n---\n{Sentence()}\n"),
        };
    }

    private List<string> EditOther(int choice) => choice switch
    {
        < 104 => AddActor(),
        < 107 => Remove("actor", _extraActors),
        < 110 => Rename("actor", _extraActors, "content/actors/observer-{0}.md"),
        < 114 => AddPage(),
        < 117 => Remove("page", _pages),
        < 120 => Rename("page", _pages, "content/pages/page-{0}.md"),
        < 123 => AddStatic(),
        < 125 => Remove("static", _statics),
        < 127 => Rename("static", _statics, "static/files/renamed-{0}.txt"),
        _ => ToggleLayout(),
    };

    private List<string> AddActor()
    {
        var n = ++_counter;
        var path = $"content/actors/observer-{n}.md";
        Write(path, $"---\nname: Observer {n}\nkind: person\n---\n{Sentence()}\n");
        _extraActors.Add(path);
        return Logged($"add actor {path}", path);
    }

    private List<string> AddPage()
    {
        var n = ++_counter;
        var path = $"content/pages/page-{n}.md";
        Write(path, $"---\ntitle: Page {n}\n---\n{Sentence()}\n");
        _pages.Add(path);
        return Logged($"add page {path}", path);
    }

    private List<string> AddStatic()
    {
        var path = $"static/files/file-{++_counter}.txt";
        Write(path, Sentence() + "\n");
        _statics.Add(path);
        return Logged($"add static {path}", path);
    }

    /// <summary>Deletes one of <paramref name="paths"/> (or, when there is none, edits the about page).</summary>
    private List<string> Remove(string what, List<string> paths)
    {
        if (paths.Count == 0)
        {
            return Edit("page", "content/pages/about.md", $"---\ntitle: About {++_counter}\n---\n{Sentence()}\n");
        }

        var path = paths[_random.Next(paths.Count)];
        paths.Remove(path);
        File.Delete(Full(path));
        return Logged($"delete {what} {path}", path);
    }

    private List<string> Rename(string what, List<string> paths, string pattern)
    {
        if (paths.Count == 0)
        {
            return Edit("static", "static/notes.txt", $"notes {++_counter}\n");
        }

        var from = paths[_random.Next(paths.Count)];
        var to = string.Format(CultureInfo.InvariantCulture, pattern, ++_counter);
        Directory.CreateDirectory(Path.GetDirectoryName(Full(to))!);
        File.Move(Full(from), Full(to));
        paths[paths.IndexOf(from)] = to;
        return Logged($"rename {what} {from} -> {to}", from, to);
    }

    /// <summary>Renames the site's own dispatch layout away (the theme's shows again) or back.</summary>
    private List<string> ToggleLayout()
    {
        const string on = "layouts/dispatch.sbn";
        const string off = "layouts/dispatch.sbn.off";
        var (from, to) = File.Exists(Full(on)) ? (on, off) : (off, on);
        if (!File.Exists(Full(from)))
        {
            return Edit("layout", on, _layout + $"<p class=\"edit\">layout {++_counter}</p>\n");
        }

        File.Move(Full(from), Full(to), overwrite: true);
        return Logged($"rename layout {from} -> {to}", from, to);
    }

    private List<string> AddDispatch()
    {
        var n = ++_counter;
        var date = RandomDate();
        var path = $"{DispatchFolder}/{date[..4]}/dispatch-{n}.md";
        _dispatches[path] = new DispatchText($"Dispatch {n}", date, null, RandomActors(), false, Sentence(), false) { Tags = RandomTags(), Guid = RandomGuid(null) };
        WriteDispatch(path);
        return Logged($"add {path}", path);
    }

    /// <summary>Applies <paramref name="change"/> to a dispatch: one of those <paramref name="prefer"/> picks when one is there (an imported one's title names its comment feeds).</summary>
    private List<string> EditDispatch(string what, Func<DispatchText, DispatchText> change, Func<DispatchText, bool>? prefer = null)
    {
        if (_dispatches.Count == 0)
        {
            return AddDispatch();
        }

        // Any edit but "break" rewrites the file whole, which also mends an earlier break: half of them go to a broken
        // file when there is one, so that a sequence spends most of its edits on a site that builds.
        var broken = _dispatches.Where(d => d.Value.Broken).Select(d => d.Key).Order(StringComparer.Ordinal).FirstOrDefault();
        var path = what != "break" && broken is not null && _random.Next(2) == 0 ? broken : PickDispatch();
        var preferred = prefer is null ? [] : _dispatches.Where(d => prefer(d.Value)).Select(d => d.Key).Order(StringComparer.Ordinal).ToList();
        if (path != broken && preferred.Count > 0)
        {
            path = preferred[_imports.Next(preferred.Count)];
        }

        var changed = change(_dispatches[path]);
        _dispatches[path] = what == "break" ? changed : changed with { Broken = false };
        WriteDispatch(path);
        return Logged($"{what} {path}", path);
    }

    /// <summary>
    /// Takes the actor fewest published dispatches name from one of them (by an edit, or by deleting the only one), or
    /// names it in one when none does: an actor's feeds come with its first published dispatch and go with its last.
    /// </summary>
    private List<string> RarestActor()
    {
        var published = _dispatches.Where(d => !d.Value.Draft && !d.Value.Broken).ToList();
        if (published.Count == 0)
        {
            return AddDispatch();
        }

        var rarest = ActorIds.MinBy(id => published.Count(d => d.Value.Actors.Contains(id)))!;
        var naming = published.Where(d => d.Value.Actors.Contains(rarest)).Select(d => d.Key).Order(StringComparer.Ordinal).ToList();
        if (naming.Count == 0)
        {
            return Rewritten("actors", published[_random.Next(published.Count)].Key, d => d with { Actors = [.. d.Actors, rarest] });
        }

        var path = naming[_random.Next(naming.Count)];
        if (naming.Count == 1 && _dispatches.Count > 1 && _random.Next(2) == 0)
        {
            _dispatches.Remove(path);
            File.Delete(Full(path));
            return Logged($"delete {path}", path);
        }

        return Rewritten("actors", path, d => d with { Actors = d.Actors.Where(a => a != rarest).ToList() });
    }

    private List<string> Rewritten(string what, string path, Func<DispatchText, DispatchText> change)
    {
        _dispatches[path] = change(_dispatches[path]);
        WriteDispatch(path);
        return Logged($"{what} {path}", path);
    }

    private List<string> DeleteDispatch()
    {
        if (_dispatches.Count <= 1)
        {
            return AddDispatch();
        }

        var path = PickDispatch();
        _dispatches.Remove(path);
        File.Delete(Full(path));
        return Logged($"delete {path}", path);
    }

    private List<string> RenameDispatch()
    {
        if (_dispatches.Count == 0)
        {
            return AddDispatch();
        }

        var from = PickDispatch();
        var to = $"{DispatchFolder}/{(_random.Next(2) == 0 ? "2022" : "moved")}/renamed-{++_counter}.md";
        Directory.CreateDirectory(Path.GetDirectoryName(Full(to))!);
        File.Move(Full(from), Full(to));
        _dispatches[to] = _dispatches[from];
        _dispatches.Remove(from);
        return Logged($"rename {from} -> {to}", from, to);
    }

    private List<string> EditActor()
    {
        var id = ActorIds[_random.Next(ActorIds.Length)];
        _actorNames[id] = $"{CultureInfo.InvariantCulture.TextInfo.ToTitleCase(id)} {++_counter}";
        var path = WriteActor(id, _random.Next(2) == 0 ? string.Empty : Sentence());
        return Logged($"actor {path}", path);
    }

    private List<string> EditConfig()
    {
        WriteConfig($"Exactness {++_counter}", 1 + _random.Next(4), _random.Next(3), 1 + _imports.Next(3));
        return Logged("config", "site.yml");
    }

    private List<string> Edit(string what, string path, string text)
    {
        Write(path, text);
        return Logged($"{what} {path}", path);
    }

    /// <summary>Writes site.yml; <paramref name="oldPerPage"/> is how many posts a page of the old blog's archives showed, so how many old paged term URLs (/tag/x/page/2/) lead to a term.</summary>
    private void WriteConfig(string title, int perPage, int related, int oldPerPage) =>
        Write("site.yml", $"title: {title}\nbase_url: https://example.org/briefings/\ntime_zone: Europe/Minsk\nper_page: {perPage}\nactor_per_page: {Math.Max(1, perPage - 2)}\nrelated: {related}\ntaxonomies:\n  wordpress_per_page: {oldPerPage}\n");

    private string WriteActor(string id, string profile)
    {
        var path = $"content/actors/{id}.md";
        Write(path, $"---\nname: {_actorNames[id]}\nkind: {(id == "minsk" ? "place" : "state")}\n---\n{profile}\n");
        return path;
    }

    private void WriteDispatch(string path)
    {
        var d = _dispatches[path];
        var text = new StringBuilder("---\n");
        text.Append("title: \"").Append(d.Title).Append("\"\n");
        text.Append("date: ").Append(d.Broken ? "not-a-date" : d.Date).Append('\n');
        if (d.Slug is not null)
        {
            text.Append("slug: ").Append(d.Slug).Append('\n');
        }

        text.Append("actors: [").Append(string.Join(", ", d.Actors)).Append("]\n");
        text.Append("tags: [").Append(string.Join(", ", d.Tags)).Append("]\n");
        if (d.Summary is not null)
        {
            text.Append("summary: \"").Append(d.Summary).Append("\"\n");
        }

        if (d.Guid is not null)
        {
            text.Append("guid: \"").Append(d.Guid).Append("\"\n");
        }

        if (d.Guid is not null && d.Guid[(d.Guid.LastIndexOf('=') + 1)..] is var id)
        {
            // The old blog's own /slug/ permalink, as an import keeps it: a page of its own and, beside it, a comment
            // feed. Half the imported dispatches keep their WordPress id too: the home page's map of ids comes, changes
            // and goes.
            text.Append("aliases: [/old-").Append(id).Append('/');
            if (id[^1] is '0' or '2' or '4' or '6' or '8')
            {
                text.Append(", \"/?p=").Append(id).Append('"');
            }

            text.Append("]\n");
        }

        if (d.Guid is not null && d.Tags.Count > 0)
        {
            // The old blog's child category of the first tag's name: its nested URLs and feed come and go with imports and tag edits.
            text.Append("categories: [").Append(d.Tags[0]).Append("]\nwordpress_slugs:\n  categories:\n    ").Append(d.Tags[0]).Append(": war/").Append(d.Tags[0].ToLowerInvariant()).Append('\n');
        }

        if (d.Guid is not null && d.Actors.Count > 0)
        {
            // The old blog's tag the importer made the first actor: /tag/<id>/ and its feed lead to the actor's page and
            // feed, and come and go with imports and actor edits (a tag Belarus of the site's there gives way to it).
            text.Append(d.Tags.Count > 0 ? string.Empty : "wordpress_slugs:\n").Append("  tags:\n    ").Append(d.Actors[0]).Append(": ").Append(d.Actors[0]).Append('\n');
        }

        if (d.Draft)
        {
            text.Append("draft: true\n");
        }

        text.Append("---\n").Append(d.Body).Append('\n');
        Write(path, text.ToString());
    }

    private string RandomDate()
    {
        // Mostly May 2022, so dispatches share days and slugs collide now and then; rarely in the future.
        var day = new DateTime(2022, 5, 1).AddDays(_random.Next(_random.Next(10) == 0 ? 2000 : 20));
        var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return _random.Next(3) == 0 ? $"{date}T{_random.Next(24):00}:{_random.Next(60):00}" : date;
    }

    /// <summary>Now and then marks a dispatch imported, or no longer, as a site's first and last imports do.</summary>
    private string? RandomGuid(DispatchText? dispatch) =>
        _imports.Next(dispatch is null ? 4 : 2) != 0 ? dispatch?.Guid : dispatch?.Guid is null ? $"https://old.example.org/?p={_imports.Next()}" : null;

    private List<string> RandomActors() => ActorIds.Where(_ => _random.Next(3) == 0).ToList();

    private List<string> RandomTags() => Words.Where(_ => _random.Next(6) == 0).Take(3).ToList();

    /// <summary>A body: sometimes with a heading (an id other pages could link to), rarely with a link that leads nowhere.</summary>
    private string Body() => _random.Next(8) switch
    {
        0 or 1 => $"## {Words[_random.Next(Words.Length)]} {++_counter}\n\n{Sentence()}\n\n{Sentence()}",
        2 => $"{Sentence()} [Earlier](/briefings/2022/05/01/missing-{++_counter}/).",
        _ => Sentence(),
    };

    private string Sentence() => string.Join(' ', Enumerable.Range(0, 4 + _random.Next(12)).Select(_ => Words[_random.Next(Words.Length)])) + ".";

    private string PickDispatch() => _dispatches.Keys.Order(StringComparer.Ordinal).ElementAt(_random.Next(_dispatches.Count));

    private List<string> Logged(string entry, params string[] paths)
    {
        Log.Add(entry);
        return [.. paths];
    }

    private string Full(string path) => Path.Combine(_root, path);

    private void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Full(path))!);
        _save(Full(path), text);
    }

    private sealed record DispatchText(string Title, string Date, string? Slug, List<string> Actors, bool Draft, string Body, bool Broken)
    {
        public List<string> Tags { get; init; } = [];

        public string? Summary { get; init; }

        /// <summary>The old blog's id of an imported dispatch: with the first, the site keeps WordPress's URLs and feeds.</summary>
        public string? Guid { get; init; }
    }
}
