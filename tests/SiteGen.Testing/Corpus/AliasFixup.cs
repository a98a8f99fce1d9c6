using System.Text;
using System.Text.Json;

namespace SiteGen.Testing.Corpus;

/// <summary>
/// The one change made to gen_corpus.py's SiteGen site before it is built (by the benchmark harness and the robustness
/// tests): alias entries that more than one actor file claims are removed from every file that claims them.
/// </summary>
/// <remarks>
/// gen_corpus.py writes an actor's ASCII-folded name as its alias, and folding drops Cyrillic letters, so
/// "Uładzimir Бондар" and "Uładzimir Казлоўскі" both get the alias "Uadzimir ". SiteGen rejects a name claimed by
/// two actors, so the corpus would not build as written. Aliases are compared case-blind after folding to ASCII
/// and collapsing white space; an actor left with no alias loses its <c>aliases:</c> key. Nothing else changes.
/// </remarks>
public static class AliasFixup
{
    private const string AliasesKey = "aliases:";
    private const string EntryPrefix = "  - ";

    /// <summary>Rewrites the actor files under <paramref name="actorsFolder"/>; returns what it removed.</summary>
    public static AliasFixupResult Apply(string actorsFolder)
    {
        var files = Directory.GetFiles(actorsFolder, "*.md").Order(StringComparer.Ordinal).ToList();
        var parsed = files.ToDictionary(f => f, f => ActorFile.Read(File.ReadAllText(f, Encoding.UTF8)), StringComparer.Ordinal);

        var owners = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (file, actor) in parsed)
        {
            foreach (var alias in actor.Aliases)
            {
                var key = Key(alias.Value);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!owners.TryGetValue(key, out var set))
                {
                    owners[key] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(file);
            }
        }

        var shared = owners.Where(o => o.Value.Count > 1).Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
        var removed = 0;
        var changed = 0;
        foreach (var (file, actor) in parsed)
        {
            var drop = actor.Aliases.Where(a => shared.Contains(Key(a.Value))).ToList();
            if (drop.Count == 0)
            {
                continue;
            }

            File.WriteAllText(file, actor.Without(drop), new UTF8Encoding(false));
            removed += drop.Count;
            changed++;
        }

        return new AliasFixupResult(removed, changed, shared.Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>The comparison key: ASCII letters only (compatibility decomposition, marks and non-Latin letters dropped), lower case, white space collapsed.</summary>
    public static string Key(string alias)
    {
        var builder = new StringBuilder(alias.Length);
        foreach (var ch in alias.Normalize(NormalizationForm.FormKD))
        {
            if (ch < 0x80)
            {
                builder.Append(char.ToLowerInvariant(ch));
            }
        }

        return string.Join(' ', builder.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>An actor file as lines, with the line numbers of its alias entries in the front matter.</summary>
    private sealed record ActorFile(string[] Lines, int AliasesLine, IReadOnlyList<(int Line, string Value)> Aliases)
    {
        public static ActorFile Read(string text)
        {
            var lines = text.Split('\n');
            var aliases = new List<(int, string)>();
            var aliasesLine = -1;
            if (lines.Length == 0 || lines[0].TrimEnd('\r') != "---")
            {
                return new ActorFile(lines, aliasesLine, aliases);
            }

            for (var i = 1; i < lines.Length && lines[i].TrimEnd('\r') != "---"; i++)
            {
                if (lines[i].TrimEnd('\r') != AliasesKey)
                {
                    continue;
                }

                aliasesLine = i;
                for (var j = i + 1; j < lines.Length && lines[j].StartsWith(EntryPrefix, StringComparison.Ordinal); j++)
                {
                    aliases.Add((j, Scalar(lines[j][EntryPrefix.Length..].TrimEnd('\r'))));
                }
            }

            return new ActorFile(lines, aliasesLine, aliases);
        }

        public string Without(IReadOnlyList<(int Line, string Value)> drop)
        {
            var skip = drop.Select(d => d.Line).ToHashSet();
            if (drop.Count == Aliases.Count)
            {
                skip.Add(AliasesLine);
            }

            return string.Join('\n', Lines.Where((_, i) => !skip.Contains(i)));
        }

        /// <summary>gen_corpus.py writes JSON strings, which are YAML double-quoted scalars; anything else is taken as written.</summary>
        private static string Scalar(string text) =>
            text.StartsWith('"') ? JsonSerializer.Deserialize<string>(text) ?? "" : text.Trim();
    }
}
