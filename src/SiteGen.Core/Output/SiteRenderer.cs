using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.IO;
using SiteGen.Loading;
using SiteGen.Search;
using SiteGen.Verification;

namespace SiteGen.Output;

/// <summary>
/// The render stage: turns a <see cref="LoadedSite"/> into output files. Each kind of output is its own type over one
/// <see cref="RenderContext"/>; this one holds their order, and what the preview keeps between edits (the context last
/// rendered, the feed HTML and the search index).
/// </summary>
public sealed partial class SiteRenderer : IDisposable
{
    private readonly DiagnosticBag _diagnostics;
    private readonly SearchIndexBuilder _search;
    private RenderContext _context;
    private IReadOnlyList<string?> _feedHtml = [];

    /// <summary>A renderer of <paramref name="site"/>; with <paramref name="renderOnce"/> it keeps nothing that only rendering again after an edit reads.</summary>
    public SiteRenderer(LoadedSite site, IFileSource source, IOutputSink output, BuildOptions options, DiagnosticBag diagnostics, LinkVerifier? verifier = null, bool renderOnce = false)
    {
        _diagnostics = diagnostics;
        _context = RenderContext.Create(site, source, output, options, diagnostics, verifier, renderOnce);
        _search = new SearchIndexBuilder(_context.Dispatches.Count, SearchAliases.From(_context.Registry.Actors));
    }

    /// <summary>The image stage this renderer shows images through.</summary>
    internal Images.ImagePipeline Images => _context.Images;

    /// <summary>Does now what the first render after an edit would otherwise do first (see <see cref="PageReads.IndexReaders"/>).</summary>
    internal void PrepareForEdits() => _context.Reads.IndexReaders();

    /// <summary>The categories, tags, series and authors of the dispatches last rendered.</summary>
    internal Taxonomies.TaxonomyIndex Taxonomies => _context.Taxonomies;

    public void RenderAll()
    {
        var context = _context;
        var timings = context.Options.Timings ?? new StageTimings();
        var pass = timings.Measure("render dispatches", () => new DispatchPages(context).RenderAll(_diagnostics, (i, document) => _search.Add(i, document, context.Output)));
        if (_diagnostics.HasErrors)
        {
            // A broken layout would fail the same way on every page; stop after the first pass reported it.
            context.Layouts.ReportPageCounts();
            return;
        }

        _feedHtml = pass.FeedHtml;

        // The rest reads what rendering the dispatches returned (their HTML for feeds) and search what it was handed,
        // and writes files of its own: side by side, the stages that run on one thread overlap the others.
        Parallel.Invoke(
            () => timings.Measure("render home", new HomePages(context).RenderAll),
            () => timings.Measure("render archives", () => context.DateArchives().RenderAll()),
            () => timings.Measure("render taxonomies", () => context.TaxonomyPages().RenderAll()),
            () => timings.Measure("render actors", () =>
            {
                new ActorPages(context).RenderAll();
                new ActorIndexPage(context).Render();
                new ActorNetworkPage(context).Render();
            }),
            () => timings.Measure("render pages", () =>
            {
                new PlainPages(context).Render();
                new SearchAndNotFoundPages(context).Render();
                RenderRedirects(context);
            }),
            () => timings.Measure("feeds", () => new SiteFeeds(context).WriteAll(pass.FeedHtml)),
            () => timings.Measure("sitemap", context.WriteSitemap),
            () => timings.Measure("search index", () => _search.Write(context.Output)),
            () => timings.Measure("assets", new SiteFiles(context).Write),
            () => context.WordPressIds.Write(context.Output, context.Urls));
        context.Layouts.ReportPageCounts();
    }

    public void Dispose() => _context.Layouts.Dispose();

    /// <summary>Renders the redirect pages, and returns those written last time and not now.</summary>
    private static IReadOnlyList<string> RenderRedirects(RenderContext context) =>
        context.Reads.RecordFiles(new PageReads.Page(PageReads.PageKind.Redirects), new RedirectPages(context).Render());
}
