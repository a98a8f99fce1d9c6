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
    /// <remarks>
    /// A pattern whose text this post changed (WordPress 6.6's overrides, the block's <c>content</c> attribute) is put
    /// in with its own text, which the post's replaced, and its id added to <paramref name="overridden"/>.
    /// </remarks>
    public static string Inline(string content, IReadOnlyDictionary<long, WxrItem> patterns, ICollection<long> missing, ICollection<long> overridden) =>
        Inline(content, patterns, missing, overridden, []);

    private static string Inline(string content, IReadOnlyDictionary<long, WxrItem> patterns, ICollection<long> missing, ICollection<long> overridden, HashSet<long> open)
    {
        if (!content.Contains("wp:block", StringComparison.Ordinal) && !content.Contains("wp:core/block", StringComparison.Ordinal))
        {
            return content;
        }

        return Reference().Replace(content, match =>
        {
            if (Ref(match.Groups["attributes"].Value) is not { } id)
            {
                return match.Value;
            }

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

            if (HasOverrides(match.Groups["attributes"].Value))
            {
                overridden.Add(id);
            }

            if (open.Count >= MaxDepth || !open.Add(id))
            {
                return string.Empty;
            }

            var blocks = Inline(pattern.Content, patterns, missing, overridden, open);
            open.Remove(id);
            return blocks;
        });
    }

    /// <summary>The pattern's id in the block's attributes (<c>{"ref":12}</c>), or null when they name none.</summary>
    private static long? Ref(string attributes)
    {
        try
        {
            using var json = JsonDocument.Parse(attributes);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("ref", out var value)
                && value.ValueKind == JsonValueKind.Number
                && value.TryGetInt64(out var id) && id > 0 ? id : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool HasOverrides(string attributes)
    {
        using var json = JsonDocument.Parse(attributes);
        return json.RootElement.TryGetProperty("content", out var overrides) && overrides.ValueKind == JsonValueKind.Object && overrides.EnumerateObject().Any();
    }

    // The block is void (self-closing); Gutenberg before WordPress 5.0 wrote its name as core/block.
    [GeneratedRegex(@"<!--\s*wp:(?:core/)?block\s+(?<attributes>\{.*?\})\s*/-->", RegexOptions.Singleline)]
    private static partial Regex Reference();
}
