using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Feeds;
using SiteGen.IO;

namespace SiteGen.Output;

public sealed partial class SiteRenderer
{
    /// <summary>
    /// After <see cref="RenderAll"/>, renders again what depends on the body of dispatch <paramref name="index"/>, which
    /// <paramref name="updated"/> replaces with its front matter unchanged: its page, the feeds that carry it, and its
    /// words in the search index. Nothing else reads a body, so the output is then what a full build would write.
    /// </summary>
    /// <param name="index">The dispatch's position, newest first.</param>
    /// <param name="updated">The dispatch with its new body.</param>
    /// <param name="output">Receives the files written again.</param>
    /// <param name="diagnostics">Receives what rendering the body found (untagged mentions, a missing image).</param>
    public void RenderBodyEdit(int index, Dispatch updated, IOutputSink output, DiagnosticBag diagnostics)
    {
        var dispatches = _site.Dispatches.ToArray();
        dispatches[index] = updated;
        _site = _site with { Dispatches = dispatches };
        _output = output;
        _diagnostics = diagnostics;

        var document = RenderDispatch(index);
        var feeds = new FeedWriter(_site, output);
        if (feeds.SiteCarries(index))
        {
            feeds.WriteSite(_feedHtml);
        }

        foreach (var actor in _options.WithoutActorFeatures ? [] : updated.Actors)
        {
            if (feeds.ActorCarries(actor, index))
            {
                feeds.WriteActor(actor, _feedHtml);
            }
        }

        _search.Replace(index, document, output);
    }
}
