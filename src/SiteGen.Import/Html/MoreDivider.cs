using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace SiteGen.Import.Html;

/// <summary>
/// WordPress's teaser divider, kept as the site's: <c>&lt;!--more--&gt;</c> (or <c>&lt;!--more Link text--&gt;</c>)
/// in a post's text, or the <c>&lt;span id="more-123"&gt;</c> WordPress renders in its place on a post's page.
/// </summary>
/// <remarks>
/// Only the first counts, as in WordPress. It becomes a marker element before the sanitiser takes every comment out,
/// then moves out of the paragraph it starts or ends, to be written as a line of its own; one in the middle of a
/// paragraph ("Angefangen hatte es mit &lt;!--more--&gt;einem Freihandschuss") stays there, inline, so that the
/// page keeps the paragraph WordPress showed whole. <c>&lt;!--noteaser--&gt;</c> goes with the other comments.
/// </remarks>
internal static partial class MoreDivider
{
    /// <summary>The marker's name; its link text, if any, waits in its title (an attribute the sanitiser keeps).</summary>
    public const string Element = "sitegen-more";

    /// <summary>Replaces the first divider under <paramref name="root"/> by the marker, if <paramref name="keep"/>.</summary>
    public static void Mark(IElement root, bool keep)
    {
        // An element of the marker's name written in the post is not one: it keeps its text as any unknown element does.
        foreach (var forged in root.QuerySelectorAll(Element).ToList())
        {
            forged.Replace([.. forged.ChildNodes]);
        }

        if (!keep)
        {
            return;
        }

        var divider = Descendants(root).FirstOrDefault(IsDivider);
        if (divider?.Parent is null)
        {
            return;
        }

        var marker = root.Owner!.CreateElement(Element);
        if (divider is IComment comment && LinkText(comment.Data[4..]) is { Length: > 0 } text)
        {
            marker.SetAttribute("title", text);
        }

        divider.Parent.ReplaceChild(marker, divider);
    }

    /// <summary>
    /// Turns the first rendered divider of <paramref name="root"/> into the comment it was, taking the paragraph it
    /// stood alone in along: main-content extraction drops empty paragraphs, and the span would go with its own.
    /// </summary>
    public static void KeepThroughExtraction(IElement root)
    {
        if (Descendants(root).FirstOrDefault(IsDivider) is not IElement { Parent: { } parent } span)
        {
            return;
        }

        var comment = root.Owner!.CreateComment("more");
        if (parent is IElement { LocalName: "p" } paragraph && !paragraph.ChildNodes.Any(c => c != span && HasContent(c)))
        {
            paragraph.Replace(comment);
        }
        else
        {
            span.Replace(comment);
        }
    }

    /// <summary>Moves the marker out of the inline elements and the paragraph or heading it starts or ends (run after sanitising).</summary>
    public static void Place(IElement root)
    {
        if (root.QuerySelector(Element) is not { } marker)
        {
            return;
        }

        while (marker.ParentElement is { } parent && parent != root && (parent.LocalName is "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" || !ElementKinds.IsBlock(parent)))
        {
            if (!Siblings(marker, before: true).Any(HasContent))
            {
                parent.Before(marker);
            }
            else if (!Siblings(marker, before: false).Any(HasContent))
            {
                parent.After(marker);
            }
            else
            {
                break;
            }
        }

        // Inline after a line break, it would start a line, which Markdown reads as an HTML block: it ends the line before.
        var previous = Siblings(marker, before: true).FirstOrDefault(HasContent);
        if (previous is IElement { LocalName: "br" } lineBreak)
        {
            lineBreak.Before(marker);
            previous = Siblings(marker, before: true).FirstOrDefault(HasContent);
        }

        var next = Siblings(marker, before: false).FirstOrDefault(HasContent);
        var line = previous is null || ElementKinds.IsBlock(previous) || next is null || ElementKinds.IsBlock(next);
        marker.SetAttribute("class", line ? "line" : "inline");
    }

    /// <summary>Whether <paramref name="node"/> is the marker starting or ending a run of text, to be written as a line of its own.</summary>
    public static bool IsLine(INode node) => node is IElement { LocalName: Element } marker && marker.GetAttribute("class") == "line";

    /// <summary>The divider as Markdown: the HTML comment, with the link text the author gave it.</summary>
    public static string Markdown(IElement marker) =>
        LinkText(marker.GetAttribute("title") ?? string.Empty) is { Length: > 0 } text ? $"<!--more {text}-->" : "<!--more-->";

    /// <summary>The post id a page's first divider shows, when it is WordPress's <c>&lt;span id="more-123"&gt;</c>; null otherwise.</summary>
    public static string? PostId(IElement root) =>
        Descendants(root).FirstOrDefault(IsDivider) is IElement { Id: { } id } ? id["more-".Length..] : null;

    private static bool IsDivider(INode node) => node switch
    {
        IComment comment => CommentDivider().IsMatch(comment.Data),
        IElement { LocalName: "span" } span => RenderedDivider().IsMatch(span.Id ?? string.Empty) && span.ChildNodes.All(c => !HasContent(c)),
        _ => false,
    };

    /// <summary>
    /// The link text as a comment can hold it on one line: no "--" or angle brackets, which could end the comment early
    /// in some reader, and not so long as to be a paragraph that was never meant as one.
    /// </summary>
    private static string LinkText(string text)
    {
        text = Dashes().Replace(text.Replace("<", string.Empty, StringComparison.Ordinal).Replace(">", string.Empty, StringComparison.Ordinal), "-");
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim('-', ' ');
        return text.Length > 120 ? text[..120].TrimEnd('-', ' ') : text;
    }

    private static bool HasContent(INode node) => node switch
    {
        IText text => !string.IsNullOrWhiteSpace(text.Data),
        IElement { LocalName: "img" or "iframe" or "audio" or "video" or "hr" or "br" } => true,
        IElement element => !string.IsNullOrWhiteSpace(element.TextContent) || element.QuerySelector("img, iframe, audio, video, hr") is not null,
        _ => false,
    };

    private static IEnumerable<INode> Siblings(INode node, bool before)
    {
        for (var sibling = before ? node.PreviousSibling : node.NextSibling; sibling is not null; sibling = before ? sibling.PreviousSibling : sibling.NextSibling)
        {
            yield return sibling;
        }
    }

    private static IEnumerable<INode> Descendants(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            yield return child;
            foreach (var inner in Descendants(child))
            {
                yield return inner;
            }
        }
    }

    [GeneratedRegex(@"^more(?:\s|$)")]
    private static partial Regex CommentDivider();

    [GeneratedRegex(@"^more-[0-9]+$")]
    private static partial Regex RenderedDivider();

    [GeneratedRegex("-{2,}")]
    private static partial Regex Dashes();
}
