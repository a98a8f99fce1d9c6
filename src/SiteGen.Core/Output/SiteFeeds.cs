using SiteGen.Content;
using SiteGen.Feeds;

namespace SiteGen.Output;

/// <summary>The site's feeds and each actor's, written from the dispatch HTML a <see cref="DispatchPassResult"/> holds.</summary>
internal sealed class SiteFeeds(RenderContext context)
{
    /// <summary>Which dispatches some feed carries, so only their HTML is kept in memory.</summary>
    public bool[] HtmlNeeded()
    {
        var feeds = context.Feeds();
        var result = new bool[context.Dispatches.Count];
        foreach (var index in feeds.SiteEntries())
        {
            result[index] = true;
        }

        // Actor feeds need the HTML only when they carry whole dispatches; their summaries are the excerpts.
        foreach (var actor in context.Config.Feeds.ActorFullContent ? context.Registry.Actors : [])
        {
            foreach (var index in feeds.ActorEntries(actor))
            {
                result[index] = true;
            }
        }

        return result;
    }

    public void WriteAll(IReadOnlyList<string?> html)
    {
        var feeds = context.Feeds();
        feeds.WriteAll(context.Registry.Actors, html);
        feeds.WriteCommentFeeds();
    }

    /// <summary>
    /// The feeds that carried or carry one of <paramref name="edited"/> when <paramref name="before"/> rendered or now;
    /// returns the feed files of the actors that had feeds then and have none now.
    /// </summary>
    public IReadOnlyList<string> WriteEdited(RenderContext before, IReadOnlyCollection<int> edited, IReadOnlyList<string?> html)
    {
        var feedsBefore = before.Feeds();
        var feeds = context.Feeds();
        if (edited.Any(feeds.SiteCarries))
        {
            feeds.WriteSite(html);
        }

        var actorFeeds = new HashSet<Actor>();
        foreach (var i in edited)
        {
            foreach (var actor in before.Dispatches[i].Actors.Union(context.Dispatches[i].Actors))
            {
                if (feedsBefore.ActorCarries(actor, i) || feeds.ActorCarries(actor, i))
                {
                    actorFeeds.Add(actor);
                }
            }
        }

        Parallel.ForEach(actorFeeds, actor => feeds.WriteActor(actor, html));

        // A comment feed names its dispatch's title.
        feeds.WriteCommentFeeds(edited);
        return Gone(feedsBefore, feeds, actorFeeds).Concat(feedsBefore.CommentFeedFiles().Except(feeds.CommentFeedFiles(), StringComparer.Ordinal)).ToList();
    }

    /// <summary>The feed files of those of <paramref name="actors"/> that had feeds in <paramref name="before"/> and have none in <paramref name="now"/>.</summary>
    public static IReadOnlyList<string> Gone(FeedWriter before, FeedWriter now, IEnumerable<Actor> actors) =>
        actors.Where(a => before.HasActorFeeds(a) && !now.HasActorFeeds(a)).SelectMany(FeedWriter.ActorFeedFiles).ToList();
}
