using System.Collections.Concurrent;
using System.Security.Cryptography;
using SiteGen.Actors;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Feeds;
using SiteGen.IO;
using SiteGen.Loading;
using SiteGen.Markdown;
using SiteGen.Rendering;
using SiteGen.Rendering.Models;
using SiteGen.Search;
using SiteGen.Urls;

namespace SiteGen.Output;

/// <summary>
/// The render stage: turns a <see cref="LoadedSite"/> into output files. One facet per kind of output
/// (dispatches, lists, actors, pages, site files); this file holds the order and what they share.
/// </summary>
public sealed partial class SiteRenderer : IDisposable
{
    private LoadedSite _site;
    private readonly IFileSource _source;
    private IOutputSink _output;
    private readonly BuildOptions _options;
    private readonly DiagnosticBag _diagnostics;
    private readonly UrlBuilder _urls;
    private readonly DateFormatter _dates;
    private readonly PageRenderer _renderer;
    private readonly SiteModel _siteModel;
    private readonly DispatchLinkModel[] _links;
    private readonly string?[] _excerpts;
    private Taxonomies.TaxonomyIndex _taxonomies;
    private readonly ActorMentionMatcher _matcher;
    // By reference: an actor edited in the preview is a new object, and must not get the old one's links.
    private readonly ConcurrentDictionary<Actor, RenderedActor> _actors = new(ReferenceEqualityComparer.Instance);
    private readonly Func<Actor, string> _actorHrefs;
    private readonly Func<Actor, byte[]> _actorAbout;
    private readonly Func<Actor, string[]> _actorSearchWords;
    private readonly string?[] _feedHtml;
    private bool[] _inFeeds = [];
    private readonly SearchIndexBuilder _search;
    private readonly HashSet<string> _staticFiles;
    private Images.ImagePipeline _images;

    private readonly Verification.LinkVerifier? _verifier;

    public SiteRenderer(LoadedSite site, IFileSource source, IOutputSink output, BuildOptions options, DiagnosticBag diagnostics, Verification.LinkVerifier? verifier = null)
    {
        _verifier = verifier;
        _site = site;
        _source = source;
        _output = output;
        _options = options;
        _diagnostics = diagnostics;
        _urls = site.Urls;
        _dates = new DateFormatter(site.Config.TimeZone, _urls);
        _actorHrefs = actor => ActorLink(actor).Url;
        _actorAbout = actor => Rendered(actor).About;
        _actorSearchWords = actor => Rendered(actor).SearchWords;
        _taxonomies = Taxonomies.TaxonomyIndex.Build(site.Dispatches, site.Config, null);
        _siteModel = BuildSiteModel();
        _renderer = new PageRenderer(new TemplateLibrary(site.Theme, diagnostics), _siteModel, diagnostics,
            options.LiveReload ? LiveReload.Script(_urls) : null);
        _links = new DispatchLinkModel[site.Dispatches.Count];
        _excerpts = new string?[site.Dispatches.Count];
        ActorMentionMatcher? matcher = null;
        Parallel.Invoke(
            () => Parallel.For(0, _links.Length, i =>
            {
                _excerpts[i] = DispatchExcerpt.Of(site.Dispatches[i]);
                _links[i] = LinkTo(site.Dispatches[i], _excerpts[i]);
            }),
            () => matcher = new ActorMentionMatcher(site.Registry));
        _matcher = matcher!;
        _feedHtml = new string?[site.Dispatches.Count];
        _search = new SearchIndexBuilder(site.Dispatches.Count, SearchAliases.From(site.Registry.Actors));
        _staticFiles = new HashSet<string>(source.EnumerateFiles("static").Where(f => !EditorScratch.IsPath(f)), StringComparer.Ordinal);
        _images = new Images.ImagePipeline(site.Config.Images, source, output, new Images.ImageCache(options.ImageCacheDirectory));
    }

    /// <summary>The image stage this renderer shows images through.</summary>
    internal Images.ImagePipeline Images => _images;

