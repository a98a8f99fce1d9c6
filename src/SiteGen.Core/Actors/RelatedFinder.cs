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
internal static class RelatedFinder
{
    private const int Window = 100;
    private const double TagWeight = 0.5;

    /// <param name="dispatches">Published dispatches, newest first.</param>
    /// <param name="actors">The actor index of <paramref name="dispatches"/>, whose lists are the actors' postings.</param>
    /// <param name="tags">The tag index of <paramref name="dispatches"/>, whose lists are the tags' postings.</param>
    /// <param name="count">How many related dispatches to keep for each.</param>
    public static int[][] Find(IReadOnlyList<Dispatch> dispatches, ActorIndex actors, TagIndex tags, int count)
    {
        var result = new int[dispatches.Count][];
        if (count == 0 || dispatches.Count == 0)
        {
            Array.Fill(result, []);
            return result;
        }

        new Postings(dispatches, actors, tags).Relate(Enumerable.Range(0, dispatches.Count).ToList(), count, result);
        return result;
    }

    /// <summary>The related dispatches of those at <paramref name="positions"/> only, as <see cref="Find"/> finds them; empty lists for the rest.</summary>
    public static int[][] FindFor(IReadOnlyList<Dispatch> dispatches, ActorIndex actors, TagIndex tags, int count, IReadOnlyCollection<int> positions)
    {
        var result = new int[dispatches.Count][];
        Array.Fill(result, []);
        if (count > 0 && positions.Count > 0)
        {
            new Postings(dispatches, actors, tags).Relate(positions.ToList(), count, result);
        }

        return result;
    }

    /// <summary>
    /// Related dispatches after <paramref name="edited"/> changed their actors or tags (never their dates): only the
    /// edited and those sharing an actor or tag whose postings changed are scored again, since every other pair keeps
    /// its shared features, their rarity and its place in their postings.
    /// </summary>
    /// <param name="before">The dispatches as <paramref name="previous"/> was found for them.</param>
    /// <param name="after">The same dispatches, in the same order, after the edits.</param>
    /// <param name="actors">The actor index of <paramref name="after"/>.</param>
    /// <param name="tags">The tag index of <paramref name="after"/>.</param>
    /// <param name="previous">The related lists found for <paramref name="before"/>; left as they are.</param>
    /// <param name="edited">Positions of the edited dispatches.</param>
    /// <param name="count">How many related dispatches to keep for each.</param>
    public static int[][] Update(IReadOnlyList<Dispatch> before, IReadOnlyList<Dispatch> after, ActorIndex actors, TagIndex tags, int[][] previous, IReadOnlyCollection<int> edited, int count)
    {
        var result = (int[][])previous.Clone();
        if (count == 0 || after.Count == 0)
        {
            return result;
        }

        var postings = new Postings(after, actors, tags);
        var again = new HashSet<int>(edited);
        foreach (var i in edited)
        {
            foreach (var actor in before[i].Actors.Except(after[i].Actors).Concat(after[i].Actors.Except(before[i].Actors)))
            {
                again.UnionWith(actors.DispatchesOf(actor));
            }

            if (!before[i].Tags.SequenceEqual(after[i].Tags, StringComparer.Ordinal))
            {
                foreach (var tag in before[i].Tags.Concat(after[i].Tags))
                {
                    foreach (var other in tags.DispatchesOf(tag))
                    {
                        again.Add(other);
                    }
                }
            }
        }

        postings.Relate(again.ToList(), count, result);
        return result;
    }

    /// <summary>Which dispatches name each actor and tag, in list order (so by date), and each dispatch's day.</summary>
    private sealed class Postings(IReadOnlyList<Dispatch> dispatches, ActorIndex actors, TagIndex tags)
    {
        private readonly IReadOnlyList<Dispatch> _dispatches = dispatches;
        private readonly ActorIndex _actors = actors;
        private readonly TagIndex _tags = tags;
        private readonly double[] _days = dispatches.Select(d => d.Date.UtcTicks / (double)TimeSpan.TicksPerDay).ToArray();

        /// <summary>Finds the related dispatches of each of <paramref name="which"/> into <paramref name="result"/>.</summary>
        public void Relate(List<int> which, int count, int[][] result)
        {
            var total = _dispatches.Count;
            Parallel.For(0, which.Count, () => new Scratch(total), (k, _, scratch) =>
            {
                var i = which[k];
                var actors = _dispatches[i].Actors;
                for (var a = 0; a < actors.Count; a++)
                {
                    var actor = actors[a];
                    var postings = _actors.PostingsOf(actor);
                    scratch.Score(postings, i, Idf(total, postings.Length));
                }

                foreach (var tag in _dispatches[i].Tags)
                {
                    var postings = _tags.DispatchesOf(tag);
                    scratch.Score(postings, i, TagWeight * Idf(total, postings.Length));
                }

                result[i] = scratch.Best(i, count, _days);
                return scratch;
            }, _ => { });
        }
    }

    // Rarer actors say more: log(1 + N / df), positive so that an actor in every dispatch still relates a little.
    private static double Idf(int total, int frequency) => Math.Log(1.0 + (total / (double)frequency));

    /// <summary>Per-thread scores over all dispatches, with the list of those touched so that resetting is cheap.</summary>
    private sealed class Scratch(int total)
    {
        private readonly double[] _scores = new double[total];
        private readonly List<int> _touched = new(1024);
        private (int Index, double Score, double Distance)[] _best = [];

        /// <summary>Adds <paramref name="weight"/> to the postings nearest to <paramref name="self"/> (sorted by position, so by date).</summary>
        public void Score(ReadOnlySpan<int> postings, int self, double weight)
        {
            var at = postings.BinarySearch(self);
            if (at < 0)
            {
                at = ~at;
            }

            var from = Math.Max(0, at - Window);
            var to = Math.Min(postings.Length, at + Window + 1);
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
            if (_best.Length < count)
            {
                _best = new (int Index, double Score, double Distance)[count];
            }

            var best = _best.AsSpan(0, Math.Min(count, _touched.Count));
            var filled = 0;
            foreach (var other in _touched)
            {
                var shared = _scores[other];
                _scores[other] = 0;

                // Distance only lowers a score: one that starts below the last kept cannot take its place.
                if (filled == best.Length && shared < best[^1].Score)
                {
                    continue;
                }

                var distance = Math.Abs(days[other] - days[self]);
                var score = shared / (1 + (distance / 365.0));
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
            var result = new int[filled];
            for (var k = 0; k < filled; k++)
            {
                result[k] = best[k].Index;
            }

            return result;
        }

        private static bool Better((int Index, double Score, double Distance) a, (int Index, double Score, double Distance) b) =>
            a.Score != b.Score ? a.Score > b.Score : a.Distance != b.Distance ? a.Distance < b.Distance : a.Index < b.Index;
    }
}
