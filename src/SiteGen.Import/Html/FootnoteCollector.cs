using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace SiteGen.Import.Html;

/// <summary>Finds footnotes in post HTML and takes them out of the flow: each reference becomes a marker, each note a body.</summary>
/// <remarks>
/// A footnote is a short in-page link ("1", "[2]", "*", "iv") to an element further down that is not a heading
/// (a table of contents links headings): Gutenberg's footnotes (<c>&lt;sup data-fn&gt;&lt;a href="#id"&gt;</c> and the
/// list WordPress renders from the post's <c>footnotes</c> meta), hand-made <c>#fn1</c> links and Word's named
/// anchors (<c>#_ftn1</c>) alike. The note
/// loses its way back (the ↩ link) and a leading copy of its number; an emptied notes list goes with it.
/// </remarks>
internal static partial class FootnoteCollector
{
    public const string ReferenceElement = "sitegen-footnote-ref";
    public const string LabelAttribute = "data-label";

    public static IReadOnlyList<(string Label, IElement Note)> Collect(IElement root)
    {
        var byId = new Dictionary<string, IElement>(StringComparer.Ordinal);
        foreach (var element in root.QuerySelectorAll("[id]"))
        {
            byId.TryAdd(element.Id!, element);
        }

        // Notes pasted from Word are named anchors (<a name="_ftn1" href="#_ftnref1">[1]</a> text): the note is their block.
        foreach (var named in root.QuerySelectorAll("a[name]"))
        {
            var block = named.ParentElement;
            while (block is not null && block != root && !ElementKinds.IsBlock(block))
            {
                block = block.ParentElement;
            }

            if (block is not null && block != root)
            {
                byId.TryAdd(named.GetAttribute("name")!, block);
            }
        }

        var notes = new List<(string Label, IElement Note)>();
        var labels = new Dictionary<IElement, string>();
        var referenceIds = new Dictionary<IElement, HashSet<string>>();
        var numbers = new Dictionary<IElement, string>();
        foreach (var anchor in root.QuerySelectorAll("a[href^='#']").ToList())
        {
            if (anchor.ParentElement is null || !IsReference(anchor, byId, out var note))
            {
                continue;
            }

            if (!labels.TryGetValue(note, out var label))
            {
                label = (labels.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                labels[note] = label;
                notes.Add((label, note));
                referenceIds[note] = new HashSet<string>(StringComparer.Ordinal);
                numbers[note] = anchor.TextContent.Trim().Trim('[', ']', '(', ')');
            }

            var reference = anchor.ParentElement is { LocalName: "sup" } sup && sup.TextContent.Trim() == anchor.TextContent.Trim() ? sup : anchor;
            foreach (var id in new[] { anchor.Id, reference.Id, anchor.GetAttribute("name") })
            {
                if (!string.IsNullOrEmpty(id))
                {
                    referenceIds[note].Add(id);
                }
            }

            var marker = root.Owner!.CreateElement(ReferenceElement);
            marker.SetAttribute(LabelAttribute, label);
            reference.Replace(marker);
        }

        foreach (var (_, note) in notes)
        {
            Clean(note, referenceIds[note], numbers[note]);
            Detach(note);
        }

        return notes;
    }

    private static bool IsReference(IElement anchor, Dictionary<string, IElement> byId, out IElement note)
    {
        note = null!;
        var id = Unescape(anchor.GetAttribute("href")![1..]);
        if (id.Length == 0 || !byId.TryGetValue(id, out var target) || !Marker().IsMatch(anchor.TextContent.Trim()))
        {
            return false;
        }

        var follows = (anchor.CompareDocumentPosition(target) & DocumentPositions.Following) != 0;
        if (!follows || target.Contains(anchor) || target.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "a" || target.Closest(ReferenceElement) is not null)
        {
            return false;
        }

        note = target;
        return true;
    }

    /// <summary>Removes the links back to the text and the note's own copy of its number.</summary>
    private static void Clean(IElement note, HashSet<string> referenceIds, string number)
    {
        foreach (var back in note.QuerySelectorAll("a[href^='#']").ToList())
        {
            var target = Unescape(back.GetAttribute("href")![1..]);
            if (referenceIds.Contains(target) || BackArrow().IsMatch(back.TextContent))
            {
                back.Remove();
            }
        }

        var first = note.ChildNodes.FirstOrDefault(n => n is not IText text || text.Data.Trim().Length > 0);
        if (first is IElement { LocalName: "sup" or "strong" or "b" or "a" } element && Marker().IsMatch(element.TextContent.Trim()))
        {
            element.Remove();
        }
        else if (first is IText text && LeadingNumber().Match(text.Data) is { Success: true } leading && leading.Groups[1].Value == number)
        {
            text.Data = text.Data[leading.Length..];
        }
    }

    /// <summary>Takes the note out of the text; a list, section or div of notes left empty goes too.</summary>
    private static void Detach(IElement note)
    {
        var parent = note.ParentElement;
        note.Remove();
        while (parent is not null && parent.LocalName is "ol" or "ul" or "div" or "section" or "aside" or "footer"
            && parent.TextContent.Trim().Length == 0 && parent.QuerySelector("img, iframe") is null)
        {
            var next = parent.ParentElement;
            parent.Remove();
            parent = next;
        }
    }

    private static string Unescape(string id)
    {
        try
        {
            return Uri.UnescapeDataString(id);
        }
        catch (UriFormatException)
        {
            return id;
        }
    }

    [GeneratedRegex(@"^[\[(]?(?:\d{1,3}|[*†‡§]{1,3}|[ivx]{1,5}|[a-z])[\])]?$")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^\s*(?:[↩↑⤴^]|back|return|top)", RegexOptions.IgnoreCase)]
    private static partial Regex BackArrow();

    [GeneratedRegex(@"^\s*[\[(]?(\d{1,3}|[*†‡§]{1,3})[\]).:]?\s+")]
    private static partial Regex LeadingNumber();
}
