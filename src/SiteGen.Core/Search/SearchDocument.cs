using SiteGen.Content;
using SiteGen.Rendering.Models;

namespace SiteGen.Search;

/// <summary>What the search index knows of a dispatch: how it is shown in results and its weighted words.</summary>
public sealed record SearchDocument(string Title, string Url, string Date, string Snippet, IReadOnlyDictionary<string, int> Weights)
{
    private const int TitleWeight = 8;
    private const int ActorWeight = 6;
    private const int SummaryWeight = 3;
    private const int TagWeight = 3;
    private const int BodyWeight = 1;

    public static SearchDocument From(Dispatch dispatch, DispatchLinkModel link, string plainText)
    {
        var weights = new Dictionary<string, int>(StringComparer.Ordinal);
        Add(weights, dispatch.Title, TitleWeight);
        foreach (var actor in dispatch.Actors)
        {
            foreach (var name in actor.Names.Append(actor.Id))
            {
                Add(weights, name, ActorWeight);
            }
        }

        foreach (var tag in dispatch.Tags)
        {
            Add(weights, tag, TagWeight);
        }

        if (dispatch.Series is not null)
        {
            Add(weights, dispatch.Series, TagWeight);
        }

        if (dispatch.Summary is not null)
        {
            Add(weights, dispatch.Summary, SummaryWeight);
        }

        Add(weights, plainText, BodyWeight);
        var snippet = dispatch.Summary ?? plainText;
        snippet = string.Join(' ', snippet.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (snippet.Length > 220)
        {
            var cut = snippet.LastIndexOf(' ', 220);
            snippet = snippet[..(cut > 100 ? cut : 220)] + "…";
        }

        return new SearchDocument(dispatch.Title, link.Url, link.Date.Display, snippet, weights);
    }

    private static void Add(Dictionary<string, int> weights, string text, int weight)
    {
        foreach (var token in SearchText.Tokens(text))
        {
            // Repetition counts, but not without limit: a word said fifty times is not fifty times as relevant.
            weights[token] = Math.Min(weights.GetValueOrDefault(token) + weight, 40);
        }
    }
}
