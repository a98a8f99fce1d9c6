using SiteGen.Actors;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Feeds;
using SiteGen.Images;
using SiteGen.IO;
using SiteGen.Loading;
using SiteGen.Markdown;
using SiteGen.Rendering;
using SiteGen.Rendering.Models;
using SiteGen.Taxonomies;
using SiteGen.Urls;
using SiteGen.Verification;

namespace SiteGen.Output;

/// <summary>
/// What every output of one render pass reads, fixed for the pass: the parts of the loaded site the outputs show
/// (not what only loading and publishing keep, such as the left-out dispatches), where its files go, and what is
/// worked out once (dispatch cards, actor links, the site model, the layouts). An edit in the preview makes a new
/// context with <c>with</c>; no output changes one.
/// </summary>
internal sealed record RenderContext(
    SiteConfig Config,
    UrlBuilder Urls,
    ActorRegistry Registry,
    IReadOnlyList<Dispatch> Dispatches,
    IReadOnlyList<PlainPage> Pages,
    ActorIndex ActorIndex,
    int[][] Related,
    ThemeFiles Theme,
    IFileSource Source,
    IOutputSink Output,
    BuildOptions Options,
    DiagnosticBag Diagnostics,
    PageRenderer Layouts,
    TaxonomyIndex Taxonomies,
    ImagePipeline Images,
    IReadOnlyList<Excerpt?> Excerpts,
    IReadOnlyList<DispatchLinkModel> Links,
    IReadOnlyList<int> HomeOrder,
    ActorMentionMatcher Matcher,
    RenderedActors Actors,
    SiteModel SiteModel,
    IReadOnlySet<string> StaticFiles,
    PageReads Reads,
    DispatchIds Ids,
    LinkVerifier? Verifier)
{
    public DateFormatter Dates { get; } = new(Config.TimeZone, Urls);

    /// <summary>
    /// Told each dispatch whose page the full pass has written, in a build that renders once: it lets go of that
    /// dispatch's body, which nothing after its page reads (excerpts are taken before the pass). At 100,000 dispatches
    /// the bodies are half a gigabyte, otherwise held to the end of the build. Null in the preview, which renders
    /// pages again after an edit.
    /// </summary>
    public Action<int>? PageWritten { get; init; }

    /// <summary>The old WordPress ids the site answers on its home page; a dispatch added or deleted in the preview changes them.</summary>
    public WordPressIdMap WordPressIds { get; init; } = WordPressIdMap.Of([], [], [], null);

    /// <summary>
    /// Works out what the passes over <paramref name="site"/> share; the caller disposes the layouts (<see cref="Layouts"/>).
    /// <paramref name="renderOnce"/> leaves out what only rendering again after an edit reads (<see cref="PageReads"/>).
    /// </summary>
    public static RenderContext Create(LoadedSite site, IFileSource source, IOutputSink output, BuildOptions options, DiagnosticBag diagnostics, LinkVerifier? verifier, bool renderOnce = false)
    {
        var urls = site.Urls;
        var taxonomies = TaxonomyIndex.Build(site.Dispatches, site.Config, null);
        var siteModel = SiteModelBuilder.Build(site.Config, urls, site.Dispatches, site.Pages, site.Registry.Actors, site.Theme, source, taxonomies);
        var pages = new PageRenderer(new TemplateLibrary(site.Theme, diagnostics), siteModel, diagnostics,
            options.LiveReload ? LiveReload.Script(urls) : null);
        var links = new DispatchLinkModel[site.Dispatches.Count];
        var excerpts = new Excerpt?[site.Dispatches.Count];
        var staticFiles = new HashSet<string>(source.EnumerateFiles("static").Where(f => !EditorScratch.IsPath(f)), StringComparer.Ordinal);
        var images = new ImagePipeline(site.Config.Images, source, output, new ImageCache(options.ImageCacheDirectory));

        var context = new RenderContext(site.Config, urls, site.Registry, site.Dispatches, site.Pages, site.ActorIndex, site.Related, site.Theme,
            source, output, options, diagnostics, pages, taxonomies, images, excerpts, links, HomeOrderOf(site.Dispatches), null!,
            new RenderedActors(urls), siteModel, staticFiles, new PageReads(recording: !renderOnce), DispatchIds.ByPosition(links.Length), verifier);
        ActorMentionMatcher? matcher = null;
        Parallel.Invoke(
            () => Parallel.For(0, links.Length, i =>
            {
                excerpts[i] = DispatchExcerpt.Of(site.Dispatches[i]);
                links[i] = context.LinkTo(site.Dispatches[i], excerpts[i]);
            }),
            () => matcher = new ActorMentionMatcher(site.Registry));
        return context with { Matcher = matcher!, PageWritten = renderOnce ? LetGoOfBodies(site.Dispatches) : null, WordPressIds = WordPressIdMap.Of(site.Dispatches, site.Pages, site.Attachments, null) };
    }

    /// <summary>Empties the body of each dispatch it is told, in the array the load made (any other list is left whole).</summary>
    private static Action<int>? LetGoOfBodies(IReadOnlyList<Dispatch> dispatches) =>
        dispatches is Dispatch[] loaded ? i => loaded[i] = loaded[i] with { BodyUtf8 = ReadOnlyMemory<byte>.Empty } : null;

    /// <summary>The dispatches' positions in the home pages' order: sticky ones first, as WordPress shows them, each group newest first.</summary>
    public static int[] HomeOrderOf(IReadOnlyList<Dispatch> dispatches) =>
        [.. Enumerable.Range(0, dispatches.Count).OrderBy(i => dispatches[i].Sticky ? 0 : 1)];

    /// <summary>How many list pages show <paramref name="items"/>: at least one, even for none.</summary>
    public static int PageCount(int items, int perPage) => Math.Max(1, (items + perPage - 1) / perPage);

    public static string Excerpt(string text, int length = 200)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= length)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', length);
        return flat[..(cut > length / 2 ? cut : length)] + "…";
    }

    /// <summary>The card of <paramref name="dispatch"/> that lists, neighbours and timelines show.</summary>
    public DispatchLinkModel LinkTo(Dispatch dispatch, Excerpt? excerpt) => new(
        dispatch.Title,
        Urls.Href(dispatch.Path),
        Dates.Format(dispatch.Date, dispatch.DateHasTime),
        excerpt?.Text,
        dispatch.Series,
        dispatch.Actors.Select(ActorLink).ToList(),
        dispatch.Draft)
    {
        SeriesUrl = dispatch.Series is { } series ? TermHref(TaxonomyKind.Series, series) : null,
        Terms = TermLinks(dispatch, TaxonomyKind.Categories).Concat(TermLinks(dispatch, TaxonomyKind.Tags)).ToList(),
        More = excerpt is { IsTeaser: true } ? new MoreLinkModel(Urls.Href(dispatch.Path) + "#" + SummaryAnchor.IdOf(dispatch.Guid), excerpt.LinkText) : null,
    };

    public IEnumerable<TermLinkModel> TermLinks(Dispatch dispatch, TaxonomyKind kind) =>
        dispatch.TermNames(kind, Config)
            .Select(name => Taxonomies.Find(kind, name) is { } term ? new TermLinkModel(name, Urls.Href(term.Path), term.Dispatches.Count) : null)
            .OfType<TermLinkModel>();

    /// <summary>The tag, category, series and author pages.</summary>
    public TaxonomyPages TaxonomyPages() => new(Config, Urls, Dispatches, Pages, Registry.Actors, Taxonomies, Links, WritePage, Feeds(), SiteAlternates());

    /// <summary>The archive index, years, months and days.</summary>
    public DateArchivePages DateArchives() => new(Config, Urls, Links, WritePage, SiteAlternates(), TaxonomyPages().Indexes());

    /// <summary>The feeds of the site, its actors and its terms, written into <see cref="Output"/>.</summary>
    public FeedWriter Feeds() => new(Config, Urls, Dispatches, ActorIndex, Output, Excerpts,
        () => SiteGen.Output.TaxonomyPages.TakenPaths(Dispatches, Pages, Registry.Actors, Taxonomies), () => TaxonomyPages().ActorWordPressFeeds());

    /// <summary>Writes the sitemap into <see cref="Output"/>.</summary>
    public void WriteSitemap() => SitemapWriter.Write(Config, Urls, Dispatches, Pages, ActorsWithPages().ToList(), ActorIndex, Taxonomies, Output);

    public ActorLinkModel ActorLink(Actor actor) => Actors.Of(actor).Link;

    /// <summary>
    /// Whether <paramref name="actor"/> has a page: when a published dispatch names it, or its registry entry has
    /// something of its own to show (a profile, a parent or members) or former URLs to keep. A name alone, which no
    /// dispatch names, made a page that only said so. An actor with relations or former URLs keeps its page whatever
    /// the dispatches say, so a link between relations or a redirect never points at a page that comes and goes.
    /// </summary>
    public bool HasActorPage(Actor actor) =>
        ActorIndex.CountOf(actor) > 0 || !string.IsNullOrWhiteSpace(actor.Profile) || actor.ParentId is not null
        || Registry.Children.ContainsKey(actor.Id) || actor.FormerPaths.Count > 0;

    /// <summary>How many timeline pages <paramref name="actor"/> has: none without a page (<see cref="HasActorPage"/>).</summary>
    public int ActorPageCount(Actor actor) => HasActorPage(actor) ? PageCount(ActorIndex.CountOf(actor), Config.ActorPerPage) : 0;

    /// <summary>The actors that have pages, in the registry's order.</summary>
    public IEnumerable<Actor> ActorsWithPages() => Registry.Actors.Where(HasActorPage);

    private string? TermHref(TaxonomyKind kind, string name) => Taxonomies.Find(kind, name) is { } term ? Urls.Href(term.Path) : null;

    public void WritePage(string sitePath, string layout, PageModel page, PaginatorModel? paginator, bool wrap) =>
        RenderPage(sitePath, layout, page, paginator, SourceLocation.None, wrap);

    /// <summary>Renders a page; <paramref name="script"/>, a script of SiteGen's own, goes before <c>&lt;/body&gt;</c> whatever the theme.</summary>
    public void RenderPage(string sitePath, string layout, PageModel page, PaginatorModel? paginator, SourceLocation source, bool wrap = true, string? script = null) =>
        Layouts.Render(Output, UrlBuilder.OutputFile(sitePath), layout, page, paginator, source, wrap, script);

    /// <summary>
    /// Renders the Markdown of <paramref name="sourcePath"/> shown at <paramref name="sitePath"/>, telling the link check
    /// where its links were written; a dispatch's summary divider becomes the anchor <paramref name="moreAnchor"/>.
    /// </summary>
    public RenderedMarkdown RenderMarkdown(string body, int firstLine, IReadOnlyList<Actor>? tagged, string sourcePath, string sitePath, string? leadImage = null, DiagnosticBag? diagnostics = null, string? moreAnchor = null)
    {
        var images = new BodyImages(Images, Urls, sourcePath, leadImage, diagnostics ?? Diagnostics);
        var rendered = MarkdownRenderer.Render(body, new MarkdownContext(Urls, tagged is null ? null : Matcher, tagged, firstLine, actor => ActorLink(actor).Url, images, moreAnchor));
        Verifier?.AddSource(UrlBuilder.OutputFile(sitePath), sourcePath, rendered.Links);
        return rendered;
    }

    /// <summary>
    /// Sets what <paramref name="page"/>, just rendered at <paramref name="sitePath"/>, read: <paramref name="facts"/>,
    /// and the site's totals if its layouts read them.
    /// </summary>
    public void RecordReads(PageReads.Page page, string sitePath, IEnumerable<PageReads.Fact> facts) =>
        Reads.Record(page, Layouts.ReadSiteTotals(UrlBuilder.OutputFile(sitePath)) ? facts.Append(PageReads.Fact.SiteTotals) : facts);

    /// <summary>The card fact of the dispatch at <paramref name="position"/>.</summary>
    public PageReads.Fact Card(int position) => PageReads.Fact.Card(Ids.IdOf(position));

    public FeedLinksModel FeedLinks(string atom, string rss, string json) => new(Urls.Href(atom), Urls.Href(rss), Urls.Href(json));

    public IReadOnlyList<AlternateModel> SiteAlternates() =>
    [
        new AlternateModel($"{Config.Title} (Atom)", "application/atom+xml", SiteModel.Feeds.Atom),
        new AlternateModel($"{Config.Title} (RSS)", "application/rss+xml", SiteModel.Feeds.Rss),
        new AlternateModel($"{Config.Title} (JSON Feed)", "application/feed+json", SiteModel.Feeds.Json),
    ];

    public PaginatorModel Paginator(string listPath, int number, int total) => new()
    {
        PageNumber = number,
        TotalPages = total,
        PreviousUrl = number > 1 ? Urls.Href(UrlBuilder.Paged(listPath, number - 1)) : null,
        NextUrl = number < total ? Urls.Href(UrlBuilder.Paged(listPath, number + 1)) : null,
        FirstUrl = Urls.Href(listPath),
        LastUrl = Urls.Href(UrlBuilder.Paged(listPath, total)),
    };
}
