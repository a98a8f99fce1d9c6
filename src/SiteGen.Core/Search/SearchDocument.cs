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

    // Repetition counts, but not without limit: a word said fifty times is not fifty times as relevant.
    private const int MaxWeight = 40;

    public static SearchDocument From(Dispatch dispatch, DispatchLinkModel link, string plainText)
    {
        var weights = new Dictionary<string, int>(256, StringComparer.Ordinal);
        var lookup = weights.GetAlternateLookup<ReadOnlySpan<char>>();
        void Add(string text, int weight) => SearchText.ForEachToken(text, token =>
        {
            lookup[token] = lookup.TryGetValue(token, out var current) ? Math.Min(current + weight, MaxWeight) : weight;
        });

        Add(dispatch.Title, TitleWeight);
        foreach (var actor in dispatch.Actors)
        {
            Add(actor.Id, ActorWeight);
            foreach (var name in actor.Names)
            {
                Add(name, ActorWeight);
            }
        }

        foreach (var tag in dispatch.Tags)
        {
            Add(tag, TagWeight);
        }

        if (dispatch.Series is not null)
        {
            Add(dispatch.Series, TagWeight);
        }

        if (dispatch.Summary is not null)
        {
            Add(dispatch.Summary, SummaryWeight);
        }

        Add(plainText, BodyWeight);
        return new SearchDocument(dispatch.Title, link.Url, link.Date.Display, MakeSnippet(dispatch.Summary ?? plainText), weights);
    }

    private static string MakeSnippet(string text)
    {
        var window = text.Length > 600 ? text[..600] : text;
        var flat = string.Join(' ', window.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= 220)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', 220);
        return flat[..(cut > 100 ? cut : 220)] + "…";
    }
}
