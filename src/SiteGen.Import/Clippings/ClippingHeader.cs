using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Import.Clippings;

/// <summary>
/// The metadata a web clipper writes above the page's text: YAML front matter (Obsidian Web Clipper, MarkDownload)
/// or a block of <c>Key: value</c> lines (Jina Reader's <c>Title:</c>, <c>URL Source:</c>, <c>Published Time:</c>,
/// <c>Markdown Content:</c>, and hand-made captures like it).
/// </summary>
/// <remarks>
/// Read line by line rather than as strict YAML: clippers write simple scalars and lists, and a header that a YAML
/// parser would refuse (an unquoted colon in a title) should still give its title and URL.
/// </remarks>
internal sealed partial record ClippingHeader(IReadOnlyList<ClippingField> Fields, int BodyStart, bool IsFrontMatter)
{
    /// <summary>A key:value block needs this many known keys to be a header rather than the author's first lines.</summary>
    public const int KnownKeysForBlock = 2;

    private static readonly Dictionary<string, ClippingFieldKind> Kinds = new (ClippingFieldKind Kind, string[] Keys)[]
    {
        (ClippingFieldKind.Title, ["title"]),
        (ClippingFieldKind.Url, ["url", "source", "urlsource", "link", "originalurl", "sourceurl", "canonical", "canonicalurl", "permalink"]),
        (ClippingFieldKind.Published, ["published", "publishedtime", "datepublished", "publishdate", "pubdate", "publishedat", "posted", "date"]),
        (ClippingFieldKind.Created, ["created", "clipped", "saved", "dateclipped", "datesaved", "createdat", "captured"]),
        (ClippingFieldKind.Author, ["author", "authors", "by", "byline", "creator"]),
        (ClippingFieldKind.Tags, ["tags", "tag", "keywords", "categories", "category"]),
        (ClippingFieldKind.Description, ["description", "excerpt", "summary"]),
        (ClippingFieldKind.Image, ["image", "cover", "featuredimage"]),
        (ClippingFieldKind.BodyStart, ["markdowncontent"]),
    }.SelectMany(g => g.Keys.Select(k => (Key: k, g.Kind))).ToDictionary(e => e.Key, e => e.Kind, StringComparer.Ordinal);

    /// <summary>The first field of a kind, or null.</summary>
    public ClippingField? Field(ClippingFieldKind kind) => Fields.FirstOrDefault(f => f.Kind == kind && f.Values.Count > 0 && f.Value.Length > 0);

    /// <summary>The header at the top of <paramref name="lines"/>, or null when they start with none.</summary>
    public static ClippingHeader? Read(IReadOnlyList<string> lines)
    {
        var first = 0;
        while (first < lines.Count && lines[first].Trim().Length == 0)
        {
            first++;
        }

        if (first == lines.Count)
        {
            return null;
        }

        return lines[first].TrimEnd() == "---" ? ReadFrontMatter(lines, first) : ReadBlock(lines, first);
    }

    /// <summary>What a header key stands for: case, spaces, hyphens and underscores do not count.</summary>
    public static ClippingFieldKind KindOf(string key)
    {
        var normal = new string(key.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        return Kinds.GetValueOrDefault(normal, ClippingFieldKind.Other);
    }

    private static ClippingHeader? ReadFrontMatter(IReadOnlyList<string> lines, int open)
    {
        var close = -1;
        for (var i = open + 1; i < lines.Count; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                close = i;
                break;
            }
        }

        if (close < 0)
        {
            return null;
        }

        var fields = new List<ClippingField>();
        string? key = null;
        var keyLine = 0;
        var values = new List<string>();
        var folded = new StringBuilder();
        void Flush()
        {
            if (key is not null)
            {
                if (folded.Length > 0)
                {
                    values.Add(folded.ToString().Trim());
                }

                fields.Add(new ClippingField(key, KindOf(key), values.Where(v => v.Length > 0).ToList(), keyLine));
            }

            key = null;
            values = [];
            folded.Clear();
        }

        for (var i = open + 1; i < close; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith('#') || line.Trim().Length == 0)
            {
                continue;
            }

            var entry = YamlEntry().Match(line);
            if (entry.Success)
            {
                Flush();
                key = Unquote(entry.Groups["key"].Value.Trim());
                keyLine = i + 1;
                var value = entry.Groups["value"].Value.Trim();
                if (value is "|" or ">" or "|-" or ">-" or "|+" or ">+")
                {
                    continue;
                }

                values.AddRange(Values(value));
                continue;
            }

            if (key is null)
            {
                continue;
            }

            var item = ListItem().Match(line);
            if (item.Success)
            {
                values.Add(Unquote(item.Groups["value"].Value.Trim()));
            }
            else
            {
                // A block scalar's line, or a plain scalar folded onto the next line.
                folded.Append(' ').Append(line.Trim());
            }
        }

