using SiteGen.Diagnostics;
using SiteGen.Rendering.Models;
using SiteGen.Urls;

namespace SiteGen.Output;

/// <summary>
/// A page at each alias (an old hosted-blog URL), and at each actor page URL a former id gave, that sends readers
/// and crawlers to the new one.
/// </summary>
internal sealed class RedirectPages(RenderContext context)
{
    /// <summary>Renders every redirect page, returning the files written.</summary>
    public IReadOnlyList<string> Render()
    {
        var urls = context.Urls;
        var redirects = context.Dispatches.SelectMany(d => d.Aliases.Select(a => (Alias: a, Target: d.Path, d.Title, d.SourcePath)))
            .Concat(context.Pages.SelectMany(p => p.Aliases.Select(a => (Alias: a, Target: p.Path, p.Title, p.SourcePath))))
            .Concat(context.Registry.Actors.SelectMany(a => a.FormerPaths.Select(f => (Alias: f, Target: a.Path, Title: a.Name, a.SourcePath))));
        var written = new List<string>();
        var totals = false;
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
            written.Add(UrlBuilder.OutputFile(alias));
            totals |= context.Layouts.ReadSiteTotals(written[^1]);
        }

        var reads = Enumerable.Range(0, context.Dispatches.Count).Where(i => context.Dispatches[i].Aliases.Count > 0).Select(context.Card).Prepend(PageReads.Fact.Aliases);
        context.Reads.Record(new PageReads.Page(PageReads.PageKind.Redirects), totals ? reads.Append(PageReads.Fact.SiteTotals) : reads);
        return written;
    }
}
