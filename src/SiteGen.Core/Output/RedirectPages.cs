using SiteGen.Diagnostics;
using SiteGen.Rendering.Models;

namespace SiteGen.Output;

/// <summary>
/// A page at each alias (an old hosted-blog URL), and at each actor page URL a former id gave, that sends readers
/// and crawlers to the new one.
/// </summary>
internal sealed class RedirectPages(RenderContext context)
{
    public void Render()
    {
        var site = context.Site;
        var urls = context.Urls;
        var redirects = site.Dispatches.SelectMany(d => d.Aliases.Select(a => (Alias: a, Target: d.Path, d.Title, d.SourcePath)))
            .Concat(site.Pages.SelectMany(p => p.Aliases.Select(a => (Alias: a, Target: p.Path, p.Title, p.SourcePath))))
            .Concat(site.Registry.Actors.SelectMany(a => a.FormerPaths.Select(f => (Alias: f, Target: a.Path, Title: a.Name, a.SourcePath))));
        foreach (var (alias, target, title, source) in redirects)
        {
            var page = new PageModel
            {
                Kind = "redirect",
                Title = title,
                Url = urls.Href(alias),
                Canonical = urls.Absolute(target),
                Target = urls.Href(target),
                NoIndex = true,
            };
            context.RenderPage(alias, "redirect.sbn", page, null, new SourceLocation(source), wrap: false);
        }

        context.Reads.Record(new PageReads.Page(PageReads.PageKind.Redirects),
            Enumerable.Range(0, site.Dispatches.Count).Where(i => site.Dispatches[i].Aliases.Count > 0).Select(PageReads.Fact.Card));
    }
}
