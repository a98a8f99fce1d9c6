using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Markdown;

namespace SiteGen.Feeds;

/// <summary>
/// The manual summary divider of Hugo and WordPress, <c>&lt;!--more--&gt;</c> (or WordPress's
/// <c>&lt;!--more Link text--&gt;</c>): what comes before the first one is the dispatch's teaser.
/// </summary>
/// <remarks>
/// It is found in the parsed document, not in the text, so that a divider written in a code fence or a code span
/// is the code it shows. On the page it stays the HTML comment it is (raw HTML is allowed), which shows nothing.
/// </remarks>
public static class SummaryDivider
{
    private const string Opening = "<!--more";

    /// <summary>Whether <paramref name="markdown"/> has a divider outside code, so that its page has the divider's anchor.</summary>
    public static bool IsIn(string markdown) => markdown.Contains(Opening, StringComparison.Ordinal) && Teaser(markdown) is not null;

    /// <summary>
    /// The document of <paramref name="markdown"/> cut before its first divider (footnote marks left out, their
    /// notes being at the end), with the link text the divider gives; null when it has none. A divider inside a
    /// paragraph keeps the words before it.
    /// </summary>
    /// <remarks>
    /// Only the text up to the divider is parsed, with the body's link definitions (which come last) so that
    /// reference links still read as their text: a teaser is read for every card, and the rest of a long dispatch
    /// would be parsed for nothing. When the "divider" found in the text was code, the next one is tried.
    /// </remarks>
    internal static (MarkdownDocument Document, string? LinkText)? Teaser(string markdown)
    {
        for (var at = markdown.IndexOf(Opening, StringComparison.Ordinal); at >= 0; at = markdown.IndexOf(Opening, at + Opening.Length, StringComparison.Ordinal))
        {
            var close = markdown.IndexOf("-->", at, StringComparison.Ordinal);
            if (close < 0)
            {
                return null;
            }

            var lineEnd = markdown.IndexOf('\n', close);
            var end = lineEnd < 0 ? markdown.Length : lineEnd;
            var teaser = DispatchExcerpt.WithoutFootnoteMarks(markdown[..end]) + "\n\n" + DispatchExcerpt.LinkDefinitions(markdown, end);
            var document = Markdig.Markdown.Parse(teaser, MarkdownPipelineFactory.Pipeline);
            if (Find(document) is not { } divider)
            {
                continue;
            }

            string? linkText = null;
            switch (divider)
            {
                case HtmlBlock block:
                    linkText = DividerComment.LinkText(block.Lines.ToString());
                    CutFrom(block, keep: false);
                    break;
                case HtmlInline inline:
                    linkText = DividerComment.LinkText(inline.Tag);
                    CutFrom(inline);
                    break;
            }

            return (document, linkText);
        }

        return null;
    }

    /// <summary>The first divider in document order, a block or an inline.</summary>
    private static MarkdownObject? Find(ContainerBlock container)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HtmlBlock html when DividerComment.StartsBlock(html.Lines.ToString()):
                    return html;
                case ContainerBlock child when Find(child) is { } found:
                    return found;
                case LeafBlock { Inline: { } inline } when Find(inline) is { } found:
                    return found;
            }
        }

        return null;
    }

    private static Inline? Find(ContainerInline container)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case HtmlInline html when DividerComment.IsInline(html.Tag):
                    return html;
                case ContainerInline child when Find(child) is { } found:
                    return found;
            }
        }

        return null;
    }

    /// <summary>Removes <paramref name="inline"/> and everything after it: in its paragraph, then in the document.</summary>
    private static void CutFrom(Inline inline)
    {
        var root = inline.Parent!;
        for (Inline node = inline; node.Parent is { } parent; node = parent)
        {
            while (node.NextSibling is { } next)
            {
                next.Remove();
            }

            root = parent;
        }

        inline.Remove();
        if (root.ParentBlock is { } leaf)
        {
            CutFrom(leaf, keep: true);
        }
    }

    /// <summary>Removes every block after <paramref name="block"/> (and the block itself unless <paramref name="keep"/>), up to the document.</summary>
    private static void CutFrom(Block block, bool keep)
    {
        var removeSelf = !keep;
        for (var node = block; node.Parent is { } parent; node = parent)
        {
            var index = parent.IndexOf(node);
            var from = removeSelf ? index : index + 1;
            while (parent.Count > from)
            {
                parent.RemoveAt(parent.Count - 1);
            }

            removeSelf = false;
        }
    }
}
