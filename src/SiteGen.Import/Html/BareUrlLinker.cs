using AngleSharp.Dom;

namespace SiteGen.Import.Html;

/// <summary>Turns a block that holds nothing but a web address (a WordPress auto-embed) into a link to it.</summary>
internal static class BareUrlLinker
{
    public static void Link(IElement root)
    {
        foreach (var text in Texts(root).ToList())
        {
            var value = text.Data.Trim();
            if (!SafeUrl.IsBareWebUrl(value) || text.ParentElement is not { } parent || !ElementKinds.IsBlock(parent) ||
                parent.LocalName is "pre" or "code" || parent.ChildNodes.Any(n => n != text && !IsBlank(n)))
            {
                continue;
            }

            var link = root.Owner!.CreateElement("a");
            link.SetAttribute("href", value);
            link.TextContent = value;
            text.Parent!.ReplaceChild(link, text);
        }
    }

    private static bool IsBlank(INode node) => node is IText t ? t.Data.Trim().Length == 0 : node is IComment;

    private static IEnumerable<IText> Texts(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                yield return text;
            }
            else
            {
                foreach (var inner in Texts(child))
                {
                    yield return inner;
                }
            }
        }
    }
}
