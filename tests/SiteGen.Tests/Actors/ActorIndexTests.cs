using SiteGen.Actors;
using SiteGen.Content;

namespace SiteGen.Tests.Actors;

public sealed class ActorIndexTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 7)]
    [InlineData(3, 60)]
    [InlineData(4, 10_000)]
    public void StrongestTiesAreTheTopOfEveryPairSorted(int seed, int max)
    {
        var random = new Random(seed);
        var actors = Enumerable.Range(0, 30)
            .Select(i => new Actor { Id = $"a{(i * 7919) % 30:D2}", Name = $"Actor {i}", Kind = ActorKind.Person, Slug = $"a{i}", Path = $"/actors/a{i}/", SourcePath = $"a{i}.md" })
            .ToArray();
        var dispatches = Enumerable.Range(0, 300).Select(i => new Dispatch
        {
            SourcePath = $"d{i}.md",
            Title = $"Dispatch {i}",
            Date = DateTimeOffset.UnixEpoch.AddDays(-i),
            Slug = $"d{i}",
            Path = $"/d{i}/",

            // Skewed, so that counts repeat and ties are broken by id.
            Actors = actors.Where((_, k) => random.Next(k + 2) == 0).ToList(),
        }).ToList();

        var pairs = from d in dispatches
                    from a in d.Actors
                    from b in d.Actors
                    where string.CompareOrdinal(a.Id, b.Id) < 0
                    group 0 by (A: a, B: b) into g
                    select (g.Key.A, g.Key.B, Count: g.Count());
        var expected = pairs.OrderByDescending(t => t.Count)
            .ThenBy(t => t.A.Id, StringComparer.Ordinal)
            .ThenBy(t => t.B.Id, StringComparer.Ordinal)
            .Take(max)
            .ToList();

        Assert.Equal(expected, new ActorIndex(dispatches).StrongestTies(max));
    }
}
