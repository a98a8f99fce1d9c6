using System.Globalization;

namespace SiteGen.Import.Html;

/// <summary>A third-party embed (video, map, chart, post) as the link card the theme shows in its place.</summary>
/// <param name="Provider">The service's name, shown on the card ("YouTube").</param>
/// <param name="Url">The page the card links to, on the provider's site.</param>
/// <param name="Frame">The https address to load in a frame when the reader asks, or null where only a link makes sense.</param>
/// <param name="Title">What the card says the embed is.</param>
/// <param name="Width">The frame's width as the author embedded it (0: unknown), for its proportions.</param>
/// <param name="Height">The frame's height (0: unknown).</param>
internal sealed record Embed(string Provider, string Url, string? Frame, string Title, int Width = 0, int Height = 0)
{
    /// <summary>The card as a Markdown HTML block: one figure, no blank line inside, every value encoded.</summary>
    /// <remarks>
    /// Nothing in it loads from the provider: the frame's address waits in <c>data-embed-src</c> until the reader
    /// presses the button the theme's script adds; without the script the card is a plain link.
    /// </remarks>
    public string ToMarkdown(string caption)
    {
        var figure = $"<figure class=\"embed\" data-embed-provider=\"{Encode(Provider)}\"";
        if (Frame is not null)
        {
            figure += $" data-embed-src=\"{Encode(Frame)}\"";
            if (Width > 0)
            {
                figure += string.Create(CultureInfo.InvariantCulture, $" data-embed-width=\"{Width}\"");
            }

            if (Height > 0)
            {
                figure += string.Create(CultureInfo.InvariantCulture, $" data-embed-height=\"{Height}\"");
            }
        }

        var lines = new List<string>
        {
            figure + ">",
            $"<a class=\"embed-card\" href=\"{Encode(Url)}\"><span class=\"embed-provider\">{Encode(Provider)}</span> <span class=\"embed-title\">{Encode(Title)}</span> <span class=\"embed-url\">{Encode(Shown(Url))}</span></a>",
        };
        if (caption.Trim().Length > 0)
        {
            lines.Add($"<figcaption>{Encode(caption.Trim())}</figcaption>");
        }

        lines.Add("</figure>");
        return string.Join('\n', lines);
    }

    /// <summary>The card as an inline link, where a block cannot stand (a table cell, a heading).</summary>
    public string ToInlineLink() =>
        $"[{MarkdownEscaper.EscapeInline(Provider + ": " + Title)}]({Url.Replace("|", "%7C", StringComparison.Ordinal)})";

    private static string Shown(string url)
    {
        var shown = url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? url[8..] : url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? url[7..] : url;
        shown = shown.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? shown[4..] : shown;
        return shown.Length > 60 ? shown[..59] + "…" : shown;
    }

    // A blank line would end the HTML block and let the rest be read as Markdown. Only what HTML needs is escaped
    // (WebUtility.HtmlEncode would also turn every letter past Latin-1 into a numeric entity, unreadable in the file).
    private static string Encode(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        .Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}
