using AngleSharp.Dom;

namespace SiteGen.Import.Html;

/// <summary>
/// A theme's "Posted by X on date" line around a post, which the page's metadata already gave as the dispatch's
/// author and date: found by what themes mark it with, never by its words (which are in the blog's language).
/// </summary>
internal static class Bylines
{
    /// <summary>Containers themes give the line (core themes, Genesis, Kubrick's post footer, hAtom themes).</summary>
    private const string Containers =
        ".byline, .posted-on, .posted-by, .entry-byline, .post-byline, .post-meta, .postmeta, .postmetadata, .post-info, .entry-info";

    /// <summary>What marks an author or a date in a byline: rel=author, hCard and hAtom classes, schema.org properties.</summary>
    private const string Markers =
        "a[rel~='author' i], .author.vcard, .vcard .fn, time.published, time.entry-date, abbr.published, .published, .updated, "
        + "[itemprop='author'], [itemprop='datePublished'], [itemprop='dateModified']";

    /// <summary>Longest text of a block taken for a byline: a paragraph of the post that names its author stays.</summary>
    private const int MaxLength = 160;

    /// <summary>
    /// Longest text of a marked block besides its markers' own ("Posted on", "by", "|"): a sentence that merely
    /// holds a date or an author's name ("Update 14:00: the forces withdrew") is the post's.
    /// </summary>
    private const int MaxGlue = 40;

    /// <summary>
    /// Removes the byline containers, the short blocks made of an author or date marker, and the <c>&lt;small&gt;</c>
    /// right after the post's title heading in <paramref name="document"/> (the default theme of WordPress 1.5 to 2.9,
    /// Kubrick, and its many descendants, which marked the line with nothing else), or right before it (WordPress.com's
    /// Ocean Mist: "Verfasst von: X | 31. Dezember 2008" over the title). Main-content extraction hands on
    /// a copy of the page's text without the heading, so that line is found in the copy by its text. Each must sit
    /// before the post's first words or after its last, where themes put the line: inside the text, it is the text.
    /// </summary>
    public static void Remove(IElement content, IDocument document, string? title)
    {
        var found = Lines(content);
        var heading = title is null ? null : document.QuerySelectorAll("h1, h2, h3")
            .FirstOrDefault(h => (h.NextElementSibling is { LocalName: "small" } || h.PreviousElementSibling is { LocalName: "small" }) && Text(h).Equals(title, StringComparison.OrdinalIgnoreCase));
        var kubrick = heading?.NextElementSibling is { LocalName: "small" } under ? under : heading?.PreviousElementSibling;
        if (kubrick is not null && Text(kubrick).Length > 0)
        {
            found.AddRange(content.QuerySelectorAll("small").Where(s => s == kubrick || Text(s) == Text(kubrick)));
        }

        var candidates = found.Where(b => b != content && Text(b).Length <= MaxLength).Distinct().ToList();
        foreach (var byline in PostEdges.AtEdges(content, candidates, []))
        {
            byline.Remove();
        }
    }

    /// <summary>The byline containers and the short blocks made of an author or date marker in <paramref name="content"/>, wherever they are.</summary>
    public static List<IElement> Lines(IElement content)
    {
        var found = content.QuerySelectorAll(Containers).ToList();
        found.AddRange(content.QuerySelectorAll(Markers).Select(m => BlockOf(m, content)).OfType<IElement>().Where(MadeOfMarkers));
        return found;
    }

    private static bool MadeOfMarkers(IElement block) =>
        Text(block).Length - block.QuerySelectorAll(Markers).Where(m => !m.GetAncestors().OfType<IElement>().TakeWhile(a => a != block).Any(a => a.Matches(Markers))).Sum(m => Text(m).Length) <= MaxGlue;

    /// <summary>The nearest block around a marker, below the root; null when the marker is in no block of its own.</summary>
    private static IElement? BlockOf(IElement marker, IElement root)
    {
        for (var element = marker.ParentElement; element is not null && element != root; element = element.ParentElement)
        {
            if (element.LocalName is "p" or "div" or "small" or "header" or "footer" or "span" && element.ParentElement is { } parent && (parent == root || ElementKinds.IsBlock(parent)))
            {
                return element;
            }
        }

        return null;
    }

    private static string Text(IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
