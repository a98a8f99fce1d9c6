using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.IO;
using SiteGen.Text;

namespace SiteGen.Actors;

/// <summary>Reads <c>content/actors/*.md</c> into an <see cref="ActorRegistry"/>, reporting collisions all at once.</summary>
public static class ActorLoader
{
    public const string Folder = "actors";

    public static readonly IReadOnlyList<string> Fields = ["name", "kind", "aliases", "former_ids", "parent", "wikidata", "slug"];

    public static ActorRegistry Load(IFileSource source, string folder, DiagnosticBag diagnostics)
    {
        var paths = source.EnumerateFiles(folder).Where(Reads).ToList();
        var read = new (Actor? Actor, IReadOnlyList<Diagnostic> Diagnostics)[paths.Count];
        var locations = new System.Collections.Concurrent.ConcurrentDictionary<string, FieldLocations>(StringComparer.Ordinal);
        Parallel.For(0, paths.Count, i =>
        {
            var fileDiagnostics = new DiagnosticBag();
            var file = SourceFileReader.Read(source, paths[i], fileDiagnostics, DiagnosticCodes.InvalidField);
            read[i] = (file is null ? null : Read(file, locations), fileDiagnostics.ToSortedList());
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
        var (byKey, contested) = IndexNames(actors, locations, diagnostics);

        // A URL a former id gave that another actor's page has now is that actor's: no redirect is written over it.
        var livePaths = actors.Select(a => a.Path).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < actors.Count; i++)
        {
            if (actors[i].FormerPaths.Any(livePaths.Contains))
            {
                actors[i] = actors[i] with { FormerPaths = actors[i].FormerPaths.Where(p => !livePaths.Contains(p)).ToList() };
            }
        }

        CheckSlugs(actors, diagnostics);
        var resolved = ResolveParents(actors, byKey, locations, diagnostics);
        return new ActorRegistry(resolved, byKey, contested);
    }

    /// <summary>Where an actor file writes its parent and each of its names, for errors about them.</summary>
    private sealed class FieldLocations
    {
        public SourceLocation Parent { get; set; }

        public Dictionary<string, SourceLocation> Forms { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>Whether a file in the actors folder is one this loader reads.</summary>
    public static bool Reads(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    private static Actor? Read(SourceFile file, System.Collections.Concurrent.ConcurrentDictionary<string, FieldLocations> locations)
    {
        var reader = file.Reader;
        var id = file.Path[(file.Path.LastIndexOf('/') + 1)..^".md".Length];
        string? name = null, parent = null, wikidata = null, slug = null;
        ActorKind? kind = null;
        SourceLocation nameLocation = default, slugLocation = default;
        var aliases = new List<string>();
        var formerIds = new List<string>();
        var places = locations.GetOrAdd(id, _ => new FieldLocations());
        places.Forms[id] = new SourceLocation(file.Path, 1, 1);
        foreach (var (key, value, location) in reader.Entries(file.FrontMatter))
        {
            switch (key)
            {
                case "name":
                    name = reader.String(value, key);
                    nameLocation = reader.Locate(value);
                    places.Forms.TryAdd(name ?? string.Empty, nameLocation);
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
                case "aliases" when reader.CommaSeparated(value, key):
                    break;
                case "aliases":
                    foreach (var (alias, aliasLocation) in reader.StringList(value, key))
                    {
                        aliases.Add(alias);
                        places.Forms.TryAdd(alias, aliasLocation);
                    }

                    break;
                case "former_ids":
                    foreach (var (formerId, idLocation) in reader.StringList(value, key))
                    {
                        if (formerId.Contains('/', StringComparison.Ordinal) || formerId.Contains('\\', StringComparison.Ordinal) || formerId.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                        {
                            reader.Diagnostics.Error(DiagnosticCodes.InvalidField, idLocation,
                                $"'{formerId}' is not an id: a former id is the old file name without folder or '.md' (for actors/old-name.md write old-name)");
                            continue;
                        }

                        formerIds.Add(formerId);
                        places.Forms.TryAdd(formerId, idLocation);
                    }

                    break;
                case "parent":
                    parent = reader.String(value, key);
                    places.Parent = reader.Locate(value);
                    break;
                case "wikidata":
                    wikidata = reader.String(value, key);
                    break;
                case "slug":
                    slug = DispatchReader.ReadSlug(value, reader);
                    slugLocation = reader.Locate(value);
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

        var path = $"/actors/{slug ?? SlugOfId(id)}/";

        // An explicit slug kept the URL through a change of id; otherwise the URLs the former ids gave get redirects.
        var formerPaths = formerIds.Select(f => $"/actors/{SlugOfId(f)}/").Where(p => p != path).Distinct(StringComparer.Ordinal).ToList();
        slug ??= SlugOfId(id);
        return new Actor
        {
            Id = id,
            Name = name,
            Kind = kind ?? ActorKind.Other,
            Aliases = aliases.Where(a => a != name).Distinct(StringComparer.Ordinal).ToList(),
            FormerIds = formerIds.Where(f => f != id).Distinct(StringComparer.Ordinal).ToList(),
            FormerPaths = formerPaths,
            ParentId = parent,
            Wikidata = wikidata,
            Slug = slug,
            Path = path,
            Profile = file.Body,
            ProfileLine = file.BodyLine,
            SourcePath = file.Path,
            NameLocation = nameLocation,
            SlugLocation = slugLocation,
        };
    }

    /// <summary>
    /// Maps every id, former id, name and alias key to its actor. A key claimed by two actors is an error at the
    /// claim most likely to be the slip (an alias or former id before a name, a name before an id), naming the
    /// others; the key is then contested: it resolves to no one, and dispatches naming it are not reported again.
    /// </summary>
    private static (Dictionary<string, Actor> ByKey, List<string> Contested) IndexNames(
        List<Actor> actors, IReadOnlyDictionary<string, FieldLocations> locations, DiagnosticBag diagnostics)
    {
        var byKey = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var contested = new List<string>();
        var claims = new Dictionary<string, List<Claim>>(StringComparer.Ordinal);
        foreach (var actor in actors)
        {
            var forms = actor.FormerIds.Select(f => (Form: f, Rank: 2)).Concat(actor.Aliases.Select(a => (Form: a, Rank: 3)))
                .Prepend((actor.Name, 1)).Prepend((actor.Id, 0));
            foreach (var (form, rank) in forms)
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

                var place = locations.TryGetValue(actor.Id, out var places) && places.Forms.TryGetValue(form, out var at) ? at : new SourceLocation(actor.SourcePath, 1, 1);
                var own = list.FindIndex(c => c.Actor.Id == actor.Id);
                if (own < 0)
                {
                    list.Add(new Claim(actor, form, rank, place));
                }
                else if (list[own].Rank == 0 && rank == 1)
                {
                    // An id that is also the name ("belarus", "Belarus"): the name has a line to point at.
                    list[own] = new Claim(actor, form, rank, place);
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

            contested.Add(key);
            var slip = list.OrderByDescending(c => c.Rank).ThenByDescending(c => c.Actor.Id, StringComparer.Ordinal).First();
            var others = list.Where(c => c != slip).ToList();
            diagnostics.Error(DiagnosticCodes.AliasCollision, slip.Location,
                $"{Describe(slip)} '{slip.Form}' of actor '{slip.Actor.Id}' is also {string.Join(" and ", others.Select(c => $"{Describe(c)} of actor '{c.Actor.Id}' ({c.Location})"))}; " +
                "a name or alias may belong to one actor only: remove it from one of them (dispatches naming it are not checked until then)",
                others.Select(c => c.Location).ToList());
        }

        return (byKey, contested);
    }

    private sealed record Claim(Actor Actor, string Form, int Rank, SourceLocation Location);

    private static string Describe(Claim claim) => claim.Rank switch
    {
        0 => "the id",
        1 => "the name",
        2 => "the former id",
        _ => "the alias",
    };

    private static string SlugOfId(string id) => Slugifier.IsValid(id) ? id : Slugifier.Of(id);

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

    private static List<Actor> ResolveParents(List<Actor> actors, Dictionary<string, Actor> byKey, IReadOnlyDictionary<string, FieldLocations> locations, DiagnosticBag diagnostics)
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
                diagnostics.Error(DiagnosticCodes.UnknownParent, locations[actor.Id].Parent,
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
                    diagnostics.Error(DiagnosticCodes.ParentCycle, locations[actor.Id].Parent, $"the parents of '{actor.Id}' form a cycle: {string.Join(" -> ", seen)} -> {current}");
                    break;
                }
            }
        }

        return resolved;
    }
}
