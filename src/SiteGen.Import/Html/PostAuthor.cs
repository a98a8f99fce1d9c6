using System.Text.Json;
using AngleSharp.Dom;

namespace SiteGen.Import.Html;

/// <summary>The author a saved page names for its post.</summary>
/// <remarks>
/// The page's own word comes first: the byline the theme prints (hAtom's <c>.author .fn</c>, schema.org's
/// <c>itemprop="author"</c>, a <c>rel="author"</c> link), then the Article's author in the page's JSON-LD (Yoast and
/// Rank Math write one), and only then <c>&lt;meta name="author"&gt;</c>. WordPress itself writes no meta author,
/// and a theme that does hard-codes it in its header: Scapegoat names its designer on every page of every blog that
/// uses it. The commenters' names (hAtom too) are never the post's.
/// </remarks>
internal static class PostAuthor
{
    /// <summary>Where the comments are, whose authors are not the post's.</summary>
    public const string Comments = ".comment, .comments, #comments, .comments-area, .comment-list, #respond";

    private const string Bylines = ".entry-meta .author a, .byline .author, a[rel='author'], .wp-block-post-author__name, "
        + ".hentry .author.vcard .fn, .hentry .vcard.author .fn, [itemprop='author'] [itemprop='name'], [itemprop='author'][itemscope] > a";

    public static string? Of(IDocument document) =>
        SavedPageReader.ShownTexts(document, Bylines).FirstOrDefault()
        ?? LinkedDataAuthor(document)
        ?? (document.QuerySelector("meta[name='author']")?.GetAttribute("content")?.Trim() is { Length: > 0 } meta ? meta : null);

    /// <summary>The name of the author of the page's Article (or BlogPosting) in its JSON-LD, following an @id into the @graph.</summary>
    private static string? LinkedDataAuthor(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                var nodes = Nodes(json.RootElement).ToList();
                foreach (var node in nodes.Where(IsArticle))
                {
                    if (!node.TryGetProperty("author", out var author))
                    {
                        continue;
                    }

                    var first = author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().FirstOrDefault() : author;
                    if (Name(first) is { } named)
                    {
                        return named;
                    }

                    if (first.ValueKind == JsonValueKind.Object && first.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String
                        && nodes.FirstOrDefault(n => n.TryGetProperty("@id", out var other) && other.ValueKind == JsonValueKind.String && other.GetString() == id.GetString()) is { ValueKind: JsonValueKind.Object } person
                        && Name(person) is { } linked)
                    {
                        return linked;
                    }
                }
            }
            catch (JsonException)
            {
                // A plugin's broken JSON says nothing about the author; the meta tag still may.
            }
        }

        return null;
    }

    private static IEnumerable<JsonElement> Nodes(JsonElement root) => root.ValueKind switch
    {
        JsonValueKind.Array => root.EnumerateArray().SelectMany(Nodes),
        JsonValueKind.Object when root.TryGetProperty("@graph", out var graph) => Nodes(graph),
        JsonValueKind.Object => [root],
        _ => [],
    };

    private static bool IsArticle(JsonElement node) =>
        node.TryGetProperty("@type", out var type)
        && (type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.ToString()) : [type.ToString()])
            .Any(t => t is "Article" or "BlogPosting" or "NewsArticle" or "Report");

    private static string? Name(JsonElement author) =>
        author.ValueKind == JsonValueKind.String ? Trimmed(author.GetString())
        : author.ValueKind == JsonValueKind.Object && author.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? Trimmed(name.GetString())
        : null;

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
