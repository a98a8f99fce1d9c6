using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.IO;
using SiteGen.Text;

namespace SiteGen.Actors;

/// <summary>Reads <c>content/actors/*.md</c> into an <see cref="ActorRegistry"/>, reporting collisions all at once.</summary>
public static class ActorLoader
{
    public const string Folder = "actors";

    public static readonly IReadOnlyList<string> Fields = ["name", "kind", "aliases", "parent", "wikidata", "slug"];

    public static ActorRegistry Load(IFileSource source, string folder, DiagnosticBag diagnostics)
    {
        var paths = source.EnumerateFiles(folder).Where(Reads).ToList();
        var read = new (Actor? Actor, IReadOnlyList<Diagnostic> Diagnostics)[paths.Count];
        var parentLocations = new System.Collections.Concurrent.ConcurrentDictionary<string, SourceLocation>(StringComparer.Ordinal);
        Parallel.For(0, paths.Count, i =>
        {
            var fileDiagnostics = new DiagnosticBag();
            var file = SourceFileReader.Read(source, paths[i], fileDiagnostics, DiagnosticCodes.InvalidField);
            read[i] = (file is null ? null : Read(file, parentLocations), fileDiagnostics.ToSortedList());
        });

        var actors = new List<Actor>();
        foreach (var (actor, fileDiagnostics) in read)
        {
            if (actor is not null)
            {
                actors.Add(actor);
            }

            diagnostics.AddRange(fileDiagnostics);
        }

        actors.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var byKey = IndexNames(actors, diagnostics);
        CheckSlugs(actors, diagnostics);
        var resolved = ResolveParents(actors, byKey, parentLocations, diagnostics);
        return new ActorRegistry(resolved, byKey);
    }

    /// <summary>Whether a file in the actors folder is one this loader reads.</summary>
    public static bool Reads(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    private static Actor? Read(SourceFile file, System.Collections.Concurrent.ConcurrentDictionary<string, SourceLocation> parentLocations)
    {
        var reader = file.Reader;
        var id = file.Path[(file.Path.LastIndexOf('/') + 1)..^".md".Length];
        string? name = null, parent = null, wikidata = null, slug = null;
        ActorKind? kind = null;
        var aliases = new List<string>();
        foreach (var (key, value, location) in reader.Entries(file.FrontMatter))
        {
            switch (key)
            {
                case "name":
                    name = reader.String(value, key);
                    break;
                case "kind":
                    var text = reader.String(value, key);
                    if (text is not null)
                    {
                        if (ActorKinds.TryParse(text, out var parsed))
                        {
                            kind = parsed;
                        }
                        else
                        {
                            reader.Invalid(value, $"unknown kind '{text}'; use one of {string.Join(", ", ActorKinds.All.Select(k => k.Key))}");
                        }
                    }

                    break;
                case "aliases":
                    aliases.AddRange(reader.StringList(value, key).Select(a => a.Value));
                    break;
                case "parent":
                    parent = reader.String(value, key);
                    parentLocations[id] = reader.Locate(value);
                    break;
                case "wikidata":
                    wikidata = reader.String(value, key);
                    break;
                case "slug":
                    slug = DispatchReader.ReadSlug(value, reader);
                    break;
                default:
                    reader.UnknownKey(key, location, Fields, DiagnosticCodes.UnknownField, error: false);
                    break;
            }
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            reader.Diagnostics.Error(DiagnosticCodes.MissingField, new SourceLocation(file.Path, 1, 1), "the actor has no name; add 'name: ...' to its front matter");
            return null;
        }

        if (reader.Diagnostics.HasErrors)
        {
            return null;
        }

        slug ??= Slugifier.IsValid(id) ? id : Slugifier.Slugify(id);
        return new Actor
        {
            Id = id,
            Name = name,
            Kind = kind ?? ActorKind.Other,
            Aliases = aliases.Where(a => a != name).Distinct(StringComparer.Ordinal).ToList(),
            ParentId = parent,
            Wikidata = wikidata,
            Slug = slug,
            Path = $"/actors/{slug}/",
            Profile = file.Body,
            ProfileLine = file.BodyLine,
            SourcePath = file.Path,
        };
    }

    /// <summary>Maps every id, name and alias key to its actor; a key claimed by two actors is an error naming both.</summary>
    private static Dictionary<string, Actor> IndexNames(List<Actor> actors, DiagnosticBag diagnostics)
    {
        var byKey = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var claims = new Dictionary<string, List<(Actor Actor, string Form)>>(StringComparer.Ordinal);
        foreach (var actor in actors)
        {
            foreach (var form in actor.Names.Prepend(actor.Id))
            {
                var key = LatinFolding.MatchKey(form);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!claims.TryGetValue(key, out var list))
                {
                    claims[key] = list = [];
                }

                if (!list.Exists(c => c.Actor.Id == actor.Id))
                {
                    list.Add((actor, form));
                }
            }
        }

        foreach (var (key, list) in claims)
        {
            if (list.Count == 1)
            {
                byKey[key] = list[0].Actor;
                continue;
            }

            var first = list[0];
            var others = string.Join(", ", list.Skip(1).Select(c => $"'{c.Actor.Id}' ({c.Actor.SourcePath}, as '{c.Form}')"));
            diagnostics.Error(DiagnosticCodes.AliasCollision, new SourceLocation(first.Actor.SourcePath, 1, 1),
                $"the name '{first.Form}' is claimed by actor '{first.Actor.Id}' and by {others}; a name or alias may belong to one actor only",
                list.Skip(1).Select(c => new SourceLocation(c.Actor.SourcePath, 1, 1)).ToList());
        }

        return byKey;
    }

