using AngleSharp.Dom;

namespace SiteGen.Import.Html;

/// <summary>
/// Where a theme puts its lines about a post (byline, tags) inside the post's content: before its first words or
/// after its last. A line with the post's words on both sides of it is the post's own text.
/// </summary>
internal static class PostEdges
{
    /// <summary>
    /// The <paramref name="candidates"/> in <paramref name="content"/> with no words of the post before them, or none
    /// after them; words are text outside headings, the candidates and <paramref name="notWords"/> (the theme's other lines).
    /// </summary>
    public static List<IElement> AtEdges(IElement content, IReadOnlyCollection<IElement> candidates, IReadOnlyCollection<IElement> notWords)
    {
        var nodes = content.GetDescendants().ToList();
        var words = Enumerable.Range(0, nodes.Count).Where(i => IsWords(nodes[i], content, candidates, notWords)).ToList();
        var atEdges = new List<IElement>();
        foreach (var candidate in candidates)
        {
            var start = nodes.IndexOf(candidate);
            var end = start + candidate.GetDescendants().Count();
            if (words.Count == 0 || words[0] > start || words[^1] < end)
            {
                atEdges.Add(candidate);
            }
        }

        return atEdges;
    }

    private static bool IsWords(INode node, IElement content, IReadOnlyCollection<IElement> candidates, IReadOnlyCollection<IElement> notWords) =>
        node is IText text && !string.IsNullOrWhiteSpace(text.Data)
        && !text.GetAncestors().OfType<IElement>().TakeWhile(a => a != content).Any(a => a.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" || candidates.Contains(a) || notWords.Contains(a));
}
