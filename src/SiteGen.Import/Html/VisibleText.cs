using System.Text;
using AngleSharp.Dom;

namespace SiteGen.Import.Html;

/// <summary>The words a reader sees in converted HTML, code left out, blocks on their own lines.</summary>
internal static class VisibleText
{
    public static string Of(INode root)
    {
        var builder = new StringBuilder();
        Append(root, builder);
        return string.Join('\n', builder.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
    }

    private static void Append(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    builder.Append(text.Data.Replace('\n', ' ').Replace('\u00A0', ' '));
                    break;
                case IElement { LocalName: "pre" or "code" or "kbd" or "samp" }:
                    break;
                case IElement element:
                    var block = ElementKinds.IsBlock(element) || element.LocalName == "br";
                    if (block)
                    {
                        builder.Append('\n');
                    }

                    Append(element, builder);
                    if (block)
                    {
                        builder.Append('\n');
                    }

                    break;
            }
        }
    }
}
