using SiteGen.Content;

namespace SiteGen.Actors;

/// <summary>
/// Related dispatches through an inverted index: shared actors weighted by rarity (inverse document frequency),
/// shared tags at half weight, nearer dates preferred. Deterministic; never empty while anything is shared.
/// </summary>
/// <remarks>
/// For each shared actor or tag only the postings nearest in time are scored (<see cref="Window"/> on each side),
/// so an actor named in every dispatch costs a bounded amount per dispatch and the whole pass stays linear.
/// </remarks>
public static class RelatedFinder
{
    private const int Window = 150;
    private const double TagWeight = 0.5;

    /// <param name="dispatches">Published dispatches, newest first.</param>
    /// <param name="count">How many related dispatches to keep for each.</param>
    public static int[][] Find(IReadOnlyList<Dispatch> dispatches, int count)
    {
        var total = dispatches.Count;
        var result = new int[total][];
        if (count == 0 || total == 0)
        {
            Array.Fill(result, []);
            return result;
        }

        var actorPostings = new Dictionary<Actor, List<int>>();
        var tagPostings = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < total; i++)
        {
            foreach (var actor in dispatches[i].Actors)
            {
                Add(actorPostings, actor, i);
            }

            foreach (var tag in dispatches[i].Tags)
            {
                Add(tagPostings, tag, i);
            }
        }

        var days = new double[total];
        for (var i = 0; i < total; i++)
        {
            days[i] = dispatches[i].Date.UtcTicks / (double)TimeSpan.TicksPerDay;
        }

        Parallel.For(0, total, () => new Dictionary<int, double>(), (i, _, scores) =>
        {
            scores.Clear();
            foreach (var actor in dispatches[i].Actors)
            {
                Score(actorPostings[actor], i, Idf(total, actorPostings[actor].Count), scores);
            }

            foreach (var tag in dispatches[i].Tags)
            {
                Score(tagPostings[tag], i, TagWeight * Idf(total, tagPostings[tag].Count), scores);
            }

            result[i] = scores
                .Select(s => (Index: s.Key, Score: s.Value / (1 + (Math.Abs(days[s.Key] - days[i]) / 365.0))))
                .OrderByDescending(s => s.Score)
                .ThenBy(s => Math.Abs(days[s.Index] - days[i]))
                .ThenBy(s => s.Index)
                .Take(count)
                .Select(s => s.Index)
                .ToArray();
            return scores;
        }, _ => { });
        return result;
    }

    private static void Add<TKey>(Dictionary<TKey, List<int>> postings, TKey key, int index)
        where TKey : notnull
    {
        if (!postings.TryGetValue(key, out var list))
        {
            postings[key] = list = [];
        }

        list.Add(index);
    }

    // Rarer actors say more: log(N / df), kept positive so that an actor in every dispatch still relates a little.
    private static double Idf(int total, int frequency) => Math.Log(1.0 + (total / (double)frequency));

    /// <summary>Adds <paramref name="weight"/> to the postings nearest to <paramref name="self"/> (they are sorted by position, i.e. date).</summary>
    private static void Score(List<int> postings, int self, double weight, Dictionary<int, double> scores)
    {
        var at = postings.BinarySearch(self);
        if (at < 0)
        {
            at = ~at;
        }

        var from = Math.Max(0, at - Window);
        var to = Math.Min(postings.Count, at + Window + 1);
        for (var k = from; k < to; k++)
        {
            var other = postings[k];
            if (other != self)
            {
                scores[other] = scores.GetValueOrDefault(other) + weight;
            }
        }
    }
}
