using AngleSharp.Dom;

namespace SiteGen.Import.Html;

/// <summary>
/// PHP's own error messages that a blog's server printed into the page it served ("<b>Warning</b>: mysql_...()
/// ... in <b>/www/.../plugin.php</b> on line <b>299</b>"), often before the page's first tag, where a browser
/// shows them at the top of the body: the server's words, not the post's.
/// </summary>
/// <remarks>
/// PHP writes each message (with html_errors on, its default) as a line break, the level in bold, a colon, the
/// message, " in " the script's path in bold, " on line " and the line in bold, and a line break; only that whole
/// shape is taken. Inside the post's content element only one outside any block of the author's is taken (a plugin's
/// filter on the content prints its warning before the content it returns), so a post that quotes a warning keeps it.
/// </remarks>
internal static class ServerErrorOutput
{
    private static readonly string[] Levels =
        ["Warning", "Notice", "Deprecated", "Strict Standards", "Fatal error", "Parse error", "Catchable fatal error", "Recoverable fatal error"];

    /// <summary>Most nodes a message's text may take between its level and its line number (links to PHP's manual included).</summary>
    private const int MaxNodes = 12;

    /// <summary>The blocks an author writes a quoted message in.</summary>
    private const string AuthorsBlocks = "p, blockquote, pre, code, li, td, dd, figcaption, h1, h2, h3, h4, h5, h6";

    /// <summary>Removes the server's messages in <paramref name="document"/>; <paramref name="post"/> is the post's content element where the page marks one.</summary>
    public static void Remove(IDocument document, IElement? post)
    {
        foreach (var level in document.QuerySelectorAll("b").Where(b => Levels.Contains(b.TextContent.Trim(), StringComparer.Ordinal) && !Quoted(b, post)).ToList())
        {
            if (level.NextSibling is not IText colon || !colon.Data.StartsWith(':'))
            {
                continue;
            }

            var message = new List<INode> { level };
            var ended = false;
            for (var node = level.NextSibling; node is not null && message.Count <= MaxNodes; node = node.NextSibling)
            {
                message.Add(node);
                if (node is IElement { LocalName: "b" } line && line.TextContent.Trim().All(char.IsAsciiDigit) && line.TextContent.Trim().Length > 0
                    && line.PreviousSibling is IText on && on.Data.TrimEnd().EndsWith(" on line", StringComparison.Ordinal)
                    && line.PreviousSibling.PreviousSibling is IElement { LocalName: "b" })
                {
                    ended = true;
                    break;
                }
            }

            if (!ended)
            {
                continue;
            }

            // The line breaks PHP writes around it.
            var closing = Neighbour(message[^1], before: false);
            if (Neighbour(level, before: true) is IElement { LocalName: "br" } opening)
            {
                message.Add(opening);
            }

            if (closing is IElement { LocalName: "br" })
            {
                message.Add(closing);
            }

            foreach (var node in message)
            {
                node.Parent?.RemoveChild(node);
            }
        }
    }

    /// <summary>Whether <paramref name="level"/> is in a block of the author's inside <paramref name="post"/>.</summary>
    private static bool Quoted(IElement level, IElement? post) =>
        post is not null && post.Contains(level) && level.Closest(AuthorsBlocks) is { } block && post.Contains(block);

    /// <summary>The sibling next to <paramref name="node"/>, past white space.</summary>
    private static INode? Neighbour(INode node, bool before)
    {
        var sibling = before ? node.PreviousSibling : node.NextSibling;
        while (sibling is IText text && string.IsNullOrWhiteSpace(text.Data))
        {
            sibling = before ? sibling.PreviousSibling : sibling.NextSibling;
        }

        return sibling;
    }
}
