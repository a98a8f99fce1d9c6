using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Text;

namespace SiteGen.Output;

/// <summary>
/// Warns of every URL the last build published that this one leaves without a page or a redirect (SG0508): a renamed
/// actor or dispatch file, an edited slug or date, a renamed tag. Readers' links, bookmarks and feed subscriptions
/// to it would get a 404 with no word from the build. The warning says what to write, and in which file, to keep it.
/// </summary>
/// <remarks>
/// A file gone and a file new in the same build are likely one file renamed: the new one closest by URL is named as
/// where the fix goes. A dispatch or page held back now (made a draft, dated ahead), and a term only such dispatches
/// carry, are not warned of: they come back with it (<see cref="HeldBack"/>).
/// </remarks>
internal static class LostUrlReporter
{
    public static void Report(PublishedUrls before, PublishedUrls after, Func<string, bool> answered, HeldBack held, UrlOrigins origins, DiagnosticBag diagnostics)
    {
        var lost = before.Entries.Where(e => !answered(e.Url)).ToList();
        if (lost.Count == 0)
        {
            return;
        }

        var sourcesBefore = before.Entries.Where(e => e.Kind is PublishedKind.Dispatch or PublishedKind.Page or PublishedKind.Actor)
            .Select(e => e.Source).ToHashSet(StringComparer.Ordinal);
        var pageOf = after.Entries.Where(e => e.Kind is PublishedKind.Dispatch or PublishedKind.Page or PublishedKind.Actor)
            .GroupBy(e => e.Source, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var kindOf = before.Entries.Where(e => e.Kind is PublishedKind.Dispatch or PublishedKind.Page or PublishedKind.Actor)
            .GroupBy(e => e.Source, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        var added = after.Entries.Where(e => e.Kind is PublishedKind.Dispatch or PublishedKind.Page or PublishedKind.Actor && !sourcesBefore.Contains(e.Source))
            .ToLookup(e => e.Kind);
        var groups = lost.Where(e => e.TermKind is null).GroupBy(e => e.Source, StringComparer.Ordinal).ToList();

        // Each lost page is measured against each new one: a whole archive moved to new files and URLs at once names none.
        var guess = (long)groups.Count * added.Sum(g => g.Count()) <= MaxComparisons;
        var moved = EveryDispatchMoved(before, pageOf);
        if (moved is not null)
        {
            ReportPermalink(moved, origins, diagnostics);
        }

        var whyDateMoved = before.TimeZone.Length > 0 && before.TimeZone != after.TimeZone
            ? $"site.yml's time_zone changed from {before.TimeZone} to {after.TimeZone}, which put its date on another day"
            : "its date changed";
        foreach (var group in groups)
        {
            if (held.Sources.Contains(group.Key) || !kindOf.TryGetValue(group.Key, out var page)
                || (moved is not null && page.Kind == PublishedKind.Dispatch && pageOf.ContainsKey(group.Key)))
            {
                continue;
            }

            var urls = group.Select(e => e.Url).ToList();
            var renamedTo = pageOf.GetValueOrDefault(group.Key);
            var candidate = renamedTo is null && guess ? Closest(page, added[page.Kind]) : null;
            if (page.Kind == PublishedKind.Actor)
            {
                ReportActor(page, urls, renamedTo, candidate, origins, diagnostics);
            }
            else
            {
                ReportPage(page, urls, renamedTo, candidate, origins, whyDateMoved, diagnostics);
            }
        }

        var termsBefore = before.Entries.Where(e => e.TermKind is not null).Select(e => (e.Kind, e.Url)).ToHashSet();
        var newTerms = after.Entries.Where(e => e.TermKind is not null && !termsBefore.Contains((e.Kind, e.Url))).ToLookup(e => e.Kind);
        var lostTerms = lost.Where(e => e.TermKind is { } kind && !held.HoldsTerm(kind, e.Source)).ToList();
        var guessTerms = (long)lostTerms.Count * newTerms.Sum(g => g.Count()) <= MaxComparisons;
        foreach (var term in lostTerms)
        {
            ReportTerm(term, guessTerms ? Closest(term, newTerms[term.Kind]) : null, diagnostics);
        }
    }

    /// <summary>Lost pages times new ones, past which no renamed file is guessed (each guess an edit distance between two URLs).</summary>
    private const long MaxComparisons = 250_000;

    /// <summary>
    /// The old and new URL of each dispatch of both builds when every one is at a new URL, as when site.yml's
    /// <c>permalink</c> changed; else null.
    /// </summary>
    private static List<(string Before, string Now)>? EveryDispatchMoved(PublishedUrls before, Dictionary<string, PublishedUrl> pageOf)
    {
        var kept = before.Entries.Where(e => e.Kind == PublishedKind.Dispatch && pageOf.TryGetValue(e.Source, out var now) && now.Kind == PublishedKind.Dispatch)
            .Select(e => (Before: e.Url, Now: pageOf[e.Source].Url)).ToList();
        return kept.Count < 2 || kept.Any(k => k.Before == k.Now) ? null : kept;
    }

    /// <summary>One warning at site.yml for every dispatch moved, rather than one per dispatch blaming its title or date.</summary>
    private static void ReportPermalink(List<(string Before, string Now)> moved, UrlOrigins origins, DiagnosticBag diagnostics)
    {
        var (first, now) = moved[0];
        diagnostics.Warning(DiagnosticCodes.UrlLost, origins.Permalink,
            $"every dispatch is at a new URL ({moved.Count}: {first} is at {now} now, ...): the permalink pattern changed, and links and bookmarks to the old "
            + "URLs would get a 404; put the old permalink back in site.yml, or keep each old URL in its dispatch's aliases (nothing to do if the site is not published yet)");
    }

    private static void ReportPage(PublishedUrl page, List<string> urls, PublishedUrl? now, PublishedUrl? candidate, UrlOrigins origins, string whyDateMoved, DiagnosticBag diagnostics)
    {
        var what = page.Kind == PublishedKind.Dispatch ? "dispatch" : "page";
        var list = $"aliases: [{string.Join(", ", urls)}]";
        var lost = $"{Join(urls)} {(urls.Count == 1 ? "is" : "are")} no longer published, and links and bookmarks to {(urls.Count == 1 ? "it" : "them")} would get a 404";
        if (now is not null && now.Url == page.Url)
        {
            diagnostics.Warning(DiagnosticCodes.UrlLost, new SourceLocation(page.Source, 1, 1),
                $"{lost}: {(urls.Count == 1 ? "it was an alias" : "they were aliases")} of {page.Source}, taken out of its aliases; " +
                "put it back if old links should still lead there (nothing to do if meant)");
        }
        else if (now is not null)
        {
            // A page's URL is its slug's; a dispatch whose last folder is kept was moved by its date.
            var byDate = page.Kind == PublishedKind.Dispatch && LastFolder(now.Url) == LastFolder(page.Url);
            diagnostics.Warning(DiagnosticCodes.UrlLost, byDate ? origins.DateOf(page.Source) : origins.SlugOf(page.Source),
                $"{lost}: the {what} {page.Source} is at {now.Url} now ({(byDate ? whyDateMoved : "its title or slug changed")}); keep the old URL: add {list} to its front matter");
        }
        else if (candidate is not null)
        {
            diagnostics.Warning(DiagnosticCodes.UrlLost, origins.SlugOf(candidate.Source),
                $"{lost}: {page.Source} is gone, and {candidate.Source} is new in this build, at {candidate.Url}; if it is the same {what} renamed, " +
                $"keep the old URL: add {list} to the front matter of {candidate.Source} (nothing to do if {page.Source} was removed)");
        }
        else
        {
            diagnostics.Warning(DiagnosticCodes.UrlLost, new SourceLocation(page.Source),
                $"{lost}: {page.Source} is gone (a removed {what}: nothing to do if meant; if it moved to another file, add {list} to that file's front matter)");
        }
    }

    private static void ReportActor(PublishedUrl actor, List<string> urls, PublishedUrl? now, PublishedUrl? candidate, UrlOrigins origins, DiagnosticBag diagnostics)
    {
        var formerIds = $"former_ids: [{string.Join(", ", urls.Select(OldId))}]";
        var lost = $"{Join(urls)} and {(urls.Count == 1 ? "its" : "their")} Atom, RSS and JSON feeds are no longer published: links to " +
            $"{(urls.Count == 1 ? "it" : "them")} would get a 404 and feed readers subscribed there would hear no more";
        if (now is not null && now.Url == actor.Url)
        {
            diagnostics.Warning(DiagnosticCodes.UrlLost, new SourceLocation(actor.Source, 1, 1),
                $"{lost}: {(urls.Count == 1 ? "a former id was" : "former ids were")} taken out of {actor.Source}; put back {formerIds} to keep them (nothing to do if meant)");
        }
        else if (now is not null)
        {
            diagnostics.Warning(DiagnosticCodes.UrlLost, origins.SlugOf(actor.Source),
                $"{lost}: the actor {actor.Source} is at {now.Url} now (its slug changed); keep the old URL: add {formerIds} to {actor.Source}");
        }
        else if (candidate is not null)
        {
            diagnostics.Warning(DiagnosticCodes.UrlLost, origins.SlugOf(candidate.Source),
                $"{lost}: {actor.Source} is gone, and {candidate.Source} is new in this build; if it is the same actor renamed, add {formerIds} to " +
                $"{candidate.Source}, which keeps the page and its feeds at the old URLs (nothing to do if {actor.Source} was removed)");
        }
        else
        {
            diagnostics.Warning(DiagnosticCodes.UrlLost, new SourceLocation(actor.Source),
                $"{lost}: {actor.Source} is gone (a removed actor: nothing to do if meant; if its file was renamed, add {formerIds} to the new file)");
        }
    }

    private static void ReportTerm(PublishedUrl term, PublishedUrl? candidate, DiagnosticBag diagnostics)
    {
        var kind = term.TermKind!.Value;
        var singular = TaxonomyKinds.Singular(kind).ToLowerInvariant();
        var key = TaxonomyKinds.Key(kind) == "authors" ? "author" : TaxonomyKinds.Key(kind);
        var renamed = candidate is null ? string.Empty : $"; '{candidate.Source}' is new in this build, at {candidate.Url}";
        var where = kind == TaxonomyKind.Authors
            ? $"keep '{term.Source}' among the authors: site.yml's author (that of every dispatch naming none) or the dispatches' own author"
            : $"keep '{term.Source}' in the {key} of the dispatches beside the new name";
        diagnostics.Warning(DiagnosticCodes.UrlLost, SourceLocation.None,
            $"{term.Url}, the page of the {singular} '{term.Source}', and its feeds are no longer published: no published dispatch has it in its {key} now{renamed}. " +
            $"SiteGen keeps no redirect for a {singular}'s page: if it was renamed and links or subscriptions to it matter, {where} (nothing to do if meant)");
    }

    /// <summary>Of the pages new in this build, the one whose URL is nearest <paramref name="lost"/>'s: where a renamed file likely went.</summary>
    private static PublishedUrl? Closest(PublishedUrl lost, IEnumerable<PublishedUrl> added) =>
        added.MinBy(a => (EditDistance.Compute(lost.Url.ToLowerInvariant(), a.Url.ToLowerInvariant()), a.Source), Comparer<(int, string)>.Create((x, y) =>
            x.Item1 != y.Item1 ? x.Item1.CompareTo(y.Item1) : string.CompareOrdinal(x.Item2, y.Item2)));

    /// <summary>The id whose former_ids entry gives <paramref name="url"/> (<c>/actors/wagner-group/</c>): its last folder.</summary>
    private static string OldId(string url) => url.TrimEnd('/')[(url.TrimEnd('/').LastIndexOf('/') + 1)..];

    private static string LastFolder(string url) => url.TrimEnd('/')[(url.TrimEnd('/').LastIndexOf('/') + 1)..];

    private static string Join(List<string> urls) => urls.Count == 1 ? urls[0] : string.Join(", ", urls[..^1]) + " and " + urls[^1];
}
