using System.Runtime.InteropServices;
using SiteGen.Content;
using SiteGen.Rendering.Models;

namespace SiteGen.Search;

/// <summary>
/// What the search index knows of a dispatch: how it is shown in results, its weighted words, and its text (for the
/// passage around a match and for quoted phrases).
/// </summary>
internal sealed record SearchDocument(string Title, string Url, string Date, string Snippet, string Text, IReadOnlyDictionary<string, int> Weights)
{
    private const int TitleWeight = 8;
    private const int ActorWeight = 6;
    private const int SummaryWeight = 3;
    private const int TagWeight = 3;
    private const int BodyWeight = 1;

    // A date query names a day or a month; every dispatch of it matches equally, so newer ones come first.
    private const int DateWeight = 10;

    // The text a result's passage is cut from; longer dispatches are searched in full but quoted from their start.
    private const int MaxText = 20_000;

    // Repetition counts, but not without limit: a word said fifty times is not fifty times as relevant.
    private const int MaxWeight = 40;

    /// <param name="dispatch">The dispatch.</param>
    /// <param name="link">How it is linked to.</param>
    /// <param name="plainText">Its body as plain text.</param>
    /// <param name="teaser">The text before its summary divider, as plain text, which the snippet shows when it has no summary.</param>
    /// <param name="actorWords">The words of each actor's id and names, from <see cref="ActorWords"/>: an actor is in
    /// thousands of dispatches, and its names need not be split into words for each.</param>
    public static SearchDocument From(Dispatch dispatch, DispatchLinkModel link, string plainText, string? teaser, Func<Actor, string[]> actorWords)
    {
        var weights = new Dictionary<string, int>(256, StringComparer.Ordinal);
        var lookup = weights.GetAlternateLookup<ReadOnlySpan<char>>();
        void Add(string text, int weight) => SearchText.ForEachToken(text, token =>
        {
            ref var current = ref CollectionsMarshal.GetValueRefOrAddDefault(lookup, token, out var seen);
            current = Weighed(seen, current, weight);
        });

        Add(dispatch.Title, TitleWeight);
        foreach (var actor in dispatch.Actors)
        {
            foreach (var word in actorWords(actor))
            {
                ref var weight = ref CollectionsMarshal.GetValueRefOrAddDefault(weights, word, out var seen);
                weight = Weighed(seen, weight, ActorWeight);
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
        weights[SearchText.DayToken(link.Date.Value)] = DateWeight;
        weights[SearchText.MonthToken(link.Date.Value)] = DateWeight;
        var text = dispatch.Summary is null ? plainText : dispatch.Summary + "\n" + plainText;
        return new SearchDocument(dispatch.Title, link.Url, link.Date.Display, MakeSnippet(dispatch.Summary ?? teaser ?? plainText),
            text.Length > MaxText ? text[..MaxText] : text, weights);
    }

    private static int Weighed(bool seen, int current, int weight) => seen ? Math.Min(current + weight, MaxWeight) : weight;

    /// <summary>The words of an actor's id and of each of its names, in order, repeated as often as they occur.</summary>
    public static string[] ActorWords(Actor actor)
    {
        var words = new List<string>();
        foreach (var text in actor.Names.Prepend(actor.Id))
        {
            SearchText.ForEachToken(text, token => words.Add(token.ToString()));
        }

        return [.. words];
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
