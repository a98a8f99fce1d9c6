using SiteGen.Actors;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.IO;

namespace SiteGen.Authoring;

/// <summary>
/// What a site holds, for <c>sitegen list</c>: the dispatches waiting (drafts, and those dated ahead with the time
/// they go live), and what exists (actors and tags, each with the number of published dispatches naming it).
/// </summary>
public sealed record SiteInventory(
    TimeZoneInfo TimeZone,
    IReadOnlyList<Dispatch> Drafts,
    IReadOnlyList<Dispatch> Scheduled,
    IReadOnlyList<(Actor Actor, int Count)> Actors,
    IReadOnlyList<(string Tag, int Count)> Tags)
{
    /// <summary>Reads the site as a build would, drafts and future dispatches included, and sorts what it found.</summary>
    public static SiteInventory Take(IFileSource source, DateTimeOffset now, DiagnosticBag diagnostics)
    {
        var config = ConfigLoader.Load(source, diagnostics);
        var actorFolder = config.ContentPath(ActorLoader.Folder);
        var registry = ActorLoader.Load(source, actorFolder, diagnostics);
        var content = ContentLoader.Load(source, config, new BuildOptions { IncludeDrafts = true, IncludeFuture = true, Now = now }, diagnostics);
        var drafts = content.Dispatches.Where(d => d.Draft).OrderBy(d => d.Date).ThenBy(d => d.SourcePath, StringComparer.Ordinal).ToList();
        var scheduled = content.Dispatches.Where(d => !d.Draft && d.Date > now).OrderBy(d => d.Date).ThenBy(d => d.SourcePath, StringComparer.Ordinal).ToList();

        // Unknown actors as a build reports them: an error in a dispatch it publishes, a warning naming the day in
        // one scheduled, nothing in a draft.
        var published = ActorResolver.Resolve(content.Dispatches.Where(d => !d.Draft && d.Date <= now).ToList(), registry, actorFolder, diagnostics);
        ActorResolver.Check(scheduled.SelectMany(d => d.ActorNames.Select(n => (n, (DateTimeOffset?)d.Date))), registry, actorFolder, diagnostics);
        var actorCounts = published.SelectMany(d => d.Actors).GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var actors = registry.Actors
            .Select(a => (Actor: a, Count: actorCounts.GetValueOrDefault(a.Id)))
            .OrderByDescending(a => a.Count).ThenBy(a => a.Actor.Id, StringComparer.Ordinal)
            .ToList();
        var tags = published.SelectMany(d => d.Tags)
            .GroupBy(t => t, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Tag: g.First(), Count: g.Count()))
            .OrderByDescending(t => t.Count).ThenBy(t => t.Tag, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new SiteInventory(config.TimeZone, drafts, scheduled, actors, tags);
    }
}
