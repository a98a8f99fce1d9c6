using SiteGen.Content;

namespace SiteGen.Search;

/// <summary>The spellings of each actor's name that search treats as one word: the last word of its name and of each alias.</summary>
/// <remarks>
/// A dispatch that names Lukashenko in its text but not in its front matter is still found by "Lukašenka": the
/// browser searches a query word for every spelling in its group. Only groups whose spellings differ once folded
/// (<see cref="SearchText.Fold"/>) are kept; folding already joins the rest.
/// </remarks>
internal static class SearchAliases
{
    private const int ShortestWord = 3;

    public static IReadOnlyList<string[]> From(IEnumerable<Actor> actors)
    {
        var groups = new List<string[]>();
        foreach (var actor in actors)
        {
            var words = new List<string>();
            foreach (var name in actor.Names)
            {
                var tokens = SearchText.Tokens(name).ToList();
                if (tokens.Count > 0 && tokens.All(t => t.All(SearchText.IsUnspaced)))
                {
                    // A name in a script without spaces is indexed, and asked for, as its pairs of characters (乌克兰: 乌克, 克兰):
                    // each pair stands for the name, or a query in those scripts would find no dispatch naming it otherwise.
                    words.AddRange(tokens.Where(t => !words.Contains(t)));
                    continue;
                }

                if (tokens.Count > 0 && tokens[^1] is { Length: >= ShortestWord } last && last.All(char.IsLetter) && !words.Contains(last))
                {
                    words.Add(last);
                }
            }

            if (words.Select(SearchText.Fold).Distinct(StringComparer.Ordinal).Count() > 1)
            {
                groups.Add([.. words]);
            }
        }

        return groups;
    }
}
