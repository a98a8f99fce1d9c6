using SiteGen.Text;

namespace SiteGen.Tests.Text;

public sealed class StringPoolTests
{
    [Fact]
    public void EachPoolKeepsOneCopyOfEachValue()
    {
        var first = new StringPool();
        var second = new StringPool();
        var a = first.Get("/actors/belarus/".AsSpan());
        var b = second.Get("/actors/belarus/".AsSpan());

        // Alternating pools on one thread empties the thread's cache of recent values, never mixes them up.
        for (var i = 0; i < 3; i++)
        {
            Assert.Same(a, first.Get("/actors/belarus/".AsSpan()));
            Assert.Same(b, second.Get("/actors/belarus/".AsSpan()));
        }

        Assert.NotSame(a, b);
        Assert.Equal("/actors/belarus/", a);
    }

    [Fact]
    public void ValuesThatShareACacheSlotStayApart()
    {
        var pool = new StringPool();
        var values = Enumerable.Range(0, 20_000).Select(i => $"/2022/{i % 12:D2}/{i}/").ToList();
        var pooled = values.Select(v => pool.Get(v.AsSpan())).ToList();
        for (var i = 0; i < values.Count; i++)
        {
            Assert.Equal(values[i], pooled[i]);
            Assert.Same(pooled[i], pool.Get(values[i].AsSpan()));
        }

        var fromThreads = values.AsParallel().Select(v => pool.Get(v.AsSpan())).ToList();
        Assert.All(fromThreads.Zip(pooled), pair => Assert.Same(pair.Second, pair.First));
    }
}
