using SiteGen.Diagnostics;
using SiteGen.Rendering;
using SiteGen.Rendering.Models;
using SiteGen.Urls;

namespace SiteGen.Output;

public sealed partial class SiteRenderer
{
    private int[]? _homeOrder;

    private void RenderHome() => Parallel.For(1, HomePages + 1, RenderHomePage);

    private int HomePages => PageCount(_links.Length, _site.Config.PerPage);

    /// <summary>How many list pages show <paramref name="items"/>: at least one, even for none.</summary>
    private static int PageCount(int items, int perPage) => Math.Max(1, (items + perPage - 1) / perPage);

    /// <summary>The home page (1) or list page that shows dispatch <paramref name="index"/>.</summary>
    private int HomePageOf(int index) => (Array.IndexOf(HomeOrder, index) / _site.Config.PerPage) + 1;

    /// <summary>The dispatches' positions in the home pages' order: sticky ones first, as WordPress shows them, each group newest first.</summary>
    private int[] HomeOrder => LazyInitializer.EnsureInitialized(ref _homeOrder, () => [.. Enumerable.Range(0, _links.Length).OrderBy(i => _site.Dispatches[i].Sticky ? 0 : 1)]);

    private void RenderHomePage(int number)
    {
        var perPage = _site.Config.PerPage;
        var path = UrlBuilder.Paged(SitePaths.Home, number);
        var page = new PageModel
        {
            Kind = "home",
            Title = number == 1 ? _site.Config.Title : $"{_site.Config.Title}, page {number}",
            Url = _urls.Href(path),
            Canonical = _urls.Absolute(path),
            Description = _site.Config.Description,
            JsonLd = number == 1 ? StructuredData.ForWebSite(_site.Config, _urls) : HtmlString.Empty,
            Alternates = SiteAlternates(),
            NoIndex = number > 1,
            Dispatches = HomeOrder.Skip((number - 1) * perPage).Take(perPage).Select(i => _links[i]).ToList(),
        };
        RenderPage(path, "home.sbn", page, Paginator(SitePaths.Home, number, HomePages), SourceLocation.None);
    }

    private PaginatorModel Paginator(string listPath, int number, int total) => new()
    {
        PageNumber = number,
        TotalPages = total,
        PreviousUrl = number > 1 ? _urls.Href(UrlBuilder.Paged(listPath, number - 1)) : null,
        NextUrl = number < total ? _urls.Href(UrlBuilder.Paged(listPath, number + 1)) : null,
        FirstUrl = _urls.Href(listPath),
        LastUrl = _urls.Href(UrlBuilder.Paged(listPath, total)),
    };
}
