using SiteGen.Diagnostics;
using SiteGen.Import.Links;
using SiteGen.Import.Model;

namespace SiteGen.Import.Writing;

/// <summary>
/// Gives every post of an import a file and a URL no other post of it has, pages and dispatches alike: a post whose
/// URL is taken gets the next numbered slug, as WordPress numbers a slug already taken (<c>about-2</c>), and its old
/// URL redirects to it where no other post is there; a dispatch whose file alone is taken (one slug on two days of a
/// year) keeps its URL in a numbered file. An old URL that is another post's URL or alias redirects nowhere.
/// </summary>
internal static class PlaceAllocator
{
    public static List<PlacedPost> Allocate(IReadOnlyList<PlacedPost> placed, PostPlacer placer, DiagnosticBag diagnostics, Func<string, string> shown)
    {
        var result = placed.ToList();
        var urls = new Dictionary<string, PlacedPost>(StringComparer.OrdinalIgnoreCase);
        var files = new Dictionary<string, PlacedPost>(StringComparer.OrdinalIgnoreCase);

        // A post at its own old URL keeps it: one moved anyway (a page renamed "archives-page") is the one numbered.
        // Then a published post before a draft, a page before a post (on a /%postname%/ blog WordPress's page rules
        // come before its post rules, so a page and a post of one slug showed the page), and a slug the blog gave
        // before one made of a title: readers and links knew the published post's URL; the draft without a slug had none.
        var order = Enumerable.Range(0, result.Count)
            .OrderBy(i => KeepsItsOldUrl(result[i]) ? 0 : 1)
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
                    var note = $"{result[i].SitePath} is also the URL of '{holder.Source.Title}' ({holder.Source.SourcePath}), imported with this one: this one is at {place.SitePath}.";
                    place = place with { Document = place.Document with { Notes = [.. place.Document.Notes, note] } };
                    diagnostics.Warning(DiagnosticCodes.ImportTargetClash, new SourceLocation(place.Source.SourcePath),
                        $"{result[i].SitePath} is already the URL of {holder.Source.SourcePath}: placed at {place.SitePath} ({shown(place.TargetPath)}) instead; check both");
                }
            }

            place = InFreeFile(place, files, diagnostics, shown);
            urls[Url(place.SitePath)] = place;
            files[place.TargetPath] = place;
            result[i] = place;
        }

        return WithFreeAliases(result, urls);
    }

    /// <summary>Whether the post is at the URL it had on the old blog: old links to that URL lead to it.</summary>
    public static bool KeepsItsOldUrl(PlacedPost place) =>
        place.Source.OldPath is { } old && string.Equals(Url(old), Url(place.SitePath), StringComparison.OrdinalIgnoreCase);

    private static string Url(string path) => OldPath.Normalise(path).TrimEnd('/');

    /// <summary>A dispatch of the same slug on another day of the same year: the URL differs, the file is numbered.</summary>
    private static PlacedPost InFreeFile(PlacedPost place, Dictionary<string, PlacedPost> files, DiagnosticBag diagnostics, Func<string, string> shown)
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

        diagnostics.Warning(DiagnosticCodes.ImportTargetClash, new SourceLocation(place.Source.SourcePath),
            $"{shown(place.TargetPath)} is already the target of {files[place.TargetPath].Source.SourcePath}: written to {Path.GetFileName(target)} instead; check both URLs");

        // A page's file names its URL, unless its slug says otherwise.
        var document = place.Document.Kind == ImportedKind.Page ? place.Document with { Slug = place.Document.Slug ?? Path.GetFileNameWithoutExtension(place.TargetPath) } : place.Document;
        return place with { TargetPath = target, Document = document };
    }

    private static List<PlacedPost> WithFreeAliases(List<PlacedPost> placed, Dictionary<string, PlacedPost> urls)
    {
        var aliases = new Dictionary<string, PlacedPost>(StringComparer.OrdinalIgnoreCase);
        return placed.Select(place =>
        {
            var kept = new List<string>();
            var notes = place.Document.Notes.ToList();
            foreach (var alias in place.Document.Aliases)
            {
                var url = Url(alias);
                if (urls.TryGetValue(url, out var other))
                {
                    notes.Add($"The old URL {alias} is where '{other.Source.Title}' ({other.Source.SourcePath}) is now, so it cannot redirect to this one.");
                    continue;
                }

                if (aliases.TryGetValue(url, out other))
                {
                    notes.Add($"The old URL {alias} redirects to '{other.Source.Title}' ({other.Source.SourcePath}), so it cannot redirect to this one too.");
                    continue;
                }

                aliases[url] = place;
                kept.Add(alias);
            }

            return kept.Count == place.Document.Aliases.Count ? place : place with { Document = place.Document with { Aliases = kept, Notes = notes } };
        }).ToList();
    }
}
