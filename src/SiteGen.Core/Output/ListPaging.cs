using SiteGen.Rendering.Models;
using SiteGen.Urls;

namespace SiteGen.Output;

/// <summary>How a list of dispatches is cut into pages at <c>list/</c>, <c>list/page/2/</c>...</summary>
internal static class ListPaging
{
    /// <summary>How many pages show <paramref name="items"/>: at least one, even for none.</summary>
    public static int PageCount(int items, int perPage) => Math.Max(1, (items + perPage - 1) / perPage);

    public static PaginatorModel Paginator(UrlBuilder urls, string listPath, int number, int total) => new()
    {
        PageNumber = number,
        TotalPages = total,
        PreviousUrl = number > 1 ? urls.Href(UrlBuilder.Paged(listPath, number - 1)) : null,
        NextUrl = number < total ? urls.Href(UrlBuilder.Paged(listPath, number + 1)) : null,
        FirstUrl = urls.Href(listPath),
        LastUrl = urls.Href(UrlBuilder.Paged(listPath, total)),
    };
}
