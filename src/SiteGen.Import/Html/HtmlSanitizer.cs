using AngleSharp.Dom;

namespace SiteGen.Import.Html;

/// <summary>Strips an imported document of everything active: scripts, frames, styles, forms, event attributes, unsafe URLs.</summary>
/// <remarks>
/// The converter writes Markdown without raw HTML, so nothing left here could reach a page as markup anyway; this
/// pass makes sure that no text of a script or style (and no hostile URL) reaches the dispatch as words either.
/// </remarks>
public static class HtmlSanitizer
{
    private static readonly HashSet<string> Removed = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript", "template", "form",
        "input", "button", "select", "textarea", "option", "link", "meta", "base", "svg", "math", "canvas", "param",
        "noembed", "noframes", "title", "head", "dialog", "portal", "slot", "xml",
    };

    // Everything else goes, on* handlers and style (CSS expressions) included.
    private static readonly HashSet<string> KeptAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "alt", "title", "class", "id", "start", "colspan", "rowspan", "datetime", "rel", "width", "height",
        "lang", "data-src", "data-lazy-src", "data-orig-file",
    };

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "data-src", "data-lazy-src", "data-orig-file",
    };

    public static void Sanitize(IElement root)
    {
        foreach (var element in root.QuerySelectorAll("*").ToList())
        {
            if (Removed.Contains(element.LocalName))
            {
                element.Remove();
            }
        }

        foreach (var comment in Descendants(root).OfType<IComment>().ToList())
        {
            comment.Remove();
        }

        foreach (var element in root.QuerySelectorAll("*"))
        {
            foreach (var attribute in element.Attributes.ToList())
            {
                var name = attribute.Name;
                var unsafeUrl = UrlAttributes.Contains(name) && SafeUrl.Clean(attribute.Value, forImage: name != "href") is null;
                if (!KeptAttributes.Contains(name) || unsafeUrl)
                {
                    element.RemoveAttribute(name);
                }
            }
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
}
