using SiteGen.Diagnostics;
using SiteGen.Rendering.Models;
using SiteGen.Urls;

namespace SiteGen.Output;

/// <summary>The search page and the not-found page, each listing the newest dispatches.</summary>
internal sealed class SearchAndNotFoundPages(RenderContext context)
{
    public void Render()
    {
        var urls = context.Urls;
        var search = new PageModel
        {
            Kind = "search",
            Title = "Search",
            Url = urls.Href(SitePaths.Search),
            Canonical = urls.Absolute(SitePaths.Search),
            Description = $"Search the dispatches of {context.Config.Title}",
            Alternates = context.SiteAlternates(),
            Dispatches = context.Links.Take(context.Config.PerPage).ToList(),
        };
        context.RenderPage(SitePaths.Search, "search.sbn", search, null, SourceLocation.None);

        var notFound = new PageModel
        {
            Kind = "notfound",
            Title = "Page not found",
            Url = urls.Href(SitePaths.NotFound),
            Canonical = urls.Absolute(SitePaths.NotFound),
            Description = "This page does not exist (any more).",
            NoIndex = true,
            Dispatches = context.Links.Take(5).ToList(),
        };
        // A static host serves this page for /index.php?p=123, WordPress's other form of a link by id.
        context.RenderPage(SitePaths.NotFound, "404.sbn", notFound, null, SourceLocation.None, script: context.WordPressIds.Script(urls, notFound: true));
        var shown = Math.Min(Math.Max(context.Config.PerPage, 5), context.Links.Count);
        var reads = Enumerable.Range(0, shown).Select(context.Card).Prepend(PageReads.Fact.Newest);
        var totals = context.Layouts.ReadSiteTotals(UrlBuilder.OutputFile(SitePaths.Search)) || context.Layouts.ReadSiteTotals(UrlBuilder.OutputFile(SitePaths.NotFound));
        context.Reads.Record(new PageReads.Page(PageReads.PageKind.SearchAndNotFound), totals ? reads.Append(PageReads.Fact.SiteTotals) : reads);
    }
}
