using SiteGen.Import.Model;

namespace SiteGen.Import.Writing;

/// <summary>
/// A file an earlier import wrote from a saved page, clipping or scraped text of a post, which the export's copy of the
/// post replaces: the front-matter fields it held that the export's copy has not (a lead image, a summary).
/// </summary>
internal sealed record ReplacedCopy(ImportedSource From, IReadOnlyList<string> FieldsLost)
{
    // The fields that carry the post's own material; the rest (date, slug, aliases, draft, guid) the export gives anew.
    private static readonly string[] Material = ["summary", "author", "series", "actors", "categories", "tags", "image"];

    /// <summary>The copy at <paramref name="path"/>, compared with <paramref name="replacement"/>; null where there is no file.</summary>
    public static ReplacedCopy? Read(string path, ImportedSource from, string replacement)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var kept = Fields(replacement).ToHashSet(StringComparer.Ordinal);
        return new ReplacedCopy(from, Fields(File.ReadAllText(path)).Where(f => Material.Contains(f) && !kept.Contains(f)).ToList());
    }

    /// <summary>What the input was, as a message names it.</summary>
    public string Input => From switch
    {
        ImportedSource.SavedPage => "saved page",
        ImportedSource.Clipping => "clipping",
        ImportedSource.Text => "scraped text",
        _ => "export",
    };

    /// <summary>The top-level keys of a file's front matter, in order.</summary>
    private static IEnumerable<string> Fields(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        if (lines[0] != "---")
        {
            yield break;
        }

        foreach (var line in lines.Skip(1).TakeWhile(l => l != "---"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].All(c => char.IsAsciiLetterLower(c) || c == '_'))
            {
                yield return line[..colon];
            }
        }
    }
}
