using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Diagnostics;
using SiteGen.IO;
using SiteGen.Rendering.Models;

namespace SiteGen.Rendering;

/// <summary>
/// Renders a page: its layout with <c>site</c>, <c>page</c> and <c>paginator</c>, then <c>baseof.sbn</c> around the
/// result (as <c>content</c>). One Scriban context per thread is reused across pages.
/// </summary>
internal sealed class PageRenderer : IDisposable
{
    public const string BaseLayout = "baseof.sbn";

    private readonly TemplateLibrary _library;
    private readonly SiteModel _site;
    private readonly DiagnosticBag _diagnostics;
    private readonly string? _liveReloadScript;
    private readonly ThreadLocal<HtmlTemplateContext> _contexts;
    private readonly PartialCache _partials;

    // The output files whose last render read the site's totals: shared by the renderers that follow this one.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _totalsReaders;

    // One template mistake fails every page that reaches it: it is reported once, with the number of pages it hit.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(SourceLocation Where, string Message), TemplateMistake> _mistakes = new();

    public PageRenderer(TemplateLibrary library, SiteModel site, DiagnosticBag diagnostics, string? liveReloadScript)
        : this(library, site, diagnostics, liveReloadScript, new(StringComparer.Ordinal), new PartialCache())
    {
    }

    private PageRenderer(TemplateLibrary library, SiteModel site, DiagnosticBag diagnostics, string? liveReloadScript,
        System.Collections.Concurrent.ConcurrentDictionary<string, byte> totalsReaders, PartialCache partials)
    {
        _library = library;
        _site = site;
        _diagnostics = diagnostics;
        _liveReloadScript = liveReloadScript;
        _totalsReaders = totalsReaders;
        _partials = partials;
        _contexts = new ThreadLocal<HtmlTemplateContext>(CreateContext);
    }

    /// <summary>
    /// Starts Scriban's one-time setup on the thread pool: its built-in functions are bound by reflection once per
    /// process (about 10 ms natively), which the first page rendered waits for unless it was done while the site loaded.
    /// </summary>
    public static void WarmUp() => ThreadPool.UnsafeQueueUserWorkItem(static _ => _ = new Scriban.TemplateContext(), null);

    /// <summary>The output files whose last render read <see cref="SiteModel.DispatchCount"/> or <see cref="SiteModel.Years"/>.</summary>
    public IReadOnlyCollection<string> SiteTotalsReaders => (IReadOnlyCollection<string>)_totalsReaders.Keys;

    /// <summary>Whether the last render of <paramref name="path"/> read the site's totals.</summary>
    public bool ReadSiteTotals(string path) => _totalsReaders.ContainsKey(path);

    /// <summary>
    /// A renderer of the same layouts for <paramref name="site"/>, which differs from this one's in its totals only:
    /// it knows what this one's pages read, and keeps the cached partials unless one of them read the totals.
    /// </summary>
    public PageRenderer WithSite(SiteModel site) =>
        new(_library, site, _diagnostics, _liveReloadScript, _totalsReaders, _partials.ReadSiteTotals ? new PartialCache() : _partials);

    /// <summary>
    /// Renders a page and writes it to <paramref name="output"/> at <paramref name="path"/>; false, with nothing written,
    /// after reporting a template error.
    /// </summary>
    /// <param name="output">Where the page goes.</param>
    /// <param name="path">The output file, e.g. <c>2022/02/24/slug/index.html</c>.</param>
    /// <param name="layout">The layout file, e.g. <c>dispatch.sbn</c>.</param>
    /// <param name="page">The page model.</param>
    /// <param name="paginator">The paginator on list pages.</param>
    /// <param name="source">The content file the page comes from, named in errors.</param>
    /// <param name="wrap">Whether to wrap the layout's output in <c>baseof.sbn</c>.</param>
    /// <param name="script">A script added before <c>&lt;/body&gt;</c>, as the live-reload script is.</param>
    public bool Render(IOutputSink output, string path, string layout, PageModel page, PaginatorModel? paginator, SourceLocation source, bool wrap = true, string? script = null)
    {
        var template = _library.GetLayout(layout, source);
        var baseTemplate = wrap ? _library.GetLayout(BaseLayout, source) : null;
        if (template is null || (wrap && baseTemplate is null))
        {
            return false;
        }

        var context = _contexts.Value!;
        var globals = new ScriptObject
        {
            ["site"] = _site,
            ["page"] = page,
            ["paginator"] = paginator,
        };
        context.PushGlobal(globals);
        context.ReadSiteTotals = false;
        try
        {
            var html = template.Render(context);
            if (baseTemplate is not null)
            {
                globals["content"] = new HtmlString(html);
                html = baseTemplate.Render(context);
            }

            if (context.ReadSiteTotals)
            {
                _totalsReaders[path] = 0;
            }
            else
            {
                _totalsReaders.TryRemove(path, out _);
            }

            if (script is not null)
            {
                html = ScriptInjection.BeforeBodyEnd(html, script);
            }

            if (_liveReloadScript is not null)
            {
                html = ScriptInjection.BeforeBodyEnd(html, _liveReloadScript);
            }

            output.Write(path, html);
            return true;
        }
        catch (ScriptRuntimeException ex)
        {
            Report(ex, source, page, context);
            _contexts.Value = CreateContext();
            return false;
        }
        finally
        {
            if (_contexts.Value == context)
            {
                context.PopGlobal();
            }
        }
    }

