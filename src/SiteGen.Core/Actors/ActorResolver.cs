using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Actors;

/// <summary>Resolves each dispatch's <c>actors:</c> names through the registry; an unknown name is an error with suggestions.</summary>
internal static class ActorResolver
{
    public static Dispatch[] Resolve(IReadOnlyList<Dispatch> dispatches, ActorRegistry registry, string actorFolder, DiagnosticBag diagnostics)
    {
        var result = new Dispatch[dispatches.Count];

        // Thousands of dispatches name the same few hundred actors the same few ways: fold each way once.
        var resolved = new System.Collections.Concurrent.ConcurrentDictionary<string, Actor?>(StringComparer.Ordinal);
        Parallel.For(0, dispatches.Count, i =>
        {
            var dispatch = dispatches[i];
            if (dispatch.ActorNames.Count == 0)
            {
                result[i] = dispatch;
                return;
            }

            var actors = new List<Actor>(dispatch.ActorNames.Count);
            foreach (var (name, location) in dispatch.ActorNames)
            {
                if (!resolved.TryGetValue(name, out var actor))
                {
                    actor = resolved.GetOrAdd(name, registry.Resolve(name));
                }

                if (actor is null)
                {
                    ReportUnknown(name, location, registry, actorFolder, diagnostics);
                    continue;
                }

                if (!actors.Contains(actor))
                {
                    actors.Add(actor);
                }
            }

            result[i] = dispatch with { Actors = actors };
        });
        return result;
    }

    /// <summary>
    /// Reports the unknown names among <paramref name="names"/>, the <c>actors:</c> of dispatches this build does not
    /// publish. One dated ahead publishes later without another edit, maybe in an unattended build: a warning now
    /// (an error would hold back every other dispatch until then), the error on its day. One refused for a field
    /// error is reported whole.
    /// </summary>
    public static void Check(IEnumerable<(NamedReference Name, DateTimeOffset? Due)> names, ActorRegistry registry, string actorFolder, DiagnosticBag diagnostics)
    {
        foreach (var ((name, location), due) in names)
        {
            if (registry.Resolve(name) is null)
            {
                ReportUnknown(name, location, registry, actorFolder, diagnostics, due);
            }
        }
    }

    private static void ReportUnknown(string name, Diagnostics.SourceLocation location, ActorRegistry registry, string actorFolder, DiagnosticBag diagnostics, DateTimeOffset? due = null)
    {
        // A name two actors claim is already an error at the claim (SG0302); every dispatch using it repeating that
        // as "unknown" would bury it.
        if (registry.IsContested(name))
        {
            return;
        }

        if (due is { } date)
        {
            diagnostics.Warning(DiagnosticCodes.UnknownActor, location,
                $"unknown actor '{name}' in a dispatch scheduled for {date:yyyy-MM-dd HH:mm zzz}: the build of that day will fail on it{Hint(name, registry, actorFolder)}");
        }
        else
        {
            diagnostics.Error(DiagnosticCodes.UnknownActor, location, $"unknown actor '{name}'{Hint(name, registry, actorFolder)}");
        }
    }

    /// <summary>What to do about an unknown actor name: the closest ids, or where to register it.</summary>
    public static string Hint(string name, ActorRegistry registry, string actorFolder)
    {
        var suggestions = registry.Suggest(name);
        if (suggestions.Count > 0)
        {
            return $"; did you mean {string.Join(", ", suggestions.Select(s => $"'{s}'"))}?";
        }

        // An id is what a file renamed leaves behind: former_ids keeps its page and feeds too, which an alias does not.
        return Text.Slugifier.IsValid(name)
            ? $"; add {actorFolder}/{name}.md to register it, or, if that actor's file was renamed, add former_ids: [{name}] to its new file, which keeps its old page and feeds as well"
            : $"; add {actorFolder}/<id>.md to register it, or, if an actor was renamed, add this old name to its aliases";
    }
}
