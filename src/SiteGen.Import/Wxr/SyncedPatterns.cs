using System.Text.Json;
using System.Text.RegularExpressions;

namespace SiteGen.Import.Wxr;

/// <summary>
/// WordPress's synced patterns (reusable blocks): a post holds only <c>&lt;!-- wp:block {"ref":12} /--&gt;</c>, and the
/// pattern's blocks are the <c>wp_block</c> record 12 of the export. WordPress shows them in the post, so they are put
/// in its place before the post is converted.
/// </summary>
internal static partial class SyncedPatterns
{
    // A pattern may hold another; WordPress stops a loop at the first repeat, and so does this.
    private const int MaxDepth = 16;

    /// <summary>
    /// The content with each synced pattern's blocks in its place; a pattern the export does not hold is taken out and
    /// its id added to <paramref name="missing"/>.
    /// </summary>
    /// <remarks>A pattern whose text this post changed for itself (pattern overrides) is put in with the post's text.</remarks>
    public static string Inline(string content, IReadOnlyDictionary<long, WxrItem> patterns, ICollection<long> missing) =>
        Inline(content, patterns, missing, []);

    private static string Inline(string content, IReadOnlyDictionary<long, WxrItem> patterns, ICollection<long> missing, HashSet<long> open)
    {
        if (!content.Contains("wp:block", StringComparison.Ordinal) && !content.Contains("wp:core/block", StringComparison.Ordinal))
        {
            return content;
        }

        return Reference().Replace(content, match =>
        {
            if (ReferenceOf(match.Groups["attributes"].Value) is not { } reference)
            {
                return match.Value;
            }

            var (id, overrides) = reference;
            if (!patterns.TryGetValue(id, out var pattern))
            {
                missing.Add(id);
                return string.Empty;
            }

            // WordPress shows a pattern only once it is published and has no password: a draft's text never showed.
            if (pattern.Status != "publish" || pattern.Password.Length > 0)
            {
                return string.Empty;
            }

            if (open.Count >= MaxDepth || !open.Add(id))
            {
                return string.Empty;
            }

            // The overrides are the post's for this pattern's own blocks, not for those of a pattern inside it.
            var blocks = Inline(PatternOverrides.Apply(pattern.Content, overrides), patterns, missing, open);
            open.Remove(id);
            return blocks;
        });
    }

    /// <summary>
    /// The pattern's id in the block's attributes (<c>{"ref":12}</c>) and the post's overrides of its text, or null
    /// when they name no pattern.
    /// </summary>
    private static (long Id, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Overrides)? ReferenceOf(string attributes)
    {
        try
        {
            using var json = JsonDocument.Parse(attributes);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("ref", out var value)
                && value.ValueKind == JsonValueKind.Number
                && value.TryGetInt64(out var id) && id > 0 ? (id, PatternOverrides.Of(json.RootElement)) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // The block is void (self-closing); Gutenberg before WordPress 5.0 wrote its name as core/block.
    [GeneratedRegex(@"<!--\s*wp:(?:core/)?block\s+(?<attributes>\{.*?\})\s*/-->", RegexOptions.Singleline)]
    private static partial Regex Reference();
}
