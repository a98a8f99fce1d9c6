using SiteGen.Diagnostics;
using SiteGen.Rendering;
using SiteGen.Rendering.Models;
using SiteGen.Urls;

namespace SiteGen.Output;

/// <summary>The home page and the list pages after it, newest dispatches first.</summary>
internal sealed class HomePages(RenderContext context)
{
    /// <summary>How many home pages there are.</summary>
    public int Count => RenderContext.PageCount(context.Links.Count, context.Config.PerPage);

    public void RenderAll() => Parallel.For(1, Count + 1, Render);

    public void Render(int number)
    {
        var config = context.Config;
        var urls = context.Urls;
        var perPage = config.PerPage;
        var path = UrlBuilder.Paged(SitePaths.Home, number);
        var page = new PageModel
        {
            Kind = "home",
            Title = number == 1 ? config.Title : $"{config.Title}, page {number}",
            Url = urls.Href(path),
            Canonical = urls.Absolute(path),
            Description = config.Description,
            JsonLd = number == 1 ? StructuredData.ForWebSite(config, urls) : HtmlString.Empty,
            Alternates = context.SiteAlternates(),
            NoIndex = number > 1,
            Dispatches = context.HomeOrder.Skip((number - 1) * perPage).Take(perPage).Select(i => context.Links[i]).ToList(),
        };
        context.RenderPage(path, "home.sbn", page, context.Paginator(SitePaths.Home, number, Count), SourceLocation.None,
            script: number == 1 ? context.WordPressIds.Script(urls) : null);
        context.RecordReads(PageReads.Page.Home(number), path,
            context.HomeOrder.Skip((number - 1) * perPage).Take(perPage).Select(context.Card).Prepend(PageReads.Fact.HomeSlice(number)));
    }
}
