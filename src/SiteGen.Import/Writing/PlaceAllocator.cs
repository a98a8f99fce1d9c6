using SiteGen.Diagnostics;
using SiteGen.Import.Links;
using SiteGen.Import.Model;

namespace SiteGen.Import.Writing;

/// <summary>
/// Gives every post of an import a file and a URL no other post of it has, pages and dispatches alike: a post whose
/// URL is taken gets the next numbered slug, as WordPress numbers a slug already taken (<c>about-2</c>), and its old
/// URL redirects to it where no other post is there; a dispatch whose file alone is taken (one slug on two days of a
/// year) keeps its URL in a numbered file. An old URL that is another post's URL or alias redirects nowhere. The files
/// and URLs earlier imports gave other posts are taken too; a post of this import keeps its own.
/// </summary>
internal static class PlaceAllocator
{
    /// <summary>Places the import's posts; <paramref name="earlier"/> holds the posts earlier imports wrote whose files are still there.</summary>
    public static List<PlacedPost> Allocate(IReadOnlyList<PlacedPost> placed, IReadOnlyList<(string Target, PostRecord Post)> earlier, PostPlacer placer, DiagnosticBag diagnostics, Func<string, string> shown)
    {
        var result = placed.ToList();
        var urls = new Dictionary<string, Claim>(StringComparer.OrdinalIgnoreCase);
        var files = new Dictionary<string, Claim>(StringComparer.OrdinalIgnoreCase);
        var aliases = new Dictionary<string, Claim>(StringComparer.OrdinalIgnoreCase);
        foreach (var (target, post) in OthersThan(result, earlier))
        {
            var claim = new Claim(post.Title, shown(target), Earlier: true);
            urls.TryAdd(Url(post.Url), claim);
            files.TryAdd(target, claim);
            foreach (var alias in post.Aliases ?? [])
            {
                aliases.TryAdd(AliasKey(alias), claim);
            }
        }

        // A post an earlier import wrote to this very file keeps it, so that running the imports again as one never
        // swaps two posts' files. Then a post at its own old URL keeps it: one moved anyway (a page renamed
        // "archives-page") is the one numbered. Then a published post before a draft, a page before a post (on a
        // /%postname%/ blog WordPress's page rules come before its post rules, so a page and a post of one slug showed
        // the page), and a slug the blog gave before one made of a title: readers and links knew the published post's
        // URL; the draft without a slug had none.
        var wrote = earlier.DistinctBy(e => e.Target, StringComparer.OrdinalIgnoreCase).ToDictionary(e => e.Target, e => e.Post, StringComparer.OrdinalIgnoreCase);
        var order = Enumerable.Range(0, result.Count)
            .OrderBy(i => wrote.TryGetValue(result[i].TargetPath, out var post) && post.IsSame(PostRecord.Of(result[i].Source, result[i].SitePath)) ? 0 : 1)
            .ThenBy(i => KeepsItsOldUrl(result[i]) ? 0 : 1)
            .ThenBy(i => result[i].Source.Draft ? 1 : 0)
            .ThenBy(i => result[i].Source.Kind == ImportedKind.Page ? 0 : 1)
            .ThenBy(i => result[i].Source.Slug is null ? 1 : 0)
            .ToList();
        foreach (var i in order)
        {
            var place = result[i];
            var number = 1;
            while (urls.TryGetValue(Url(place.SitePath), out var holder))
            {
                place = placer.Place(place.Source, ++number);
                if (!urls.ContainsKey(Url(place.SitePath)))
                {
                    var note = $"{result[i].SitePath} is also the URL of '{holder.Title}' ({holder.Where}), {(holder.Earlier ? "written by an earlier import" : "imported with this one")}: this one is at {place.SitePath}.";
                    place = place with { Document = place.Document with { Notes = [.. place.Document.Notes, note] } };
                    diagnostics.Warning(DiagnosticCodes.ImportTargetClash, new SourceLocation(place.Source.SourcePath),
                        $"{result[i].SitePath} is already the URL of {holder.Where}{(holder.Earlier ? ", written by an earlier import" : string.Empty)}: placed at {place.SitePath} ({shown(place.TargetPath)}) instead; check both");
                }
            }

            place = InFreeFile(place, files, diagnostics, shown);
            var own = new Claim(place.Source.Title, place.Source.SourcePath, Earlier: false);
            urls[Url(place.SitePath)] = own;
            files[place.TargetPath] = own;
            result[i] = place;
        }

        WarnOfSharedIds(result, earlier, diagnostics, shown);
        return WithFreeAliases(WithEarlierPlaces(result, earlier), urls, aliases);
    }

