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

        // Every line trimmed, blank ones left out.
        var text = builder.ToString();
        var lines = new StringBuilder(text.Length);
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range).Trim();
            if (line.Length > 0)
            {
                (lines.Length > 0 ? lines.Append('\n') : lines).Append(line);
            }
        }

        return lines.ToString();
    }

    private static void Append(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    var start = builder.Length;
                    builder.Append(text.Data).Replace('\n', ' ', start, text.Data.Length).Replace('\u00A0', ' ', start, text.Data.Length);
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
