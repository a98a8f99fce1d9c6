namespace SiteGen.Text;

/// <summary>Edit distance between names, for "did you mean" suggestions.</summary>
internal static class EditDistance
{
    /// <summary>
    /// The candidate closest to <paramref name="word"/>, ignoring case, when it is near enough to be a typo of it (one
    /// edit for every three letters, at least one: rustc's rule); otherwise null. Two edits in a short word make
    /// another word (<c>long</c> is two from <c>zone</c>), and a wrong guess misleads more than the list of names.
    /// </summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Compute(word.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }

        return best is not null && bestDistance <= Math.Max(1, word.Length / 3) && bestDistance < word.Length ? best : null;
    }

    /// <summary>
    /// Edits from <paramref name="a"/> to <paramref name="b"/>, a swap of two neighbouring letters counting as one
    /// (the optimal string alignment distance): <c>pgae</c> is one edit from <c>page</c>, as a typist sees it.
    /// </summary>
    public static int Compute(string a, string b)
    {
        if (a.Length == 0)
        {
            return b.Length;
        }

        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], beforePrevious[j - 2] + 1);
                }
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return previous[b.Length];
    }
}
