using System.Net;
using System.Text;
using System.Text.Json;

namespace SiteGen.Import.Wxr;

/// <summary>Gutenberg's footnotes: the notes live in the post's <c>footnotes</c> meta, the text holds only their anchors.</summary>
/// <remarks>
/// The footnotes block (<c>&lt;!-- wp:footnotes /--&gt;</c>) is dynamic: WordPress renders the list from the meta on
/// every view, so the export's text has none of it. It is rendered here the way WordPress does (an ordered list of
/// <c>&lt;li id="…"&gt;</c> with a way back) for the converter to find like any hand-made footnote.
/// </remarks>
internal static class BlockFootnotes
{
    public static string Render(string html, string? meta)
    {
        if (string.IsNullOrWhiteSpace(meta))
        {
            return html;
        }

        var notes = Parse(meta);
        if (notes.Count == 0)
        {
            return html;
        }

        var list = new StringBuilder("<ol class=\"wp-block-footnotes\">");
        foreach (var (id, content) in notes)
        {
            var encoded = WebUtility.HtmlEncode(id);
            list.Append($"<li id=\"{encoded}\">{content} <a href=\"#{encoded}-link\">↩︎</a></li>");
        }

        list.Append("</ol>");
        const string Block = "<!-- wp:footnotes /-->";
        var at = html.IndexOf(Block, StringComparison.Ordinal);
        return at < 0 ? html + "\n\n" + list : html[..at] + list + html[(at + Block.Length)..];
    }

    private static List<(string Id, string Content)> Parse(string meta)
    {
        var notes = new List<(string, string)>();
        try
        {
            using var document = JsonDocument.Parse(meta);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return notes;
            }

            foreach (var note in document.RootElement.EnumerateArray())
            {
                if (note.ValueKind == JsonValueKind.Object
                    && note.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } key
                    && note.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.String)
                {
                    notes.Add((key, content.GetString() ?? string.Empty));
                }
            }
        }
        catch (JsonException)
        {
            // Not the block editor's footnotes (another plugin's meta of the same name): the text stays as it is.
        }

        return notes;
    }
}
