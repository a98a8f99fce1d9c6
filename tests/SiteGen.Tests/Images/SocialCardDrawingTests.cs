using System.Globalization;
using System.Text;
using SiteGen.Configuration;
using SiteGen.Images;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Images;

/// <summary>How a build draws social cards when none is cached: a few at a time, whatever the thread pool offers.</summary>
[Collection(nameof(RunsAlone))]
public sealed class SocialCardDrawingTests
{
    [Fact]
    public void CardsAreDrawnAtMostOnePerCoreAtATimeHoweverManyThreadsThePoolOffers()
    {
        var cards = Math.Max(24, 4 * Environment.ProcessorCount);
        var text = new StringBuilder("-- site.yml --\ntitle: T\nbase_url: https://example.org/\npermalink: /:slug/\n");
        for (var i = 1; i <= cards; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"-- content/dispatches/d{i}.md --\n---\ntitle: Dispatch number {i}\ndate: 2025-06-24\n---\nText {i}.\n");
        }

        ThreadPool.GetMinThreads(out var workers, out var completion);
        // A loop without a bound runs on every thread the pool has; with this many ready at once it shows at once,
        // rather than after the pool's slow growth that made about 1,000 threads in an hour-long build.
        ThreadPool.SetMinThreads(2 * cards, completion);
        try
        {
            SocialCardDrawer.ResetMostAtOnce();

            var built = TestSite.Parse(text.ToString()).BuildOk(new BuildOptions { ImageCacheDirectory = null });

            Assert.Equal(cards, built.Output.Files.Keys.Count(path => path.EndsWith("/card.png", StringComparison.Ordinal)));
            Assert.Equal(cards, built.Result.ImagesMade);
            Assert.InRange(SocialCardDrawer.MostAtOnce, 1, ImagePipeline.Workers);
        }
        finally
        {
            ThreadPool.SetMinThreads(workers, completion);
        }
    }
}