    public void RenderAll()
    {
        var timings = _options.Timings ?? new StageTimings();
        timings.Measure("render dispatches", RenderDispatches);
        if (_diagnostics.HasErrors)
        {
            // A broken layout would fail the same way on every page; stop after the first pass reported it.
            _renderer.ReportPageCounts();
            return;
        }

        // The rest reads what rendering the dispatches left (their HTML for feeds, their words for search) and writes
        // files of its own: side by side, the stages that run on one thread overlap the others.
        Parallel.Invoke(
            () => timings.Measure("render home", RenderHome),
            () => timings.Measure("render archives", () => DateArchives().RenderAll()),
            () => timings.Measure("render taxonomies", () => TaxonomyPages().RenderAll()),
            () => timings.Measure("render actors", RenderActors),
            () => timings.Measure("render pages", () =>
            {
                RenderPlainPages();
                RenderSpecialPages();
                RenderRedirects();
            }),
            () => timings.Measure("feeds", () => new FeedWriter(_site, _output, _excerpts).WriteAll(_feedHtml)),
            () => timings.Measure("sitemap", () => SitemapWriter.Write(_site, _taxonomies, _output)),
            () => timings.Measure("search index", () => _search.Write(_output)),
            () => timings.Measure("assets", CopyAssets));
        _renderer.ReportPageCounts();
    }

    public void Dispose() => _renderer.Dispose();

    private void RenderPage(string sitePath, string layout, PageModel page, PaginatorModel? paginator, SourceLocation source, bool wrap = true) =>
        _renderer.Render(_output, UrlBuilder.OutputFile(sitePath), layout, page, paginator, source, wrap);

    private DateArchivePages DateArchives() => new(_site, _links, WritePage, SiteAlternates(), TaxonomyPages().Indexes());

    private TaxonomyPages TaxonomyPages() => new(_site, _taxonomies, _links, WritePage, new FeedWriter(_site, _output, _excerpts), SiteAlternates());

    private void WritePage(string sitePath, string layout, PageModel page, PaginatorModel? paginator, bool wrap) =>
        RenderPage(sitePath, layout, page, paginator, SourceLocation.None, wrap);

    private DispatchLinkModel LinkTo(Dispatch dispatch, string? excerpt) => new(
        dispatch.Title,
        _urls.Href(dispatch.Path),
        _dates.Format(dispatch.Date, dispatch.DateHasTime),
        excerpt,
        dispatch.Series,
        dispatch.Actors.Select(ActorLink).ToList(),
        dispatch.Draft)
    {
        SeriesUrl = dispatch.Series is { } series ? TermHref(Configuration.TaxonomyKind.Series, series) : null,
        Terms = TermLinks(dispatch, Configuration.TaxonomyKind.Categories).Concat(TermLinks(dispatch, Configuration.TaxonomyKind.Tags)).ToList(),
    };

    private string? TermHref(Configuration.TaxonomyKind kind, string name) => _taxonomies.Find(kind, name) is { } term ? _urls.Href(term.Path) : null;

    private IEnumerable<TermLinkModel> TermLinks(Dispatch dispatch, Configuration.TaxonomyKind kind) =>
        Taxonomies.TaxonomyIndex.NamesOf(dispatch, kind, _site.Config)
            .Select(name => _taxonomies.Find(kind, name) is { } term ? new TermLinkModel(name, _urls.Href(term.Path), term.Dispatches.Count) : null)
            .OfType<TermLinkModel>();

    private ActorLinkModel ActorLink(Actor actor) => Rendered(actor).Link;

    /// <summary>What every page that names <paramref name="actor"/> writes of it, made once per actor.</summary>
    private RenderedActor Rendered(Actor actor) => _actors.GetOrAdd(actor, static (a, urls) => new RenderedActor(
        new ActorLinkModel(a.Name, ActorKinds.Key(a.Kind), urls.Href(a.Path)),
        StructuredData.About(a, urls),
        SearchDocument.ActorWords(a)), _urls);

    /// <summary>Renders the Markdown of <paramref name="sourcePath"/> shown at <paramref name="sitePath"/>, telling the link check where its links were written.</summary>
    private RenderedMarkdown RenderMarkdown(string body, int firstLine, IReadOnlyList<Actor>? tagged, string sourcePath, string sitePath, string? leadImage = null, DiagnosticBag? diagnostics = null)
    {
        var images = new Images.BodyImages(_images, _urls, sourcePath, leadImage, diagnostics ?? _diagnostics);
        var rendered = MarkdownRenderer.Render(body, new MarkdownContext(_urls, tagged is null ? null : _matcher, tagged, firstLine, _actorHrefs, images));
        _verifier?.AddSource(UrlBuilder.OutputFile(sitePath), sourcePath, rendered.Links);
        return rendered;
    }

