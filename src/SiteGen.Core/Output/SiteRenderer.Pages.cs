using SiteGen.Diagnostics;
using SiteGen.Rendering.Models;
using SiteGen.Urls;

namespace SiteGen.Output;

public sealed partial class SiteRenderer
{
    private void RenderPlainPages()
    {
        foreach (var plain in _site.Pages)
        {
            var rendered = RenderMarkdown(plain.Body, plain.BodyLine, null, plain.SourcePath, plain.Path);
            var page = new PageModel
            {
                Kind = "page",
                Title = plain.Title,
                Url = _urls.Href(plain.Path),
                Canonical = _urls.Absolute(plain.Path),
                Description = plain.Summary ?? Excerpt(rendered.PlainText),
                Alternates = SiteAlternates(),
                Draft = plain.Draft,
                NoIndex = plain.Draft,
                Content = new Rendering.Models.HtmlString(rendered.Html),
            };
            RenderPage(plain.Path, "page.sbn", page, null, new SourceLocation(plain.SourcePath));
        }
    }

    private void RenderSpecialPages()
    {
        var search = new PageModel
        {
            Kind = "search",
            Title = "Search",
            Url = _urls.Href(SitePaths.Search),
            Canonical = _urls.Absolute(SitePaths.Search),
            Description = $"Search the dispatches of {_site.Config.Title}",
            Alternates = SiteAlternates(),
            Dispatches = _links.Take(_site.Config.PerPage).ToList(),
        };
        RenderPage(SitePaths.Search, "search.sbn", search, null, SourceLocation.None);

        var notFound = new PageModel
        {
            Kind = "notfound",
            Title = "Page not found",
            Url = _urls.Href(SitePaths.NotFound),
            Canonical = _urls.Absolute(SitePaths.NotFound),
            Description = "This page does not exist (any more).",
            NoIndex = true,
            Dispatches = _links.Take(5).ToList(),
        };
        RenderPage(SitePaths.NotFound, "404.sbn", notFound, null, SourceLocation.None);
    }

    /// <summary>
    /// A page at each alias (an old hosted-blog URL), and at each actor page URL a former id gave, that sends readers
    /// and crawlers to the new one.
    /// </summary>
    private void RenderRedirects()
    {
        var redirects = _site.Dispatches.SelectMany(d => d.Aliases.Select(a => (Alias: a, Target: d.Path, d.Title, d.SourcePath)))
            .Concat(_site.Pages.SelectMany(p => p.Aliases.Select(a => (Alias: a, Target: p.Path, p.Title, p.SourcePath))))
            .Concat(_site.Registry.Actors.SelectMany(a => a.FormerPaths.Select(f => (Alias: f, Target: a.Path, Title: a.Name, a.SourcePath))));
        foreach (var (alias, target, title, source) in redirects)
        {
            var page = new PageModel
            {
                Kind = "redirect",
                Title = title,
                Url = _urls.Href(alias),
                Canonical = _urls.Absolute(target),
                Target = _urls.Href(target),
                NoIndex = true,
            };
            RenderPage(alias, "redirect.sbn", page, null, new SourceLocation(source), wrap: false);
        }
    }

    private void CopyAssets()
    {
        var staticFiles = _staticFiles.Order(StringComparer.Ordinal).ToList();
        var overridden = new HashSet<string>(staticFiles.Select(f => f["static/".Length..]), StringComparer.Ordinal);
        foreach (var asset in _site.Theme.Assets().Where(a => !overridden.Contains(a.Path)))
        {
            _output.Copy(asset.Source, asset.Path, asset.Path);
        }

        Parallel.ForEach(staticFiles, file => _output.Copy(_source, file, file["static/".Length..]));

        if (!overridden.Contains("favicon.ico"))
        {
            CopyFavicon();
        }

        // GitHub Pages would otherwise run Jekyll over the output and drop files and folders starting with '_'.
        if (!overridden.Contains(".nojekyll"))
        {
            _output.Write(".nojekyll", string.Empty);
        }

        if (_site.Config.Cname is { } cname && !overridden.Contains("CNAME"))
        {
            _output.Write("CNAME", cname + "\n");
        }

        if (!overridden.Contains("robots.txt"))
        {
            _output.Write("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {_urls.Absolute(SitePaths.Sitemap)}\n");
        }
    }
}