    /// <summary>
    /// A post of this import with the WordPress id of a post an earlier import wrote, and nothing else of it: two posts
    /// (a blog reinstalled on its domain numbers its posts anew), both kept, and the user told which to check.
    /// </summary>
    private static void WarnOfSharedIds(List<PlacedPost> placed, IReadOnlyList<(string Target, PostRecord Post)> earlier, DiagnosticBag diagnostics, Func<string, string> shown)
    {
        var byId = earlier.Where(e => e.Post.IdOnBlog is not null).ToLookup(e => e.Post.IdOnBlog!, StringComparer.Ordinal);
        foreach (var place in placed)
        {
            var record = PostRecord.Of(place.Source, place.SitePath);
            if (record.IdOnBlog is not { } id)
            {
                continue;
            }

            foreach (var (target, post) in byId[id].Where(e => !e.Post.IsSame(record)))
            {
                diagnostics.Warning(DiagnosticCodes.ImportTargetClash, new SourceLocation(place.Source.SourcePath),
                    $"'{place.Source.Title}' has the old blog's id {id}, as '{post.Title}' in {shown(target)} (written by an earlier import) has, but neither their titles, guids nor earlier slugs or days agree: taken as two posts (a blog reinstalled, or two blogs on one host) and both files kept; if it is that post renamed, remove {shown(target)} and import again to move it");
            }
        }
    }

    /// <summary>Whether the post is at the URL it had on the old blog: old links to that URL lead to it.</summary>
    public static bool KeepsItsOldUrl(PlacedPost place) =>
        place.Source.OldPath is { } old && string.Equals(Url(old), Url(place.SitePath), StringComparison.OrdinalIgnoreCase);

    private static string Url(string path) => OldPath.Normalise(path).TrimEnd('/');

    /// <summary>
    /// What an alias claims: its URL, or for an old WordPress id (<c>/?p=12</c>, <c>/?page_id=12</c>) the number alone,
    /// as WordPress numbers posts and pages in one sequence and the build's map of ids holds each number once.
    /// </summary>
    private static string AliasKey(string alias) =>
        alias.Contains('?', StringComparison.Ordinal) && SiteGen.Content.WordPressId.Parse(alias, out _) is { } id ? $"?id={id.Id}" : Url(alias);

    /// <summary>A dispatch of the same slug on another day of the same year: the URL differs, the file is numbered.</summary>
    private static PlacedPost InFreeFile(PlacedPost place, Dictionary<string, Claim> files, DiagnosticBag diagnostics, Func<string, string> shown)
    {
        var target = place.TargetPath;
        for (var n = 2; files.ContainsKey(target); n++)
        {
            target = $"{place.TargetPath[..^".md".Length]}-{n}.md";
        }

        if (target == place.TargetPath)
        {
            return place;
        }

        var holder = files[place.TargetPath];
        diagnostics.Warning(DiagnosticCodes.ImportTargetClash, new SourceLocation(place.Source.SourcePath), holder.Earlier
            ? $"{shown(place.TargetPath)} is where an earlier import wrote '{holder.Title}': written to {Path.GetFileName(target)} instead; check both URLs"
            : $"{shown(place.TargetPath)} is already the target of {holder.Where}: written to {Path.GetFileName(target)} instead; check both URLs");

        // A page's file names its URL, unless its slug says otherwise.
        var document = place.Document.Kind == ImportedKind.Page ? place.Document with { Slug = place.Document.Slug ?? Path.GetFileNameWithoutExtension(place.TargetPath) } : place.Document;
        return place with { TargetPath = target, Document = document };
    }

    /// <summary>
    /// The earlier imports' posts that are not posts of this one: a post imported again gets its place anew, and may
    /// take its own file back.
    /// </summary>
    private static IEnumerable<(string Target, PostRecord Post)> OthersThan(List<PlacedPost> placed, IReadOnlyList<(string Target, PostRecord Post)> earlier)
    {
        if (earlier.Count == 0)
        {
            return [];
        }

        var identities = new PostIndex(placed.Select(p => (p.TargetPath, PostRecord.Of(p.Source, p.SitePath))).ToList());
        return earlier.Where(e => !identities.Same(e.Post).Any());
    }