    private FeedLinksModel FeedLinks(string atom, string rss, string json) => new(_urls.Href(atom), _urls.Href(rss), _urls.Href(json));

    private IReadOnlyList<AlternateModel> SiteAlternates() =>
    [
        new AlternateModel($"{_site.Config.Title} (Atom)", "application/atom+xml", _siteModel.Feeds.Atom),
        new AlternateModel($"{_site.Config.Title} (RSS)", "application/rss+xml", _siteModel.Feeds.Rss),
        new AlternateModel($"{_site.Config.Title} (JSON Feed)", "application/feed+json", _siteModel.Feeds.Json),
    ];

    private SiteModel BuildSiteModel()
    {
        var config = _site.Config;
        var years = _site.Dispatches
            .GroupBy(d => TimeZoneInfo.ConvertTime(d.Date, config.TimeZone).Year)
            .OrderByDescending(g => g.Key)
            .Select(g => new ArchiveLinkModel(g.Key.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), _urls.Href(DateFormatter.YearPath(g.Key)), g.Count()))
            .ToList();
        var menu = config.Menu.Count > 0
            ? config.Menu.Select(m => new LinkModel(m.Title, _urls.RewriteAuthored(m.Url))).ToList()
            : _site.Pages.Select(p => new LinkModel(p.Title, _urls.Href(p.Path))).ToList();
        return new SiteModel
        {
            Title = config.Title,
            Description = config.Description,
            Language = config.Language,
            BaseUrl = config.BaseUrl.ToString(),
            BasePath = _urls.BasePath,
            TimeZone = config.TimeZone.Id,
            Authors = config.Authors.Select(a => new AuthorModel(a.Name, a.Url)).ToList(),
            Copyright = config.Copyright,
            Menu = menu,
            TaxonomyMenu = config.Taxonomies.Menu
                .Where(kind => _taxonomies.TermsOf(kind).Count > 0)
                .Select(kind => new LinkModel(Configuration.TaxonomyKinds.Plural(kind), _urls.Href(Taxonomies.TaxonomyIndex.IndexPath(kind, config))))
                .Where(link => !menu.Any(m => m.Url == link.Url))
                .ToList(),
            HomeUrl = _urls.Href(SitePaths.Home),
            ArchivesUrl = _urls.Href(SitePaths.Archives),
            ActorsUrl = _urls.Href(SitePaths.Actors),
            GraphUrl = _urls.Href(SitePaths.Graph),
            SearchUrl = _urls.Href(SitePaths.Search),
            SearchIndexUrl = _urls.Href(SitePaths.SearchIndex),
            Feeds = FeedLinks(SitePaths.Atom, SitePaths.Rss, SitePaths.JsonFeed),
            StylesheetUrl = AssetHref("assets/site.css"),
            ScriptUrl = AssetHref("assets/site.js"),
            Icons = new IconsModel(_urls.Href(Configuration.SiteIcons.FaviconPath), _urls.Href(config.Icons.Svg), _urls.Href(config.Icons.AppleTouch), config.Icons.ThemeColor),
            DispatchCount = _site.Dispatches.Count,
            ActorCount = _site.Registry.Actors.Count,
            Years = years,
        };
    }

    /// <summary>An asset's href with a short content hash, so browsers fetch it again only when it changes.</summary>
    private string AssetHref(string path)
    {
        var file = _site.Theme.Assets().FirstOrDefault(a => a.Path == path);
        var sitePath = "/" + path;
        if (_source.FileExists("static/" + path))
        {
            return _urls.Href(sitePath) + "?v=" + Hash(_source.ReadAllBytes("static/" + path));
        }

        return file is null ? _urls.Href(sitePath) : _urls.Href(sitePath) + "?v=" + Hash(file.Source.ReadAllBytes(file.Path));
    }

    private sealed record RenderedActor(ActorLinkModel Link, byte[] About, string[] SearchWords);

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
}
