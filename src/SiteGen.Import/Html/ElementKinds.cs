using AngleSharp.Dom;

namespace SiteGen.Import.Html;

/// <summary>Which elements start blocks; everything else is read as inline content.</summary>
internal static class ElementKinds
{
    private static readonly HashSet<string> BlockNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dd", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main",
        "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul",
        "caption", "body", "html", "legend", "menu", "listing", "xmp", "plaintext",
    };

    public static bool IsBlock(INode node) => node is IElement element && BlockNames.Contains(element.LocalName);

    public static bool IsBlock(string name) => BlockNames.Contains(name);
}
