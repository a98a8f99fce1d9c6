using SiteGen.Content;
using SiteGen.Feeds;
using SiteGen.Loading;

namespace SiteGen.Output;

/// <summary>The site's feeds and each actor's, written from the dispatch HTML a <see cref="DispatchPassResult"/> holds.</summary>
internal sealed class SiteFeeds(RenderContext context)
{
    /// <summary>Which dispatches some feed carries, so only their HTML is kept in memory.</summary>
    public bool[] HtmlNeeded()
    {
        var site = context.Site;
        var feeds = Writer();
        var result = new bool[site.Dispatches.Count];
        foreach (var index in feeds.SiteEntries())
        {
            result[index] = true;
        }

        // Actor feeds need the HTML only when they carry whole dispatches; their summaries are the excerpts.
        foreach (var actor in site.Config.Feeds.ActorFullContent ? site.Registry.Actors : [])
        {
            foreach (var index in feeds.ActorEntries(actor))
            {
                result[index] = true;
            }
        }

        return result;
    }

    public void WriteAll(IReadOnlyList<string?> html) => Writer().WriteAll(html);

    /// <summary>The feeds that carried or carry one of <paramref name="edited"/> in <paramref name="before"/> or now.</summary>
    public void WriteEdited(LoadedSite before, IReadOnlyCollection<int> edited, IReadOnlyList<string?> html)
    {
        var feedsBefore = new FeedWriter(before, context.Output);
        var feeds = Writer();
        if (edited.Any(feeds.SiteCarries))
        {
            feeds.WriteSite(html);
        }

        var actorFeeds = new HashSet<Actor>();
        foreach (var i in edited)
        {
            foreach (var actor in before.Dispatches[i].Actors.Union(context.Site.Dispatches[i].Actors))
            {
                if (feedsBefore.ActorCarries(actor, i) || feeds.ActorCarries(actor, i))
                {
                    actorFeeds.Add(actor);
                }
            }
        }

        Parallel.ForEach(actorFeeds, actor => feeds.WriteActor(actor, html));
    }

    private FeedWriter Writer() => new(context.Site, context.Output, context.Excerpts);
}
