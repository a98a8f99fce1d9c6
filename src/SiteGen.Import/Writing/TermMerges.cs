using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Import.Model;
using SiteGen.Text;

namespace SiteGen.Import.Writing;

/// <summary>
/// Terms the old blog kept apart that are one here. SiteGen's tags, categories and authors are their names, so two
/// of one name (News under Europe and News under Asia, slugs <c>news</c> and <c>news-2</c>) become one term whose page
/// every old URL of both leads to; the report says so, and how to keep them apart.
/// </summary>
internal static class TermMerges
{
    /// <param name="written">Each written dispatch, its target as shown and its text.</param>
    /// <param name="config">Where the site's term pages are.</param>
    public static IReadOnlyList<MergedTerm> Find(IEnumerable<(PlacedPost Post, string Target, string Text)> written, SiteConfig config)
    {
        // By the site's term, then by the old term's own slug (unique among its kind on WordPress) in the order met.
        var terms = new Dictionary<(TaxonomyKind Kind, string Slug), (string Name, Dictionary<string, (string Path, List<string> Files, SourceLocation Entry)> Old)>();
        foreach (var (post, target, text) in written)
        {
            foreach (var (kind, name, slug) in post.Source.OldSlugs.Where(s => Kept(post.Document, s.Kind, s.Name)))
            {
                if (TermSlug.Of(name) is not { } own)
                {
                    continue;
                }

                if (!terms.TryGetValue((kind, own), out var term))
                {
                    terms[(kind, own)] = term = (name, new Dictionary<string, (string, List<string>, SourceLocation)>(StringComparer.Ordinal));
                }

                var leaf = slug[(slug.LastIndexOf('/') + 1)..];
                if (!term.Old.TryGetValue(leaf, out var old))
                {
                    term.Old[leaf] = old = (slug, [], Entry(target, text, kind, slug));
                }

                if (!old.Files.Contains(target, StringComparer.Ordinal))
                {
                    old.Files.Add(target);
                }
            }
        }

        return terms.Where(t => t.Value.Old.Count > 1)
            .Select(t => new MergedTerm(t.Key.Kind, t.Value.Name, $"/{config.Taxonomies.Folder(t.Key.Kind)}/{t.Key.Slug}/",
                t.Value.Old.Values.Select(o => ($"/{TaxonomyKinds.WordPressFolder(t.Key.Kind)}/{o.Path}/", (IReadOnlyList<string>)o.Files)).ToList())
            {
                Entry = t.Value.Old.Values.Last().Entry,
            })
            .OrderBy(m => m.Kind).ThenBy(m => m.SitePath, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The warning: which old terms are one here, and how to keep them apart (at a file of the last one).</summary>
    public static string Advice(MergedTerm merged)
    {
        var (kind, key) = (TaxonomyKinds.Singular(merged.Kind).ToLowerInvariant(), TaxonomyKinds.Key(merged.Kind));
        return $"the old blog had {merged.Old.Count} {TaxonomyKinds.Plural(merged.Kind).ToLowerInvariant()} named '{merged.Name}' ({string.Join(", ", merged.Old.Select(o => o.OldPath))}): "
            + $"they are one {kind} here, {merged.SitePath}, and every old URL of each leads to it; to keep them apart, give the one at {merged.Old[^1].OldPath} another name "
            + $"in the '{key}:' and 'wordpress_slugs:' of its dispatches (this one, and any other the import report lists)";
    }

    /// <summary>
    /// Where <paramref name="text"/>, a dispatch as written, gives <paramref name="slug"/> in its <c>wordpress_slugs</c>
    /// (the value of its name's entry, alone or in a list); the file alone when it does not.
    /// </summary>
    private static SourceLocation Entry(string path, string text, TaxonomyKind kind, string slug)
    {
        var lines = text.Split('\n');
        var value = YamlScalar.PlainPathOrQuoted(slug);
        var block = Array.IndexOf(lines, "wordpress_slugs:");
        var inKind = false;
        for (var i = block + 1; block >= 0 && i < lines.Length && lines[i].StartsWith("  ", StringComparison.Ordinal); i++)
        {
            if (!lines[i].StartsWith("    ", StringComparison.Ordinal))
            {
                inKind = lines[i] == $"  {TaxonomyKinds.Key(kind)}:";
                continue;
            }

            for (var at = lines[i].IndexOf(value, StringComparison.Ordinal); inKind && at > 0; at = lines[i].IndexOf(value, at + 1, StringComparison.Ordinal))
            {
                var end = at + value.Length;
                if (lines[i][at - 1] is ' ' or '[' && (end == lines[i].Length || lines[i][end] is ',' or ']'))
                {
                    return new SourceLocation(path, i + 1, at + 1);
                }
            }
        }

        return new SourceLocation(path);
    }

    private static bool Kept(PostDocument document, TaxonomyKind kind, string name) => kind switch
    {
        TaxonomyKind.Tags => document.Tags.Contains(name, StringComparer.OrdinalIgnoreCase),
        TaxonomyKind.Categories => document.Categories.Contains(name, StringComparer.OrdinalIgnoreCase),
        _ => document.Author == name || document.CoAuthors.Contains(name),
    };
}