    /// <summary>
    /// Each post an earlier import wrote (its file still there), found again: the URL and aliases it had there stay its
    /// aliases, so that a post whose date or slug changed on the old blog keeps its old links working here, and where its
    /// place is now another file, it <see cref="PlacedPost.Replaces"/> the earlier one rather than stand beside it as a
    /// second copy. A file one of this import's posts is written to is never replaced, and each only once.
    /// </summary>
    private static List<PlacedPost> WithEarlierPlaces(List<PlacedPost> placed, IReadOnlyList<(string Target, PostRecord Post)> earlier)
    {
        if (earlier.Count == 0)
        {
            return placed;
        }

        var index = new PostIndex(earlier);
        var written = placed.Select(p => p.TargetPath).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var replaced = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return placed.Select(place =>
        {
            var same = index.Same(PostRecord.Of(place.Source, place.SitePath)).ToList();
            if (same.Count == 0)
            {
                return place;
            }

            var (target, post) = same.FirstOrDefault(e => string.Equals(e.Target, place.TargetPath, StringComparison.OrdinalIgnoreCase)) is { Target: not null } own ? own : same[0];
            var before = new[] { post.Url }.Concat(post.Aliases ?? [])
                .Where(a => !string.Equals(AliasKey(a), Url(place.SitePath), StringComparison.OrdinalIgnoreCase)
                    && !place.Document.Aliases.Any(kept => string.Equals(AliasKey(kept), AliasKey(a), StringComparison.OrdinalIgnoreCase)))
                .DistinctBy(AliasKey, StringComparer.OrdinalIgnoreCase)
                .ToList();
            var moved = !written.Contains(target) && replaced.Add(target) ? target : null;
            return before.Count == 0 && moved is null ? place
                : place with { Document = place.Document with { Aliases = [.. place.Document.Aliases, .. before] }, Replaces = moved };
        }).ToList();
    }

    /// <summary>
    /// Each post's aliases that no post holds as its URL and no other post claims. Where posts of this import claim one
    /// old URL, the one WordPress answered it with keeps it (<c>wp_old_slug_redirect</c>, which only runs where no live
    /// post is at the URL): a post's own old URL first, then an earlier slug on the post's day, then an earlier day, then
    /// both (<see cref="EarlierPermalinkQuery"/>); of two posts one query finds, which names no order, the lower id.
    /// Other claims go in the order the posts were given.
    /// </summary>
    private static List<PlacedPost> WithFreeAliases(List<PlacedPost> placed, Dictionary<string, Claim> urls, Dictionary<string, Claim> aliases)
    {
        var holders = placed
            .SelectMany((place, index) => place.Document.Aliases.Select(alias => (Key: AliasKey(alias), Query: QueryOf(place.Source, alias), place.Source.OldId, Index: index)))
            .GroupBy(c => c.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.Query).ThenBy(c => c.Query > 0 && c.OldId > 0 ? c.OldId : 0).ThenBy(c => c.Index).First().Index, StringComparer.OrdinalIgnoreCase);
        return placed.Select((place, index) =>
        {
            var kept = new List<string>();
            var notes = place.Document.Notes.ToList();
            var own = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var alias in place.Document.Aliases)
            {
                var url = AliasKey(alias);
                if (!own.Add(url))
                {
                    continue;
                }

                if (urls.TryGetValue(url, out var other))
                {
                    notes.Add($"The old URL {alias} is where '{other.Title}' ({other.Where}) is now, so it cannot redirect to this one.");
                    continue;
                }

                if (aliases.TryGetValue(url, out other))
                {
                    notes.Add($"The old URL {alias} redirects to '{other.Title}' ({other.Where}), so it cannot redirect to this one too.");
                    continue;
                }

                if (holders[url] != index)
                {
                    var holder = placed[holders[url]].Source;
                    notes.Add($"The old URL {alias} redirects to '{holder.Title}' ({holder.SourcePath}), so it cannot redirect to this one too.");
                    continue;
                }

                kept.Add(alias);
            }

            return kept.Count == place.Document.Aliases.Count ? place : place with { Document = place.Document with { Aliases = kept, Notes = notes } };
        }).ToList();
    }

    /// <summary>The query by which WordPress found the post at <paramref name="alias"/>: 0 for the post's own old URL, its pages and its id.</summary>
    private static int QueryOf(ImportedPost post, string alias) =>
        post.EarlierPermalinks.Where(e => string.Equals(OldPath.Normalise(e.Path), alias, StringComparison.OrdinalIgnoreCase))
            .Select(e => (int)e.Query).DefaultIfEmpty(0).Min();

    /// <summary>Who holds a URL or file: a post of this import (where its input is) or of an earlier one (its file).</summary>
    private sealed record Claim(string Title, string Where, bool Earlier);
}
