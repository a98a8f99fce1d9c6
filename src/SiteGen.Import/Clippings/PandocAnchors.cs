using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace SiteGen.Import.Clippings;

/// <summary>
/// Pandoc's empty bracketed span with only an id (<c>[]{#more-123}</c>), as it writes an empty
/// <c>&lt;span id&gt;</c> of the page it converted: Markdig reads no such span, and would leave it as text.
/// </summary>
/// <remarks>
/// Put back as the empty span it was, after Markdig, so that text in code stays as written: WordPress's
/// <c>&lt;span id="more-123"&gt;</c> is then the teaser divider (<see cref="Html.MoreDivider"/>), and any other
/// anchor goes with the page's other ids, as an empty span of a saved page does.
/// </remarks>
internal static partial class PandocAnchors
{
    /// <summary>Turns each <c>[]{#id}</c> in the text of <paramref name="root"/>, outside code, into <c>&lt;span id="id"&gt;&lt;/span&gt;</c>.</summary>
    public static void Restore(IElement root)
    {
        var texts = Texts(root).Where(t => EmptySpan().IsMatch(t.Data) && t.ParentElement?.Closest("code, pre") is null).ToList();
        foreach (var text in texts)
        {
            var parent = text.Parent!;
            var at = 0;
            foreach (Match match in EmptySpan().Matches(text.Data))
            {
                parent.InsertBefore(text.Owner!.CreateTextNode(text.Data[at..match.Index]), text);
                var span = text.Owner!.CreateElement("span");
                span.Id = match.Groups[1].Value;
                parent.InsertBefore(span, text);
                at = match.Index + match.Length;
            }

            parent.InsertBefore(text.Owner!.CreateTextNode(text.Data[at..]), text);
            parent.RemoveChild(text);
        }
    }

    private static IEnumerable<IText> Texts(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                yield return text;
            }

            foreach (var inner in Texts(child))
            {
                yield return inner;
            }
        }
    }

    [GeneratedRegex(@"\[\]\{#([^\s{}#]+)\}")]
    private static partial Regex EmptySpan();
}
