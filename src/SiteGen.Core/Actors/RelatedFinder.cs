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
    private const int Window = 100;
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
        var days = new double[total];
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

            days[i] = dispatches[i].Date.UtcTicks / (double)TimeSpan.TicksPerDay;
        }

        Parallel.For(0, total, () => new Scratch(total), (i, _, scratch) =>
        {
            foreach (var actor in dispatches[i].Actors)
            {
                var postings = actorPostings[actor];
                scratch.Score(postings, i, Idf(total, postings.Count));
            }

            foreach (var tag in dispatches[i].Tags)
            {
                var postings = tagPostings[tag];
                scratch.Score(postings, i, TagWeight * Idf(total, postings.Count));
            }

            result[i] = scratch.Best(i, count, days);
            return scratch;
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

    // Rarer actors say more: log(1 + N / df), positive so that an actor in every dispatch still relates a little.
    private static double Idf(int total, int frequency) => Math.Log(1.0 + (total / (double)frequency));

    /// <summary>Per-thread scores over all dispatches, with the list of those touched so that resetting is cheap.</summary>
    private sealed class Scratch(int total)
    {
        private readonly double[] _scores = new double[total];
        private readonly List<int> _touched = new(1024);

        /// <summary>Adds <paramref name="weight"/> to the postings nearest to <paramref name="self"/> (sorted by position, so by date).</summary>
        public void Score(List<int> postings, int self, double weight)
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
                if (other == self)
                {
                    continue;
                }

                if (_scores[other] == 0)
                {
                    _touched.Add(other);
                }

                _scores[other] += weight;
            }
        }

        /// <summary>The best <paramref name="count"/> by score damped by distance in time; ties go to the nearer, then the newer.</summary>
        public int[] Best(int self, int count, double[] days)
        {
            var best = new (int Index, double Score, double Distance)[Math.Min(count, _touched.Count)];
            var filled = 0;
            foreach (var other in _touched)
            {
                var distance = Math.Abs(days[other] - days[self]);
                var score = _scores[other] / (1 + (distance / 365.0));
                _scores[other] = 0;
                var candidate = (other, score, distance);
                if (filled < best.Length)
                {
                    best[filled++] = candidate;
                }
                else if (Better(candidate, best[^1]))
                {
                    best[^1] = candidate;
                }
                else
                {
                    continue;
                }

                // Insertion step: keep the array sorted best-first.
                for (var j = filled - 1; j > 0 && Better(best[j], best[j - 1]); j--)
                {
                    (best[j], best[j - 1]) = (best[j - 1], best[j]);
                }
            }

            _touched.Clear();
            return best.Select(b => b.Index).ToArray();
        }

        private static bool Better((int Index, double Score, double Distance) a, (int Index, double Score, double Distance) b) =>
            a.Score != b.Score ? a.Score > b.Score : a.Distance != b.Distance ? a.Distance < b.Distance : a.Index < b.Index;
    }
}
