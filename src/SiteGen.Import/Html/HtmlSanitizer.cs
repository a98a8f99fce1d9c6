using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace SiteGen.Import.Html;

/// <summary>Strips an imported document of everything active: scripts, styles, forms, event attributes, unsafe URLs.</summary>
/// <remarks>
/// The converter writes no raw HTML but the few forms it builds itself from encoded text, so nothing left here
/// could reach a page as markup anyway; this pass makes sure that no text of a script or style (and no hostile
/// URL) reaches the dispatch as words either. Frames stay as empty &lt;iframe src&gt; elements (old Flash objects
/// become one too), which the converter turns into link cards: an embed is never a silent loss.
/// </remarks>
internal static partial class HtmlSanitizer
{
    private static readonly HashSet<string> Removed = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "frame", "frameset", "object", "embed", "applet", "noscript", "template", "form",
        "input", "button", "select", "textarea", "option", "link", "meta", "base", "svg", "math", "canvas", "param",
        "noembed", "noframes", "title", "head", "dialog", "portal", "slot", "xml",
    };

    // Everything else goes, on* handlers and style (CSS expressions) included.
    private static readonly HashSet<string> KeptAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "alt", "title", "class", "id", "start", "colspan", "rowspan", "datetime", "rel", "width", "height",
        "lang", "data-src", "data-lazy-src", "data-orig-file", "name", "poster",
    };

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "data-src", "data-lazy-src", "data-orig-file", "poster",
    };

    public static void Sanitize(IElement root)
    {
        KeepCoverImages(root);
        FramesForObjects(root);
        foreach (var element in root.QuerySelectorAll("*").ToList())
        {
            if (element.LocalName == "iframe")
            {
                // An iframe's content is fallback text for browsers without frames (or a smuggled script): never shown.
                element.TextContent = string.Empty;
            }
            else if (Removed.Contains(element.LocalName))
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

        foreach (var frame in root.QuerySelectorAll("iframe:not([src])").ToList())
        {
            frame.Remove();
        }
    }

    /// <summary>A cover block's image is often only in its style (background-image), which goes: it becomes an image first.</summary>
    private static void KeepCoverImages(IElement root)
    {
        foreach (var cover in root.QuerySelectorAll("[style*=background]").ToList())
        {
            var match = BackgroundImage().Match(cover.GetAttribute("style") ?? string.Empty);
            var url = match.Success ? SafeUrl.Clean(System.Net.WebUtility.HtmlDecode(match.Groups["url"].Value), forImage: true) : null;
            if (url is null || !(cover.ClassList.Any(c => c.StartsWith("wp-block-cover", StringComparison.Ordinal)) || cover.ClassList.Contains("has-background-image")))
            {
                continue;
            }

            var image = cover.Owner!.CreateElement("img");
            image.SetAttribute("src", url);
            image.SetAttribute("alt", string.Empty);
            cover.Prepend(image);
        }
    }

    /// <summary>An old Flash embed (&lt;object&gt;/&lt;embed&gt;) names its movie; it becomes a frame the converter can link.</summary>
    private static void FramesForObjects(IElement root)
    {
        foreach (var element in root.QuerySelectorAll("object, embed").ToList())
        {
            if (element.ParentElement is null || element.Closest("object") is { } outer && outer != element)
            {
                continue;
            }

            var movie = element.GetAttribute("data") ?? element.GetAttribute("src")
                ?? element.QuerySelector("param[name=movie i], param[name=src i]")?.GetAttribute("value")
                ?? element.QuerySelector("embed[src]")?.GetAttribute("src");
            if (movie is null || SafeUrl.Clean(movie, forImage: true) is null)
            {
                continue;
            }

            var frame = element.Owner!.CreateElement("iframe");
            frame.SetAttribute("src", movie);
            frame.SetAttribute("class", "sitegen-flash");
            foreach (var size in new[] { "width", "height" })
            {
                if (element.GetAttribute(size) is { } value)
                {
                    frame.SetAttribute(size, value);
                }
            }

            element.Replace(frame);
        }
    }

    [GeneratedRegex(@"background(?:-image)?\s*:[^;]*?url\(\s*['""]?(?<url>[^'"")]+)['""]?\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex BackgroundImage();

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