    public void Dispose() => _contexts.Dispose();

    private void Report(ScriptRuntimeException ex, SourceLocation source, PageModel page, HtmlTemplateContext context)
    {
        if (ex is ScriptParserRuntimeException parser)
        {
            foreach (var message in parser.ParserMessages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error))
            {
                var (location, said) = _library.DescribePartialError(message);
                Report(DiagnosticCodes.TemplateSyntax, location, said, null);
            }

            return;
        }

        var where = string.IsNullOrEmpty(source.Path) ? $"page {page.Url}" : source.ToString();
        var missing = context.LastMissingName;
        var text = missing is not null && Locate(missing.Span) == Locate(ex.Span) ? $"{ex.OriginalMessage.TrimEnd('.')}: {missing.Hint(context)}" : ex.OriginalMessage;
        Report(DiagnosticCodes.TemplateRender, Locate(ex.Span), text, (where, string.IsNullOrEmpty(source.Path) ? null : source));
    }

    /// <summary>Reports a template mistake the first time a page hits it, and counts the pages after.</summary>
    private void Report(string code, SourceLocation location, string message, (string Where, SourceLocation? Source)? page)
    {
        var mistake = _mistakes.GetOrAdd((location, message), _ => new TemplateMistake());
        lock (mistake)
        {
            mistake.Pages++;
            if (mistake.Pages > 1)
            {
                return;
            }

            var text = page is { } first ? $"template error while rendering {first.Where}: {message}" : message;
            mistake.Reported = new Diagnostic(DiagnosticSeverity.Error, code, text, location, page?.Source is { } source ? [source] : null);
            mistake.Page = page?.Where;
            mistake.Message = message;
            _diagnostics.Add(mistake.Reported);
        }
    }

    /// <summary>
    /// Says how many pages each template mistake hit: its one error names the first page and then the count of the
    /// rest. Called once the pages that could hit it have rendered.
    /// </summary>
    public void ReportPageCounts()
    {
        foreach (var mistake in _mistakes.Values)
        {
            lock (mistake)
            {
                if (mistake.Pages <= 1 || mistake.Reported is null || mistake.Counted == mistake.Pages)
                {
                    continue;
                }

                var others = mistake.Pages - 1;
                var text = mistake.Page is null
                    ? $"{mistake.Message} (on {mistake.Pages} pages)"
                    : $"template error while rendering {mistake.Page} and {others} other page{(others == 1 ? string.Empty : "s")}: {mistake.Message}";
                var counted = mistake.Reported with { Message = text };
                _diagnostics.Replace(mistake.Reported, counted);
                mistake.Reported = counted;
                mistake.Counted = mistake.Pages;
            }
        }
    }

    private sealed class TemplateMistake
    {
        public int Pages { get; set; }

        public int Counted { get; set; }

        public Diagnostic? Reported { get; set; }

        public string? Page { get; set; }

        public string Message { get; set; } = string.Empty;
    }

    private static SourceLocation Locate(Scriban.Parsing.SourceSpan span) =>
        new(span.FileName ?? "template", span.Start.Line + 1, span.Start.Column + 1);

    private HtmlTemplateContext CreateContext()
    {
        var context = new HtmlTemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = int.MaxValue,
            RecursiveLimit = 64,
            NewLine = "\n",
            AutoIndent = false,

            // Scriban cuts output past 1 MB per render, silently; a page is never cut short.
            LimitToString = 0,
        };
        context.TemplateLoader = _library;
        context.BuiltinObject.SetValue("include", new PartialIncludeFunction(), readOnly: true);
        context.BuiltinObject.SetValue("include_cached", new PartialIncludeFunction(_partials), readOnly: true);

        return context;
    }
}
