using Scriban.Runtime;
using SiteGen.Rendering;

namespace SiteGen.Tests.Rendering;

public sealed class PartialCacheTests
{
    private sealed record Card(string Title);

    [Fact]
    public void KeysCompareTextAndNumbersByValueAndModelsByIdentity()
    {
        var cache = new PartialCache();
        var card = new Card("Minsk");
        cache.Add(Arguments("card.sbn", card, 3, true), new PartialCache.Output("<article>Minsk</article>", false));

        Assert.True(cache.TryGet(Arguments("card" + ".sbn", card, 3, true), out var cached));
        Assert.Equal("<article>Minsk</article>", cached.Html);

        // An equal model that is another object is another dispatch's (or an edited one's) card.
        Assert.False(cache.TryGet(Arguments("card.sbn", new Card("Minsk"), 3, true), out _));
        Assert.False(cache.TryGet(Arguments("card.sbn", card, 2, true), out _));
        Assert.False(cache.TryGet(Arguments("card.sbn", card, 3, false), out _));
        Assert.False(cache.TryGet(Arguments("card.sbn", card, 3), out _));
        Assert.False(cache.TryGet(Arguments("other.sbn", card, 3, true), out _));
    }

    [Fact]
    public void EveryThreadSeesWhatAnyThreadAdded()
    {
        var cache = new PartialCache();
        var cards = Enumerable.Range(0, 5_000).Select(i => new Card($"Dispatch {i}")).ToList();
        Parallel.ForEach(cards, card => cache.Add(Arguments("card.sbn", card, 3), new PartialCache.Output(card.Title, false)));

        // Twice over: the first pass fills each thread's cache of recent keys, the second reads it.
        for (var pass = 0; pass < 2; pass++)
        {
            Parallel.ForEach(cards, card =>
            {
                Assert.True(cache.TryGet(Arguments("card.sbn", card, 3), out var cached));
                Assert.Equal(card.Title, cached.Html);
            });
        }

        Assert.True(cache.TryGet(Arguments("card.sbn", cards[0], 3), out _));
        Assert.False(new PartialCache().TryGet(Arguments("card.sbn", cards[0], 3), out _));
    }

    private static ScriptArray Arguments(params object[] values)
    {
        var arguments = new ScriptArray();
        foreach (var value in values)
        {
            arguments.Add(value);
        }

        return arguments;
    }
}