        Flush();
        return new ClippingHeader(fields, close + 1, IsFrontMatter: true);
    }

    private static ClippingHeader? ReadBlock(IReadOnlyList<string> lines, int first)
    {
        var fields = new List<ClippingField>();
        for (var i = first; i < lines.Count; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            var entry = BlockEntry().Match(lines[i]);
            if (!entry.Success || KindOf(entry.Groups["key"].Value) is var kind && kind == ClippingFieldKind.Other && !IsHeaderLike(entry))
            {
                break;
            }

            var key = entry.Groups["key"].Value.Trim();
            fields.Add(new ClippingField(key, kind, Values(entry.Groups["value"].Value.Trim()), i + 1));
            if (kind == ClippingFieldKind.BodyStart)
            {
                break;
            }
        }

        // Unknown keys after the last known one are the author's first lines ("Update: …"), not the header's.
        while (fields.Count > 0 && fields[^1].Kind == ClippingFieldKind.Other)
        {
            fields.RemoveAt(fields.Count - 1);
        }

        var end = fields.Count > 0 ? fields[^1].Line : first;
        var known = fields.Count(f => f.Kind is not ClippingFieldKind.Other and not ClippingFieldKind.BodyStart);
        var named = fields.Any(f => f.Kind is ClippingFieldKind.Title or ClippingFieldKind.Url);
        return known >= KnownKeysForBlock && named ? new ClippingHeader(fields, end, IsFrontMatter: false) : null;
    }

    /// <summary>An unknown key with a short value (a clipper's "Site: …" line) may sit among known ones; prose may not.</summary>
    private static bool IsHeaderLike(Match entry) =>
        entry.Groups["key"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2 && entry.Groups["value"].Value.Length <= 200;

    /// <summary>A scalar, a flow list <c>[a, "b"]</c>, or a comma list of tags; each value unquoted and trimmed.</summary>
    private static List<string> Values(string value)
    {
        if (value.Length == 0)
        {
            return [];
        }

        if (value.StartsWith('[') && value.EndsWith(']'))
        {
            return SplitList(value[1..^1]);
        }

        return [Unquote(value)];
    }

    private static List<string> SplitList(string inner)
    {
        var items = new List<string>();
        var current = new StringBuilder();
        char? quote = null;
        foreach (var ch in inner)
        {
            if (quote is null && ch == ',')
            {
                items.Add(Unquote(current.ToString().Trim()));
                current.Clear();
                continue;
            }

            if (ch is '"' or '\'' && (quote is null || quote == ch))
            {
                quote = quote is null ? ch : null;
            }

            current.Append(ch);
        }

        items.Add(Unquote(current.ToString().Trim()));
        return items.Where(i => i.Length > 0).ToList();
    }

    private static string Unquote(string value)
    {
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
        {
            return value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
        }

        if (value.Length >= 2 && value[0] == '\'' && value[^1] == '\'')
        {
            return value[1..^1].Replace("''", "'", StringComparison.Ordinal);
        }

        // A plain YAML scalar ends before a comment.
        var comment = value.IndexOf(" #", StringComparison.Ordinal);
        return comment >= 0 ? value[..comment].TrimEnd() : value;
    }

    [GeneratedRegex(@"^(?<key>[A-Za-z_][\w -]{0,40}|""[^""]{1,40}""|'[^']{1,40}'):(?:\s+(?<value>.*))?$")]
    private static partial Regex YamlEntry();

    [GeneratedRegex(@"^\s+-\s+(?<value>.*)$|^-\s+(?<value>.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^(?<key>[A-Za-z][A-Za-z ]{0,30}):(?:[ \t]+(?<value>.*))?\s*$")]
    private static partial Regex BlockEntry();
}