    private static void CheckSlugs(List<Actor> actors, DiagnosticBag diagnostics)
    {
        foreach (var group in actors.GroupBy(a => a.Slug, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var list = group.ToList();
            diagnostics.Error(DiagnosticCodes.SlugCollision, new SourceLocation(list[0].SourcePath, 1, 1),
                $"actors {string.Join(" and ", list.Select(a => $"'{a.Id}'"))} share the slug '{group.Key}' (so one URL); give one an explicit 'slug'",
                list.Skip(1).Select(a => new SourceLocation(a.SourcePath, 1, 1)).ToList());
        }
    }

    private static List<Actor> ResolveParents(List<Actor> actors, Dictionary<string, Actor> byKey, IReadOnlyDictionary<string, SourceLocation> locations, DiagnosticBag diagnostics)
    {
        var resolved = new List<Actor>(actors.Count);
        foreach (var actor in actors)
        {
            if (actor.ParentId is null)
            {
                resolved.Add(actor);
                continue;
            }

            var parent = byKey.GetValueOrDefault(LatinFolding.MatchKey(actor.ParentId));
            if (parent is null || parent.Id == actor.Id)
            {
                diagnostics.Error(DiagnosticCodes.UnknownParent, locations[actor.Id],
                    parent is null ? $"unknown parent '{actor.ParentId}': no actor has that id, name or alias" : "an actor cannot be its own parent");
                resolved.Add(actor with { ParentId = null });
                continue;
            }

            resolved.Add(actor with { ParentId = parent.Id });
        }

        var byId = resolved.ToDictionary(a => a.Id, StringComparer.Ordinal);
        foreach (var actor in resolved)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { actor.Id };
            for (var current = actor.ParentId; current is not null; current = byId[current].ParentId)
            {
                if (!seen.Add(current))
                {
                    diagnostics.Error(DiagnosticCodes.ParentCycle, locations[actor.Id], $"the parents of '{actor.Id}' form a cycle: {string.Join(" -> ", seen)} -> {current}");
                    break;
                }
            }
        }

        return resolved;
    }
}
