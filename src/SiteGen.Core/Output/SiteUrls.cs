using SiteGen.Actors;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Urls;

namespace SiteGen.Output;

/// <summary>Claims every URL of the site before anything renders, so two owners of one URL are an error, never an overwrite.</summary>
internal static class SiteUrls
{
    public static void ClaimAll(IReadOnlyList<Dispatch> dispatches, IReadOnlyList<PlainPage> pages, ActorRegistry registry, Taxonomies.TaxonomyIndex taxonomies,
        Configuration.SiteConfig config, DiagnosticBag diagnostics)
    {
        var zone = config.TimeZone;
        var claims = new UrlClaims(diagnostics);
        var builtIn = new SourceLocation(string.Empty);
        foreach (var path in new[] { SitePaths.Home, SitePaths.Archives, SitePaths.Actors, SitePaths.Graph, SitePaths.Search, SitePaths.NotFound,
                     SitePaths.Atom, SitePaths.Rss, SitePaths.JsonFeed, SitePaths.Sitemap })
        {
            claims.Claim(path, $"SiteGen's own page {path}", builtIn);
        }

        // The date archives: a page or alias at /2026/ would be overwritten by the year's archive.
        foreach (var local in dispatches.Select(d => TimeZoneInfo.ConvertTime(d.Date, zone)).Select(d => (d.Year, d.Month, d.Day)).Distinct().Order())
        {
            var year = Rendering.DateFormatter.YearPath(local.Year);
            if (!claims.IsClaimed(year))
            {
                claims.Claim(year, $"SiteGen's archive of {local.Year:D4}", builtIn);
            }

            var month = Rendering.DateFormatter.MonthPath(local.Year, local.Month);
            if (!claims.IsClaimed(month))
            {
                claims.Claim(month, $"SiteGen's archive of {local.Year:D4}-{local.Month:D2}", builtIn);
            }

            claims.Claim(Rendering.DateFormatter.DayPath(local.Year, local.Month, local.Day), $"SiteGen's archive of {local.Year:D4}-{local.Month:D2}-{local.Day:D2}", builtIn);
        }

        TaxonomyClaims.Claim(claims, taxonomies, config, builtIn);

        foreach (var dispatch in dispatches.OrderBy(d => d.SourcePath, StringComparer.Ordinal))
        {
            claims.Claim(dispatch.Path, dispatch.SourcePath, new SourceLocation(dispatch.SourcePath, 1, 1));
        }

        foreach (var page in pages)
        {
            claims.Claim(page.Path, page.SourcePath, new SourceLocation(page.SourcePath, 1, 1));
        }

        foreach (var actor in registry.Actors)
        {
            claims.Claim(actor.Path, actor.SourcePath, new SourceLocation(actor.SourcePath, 1, 1));
        }

        foreach (var actor in registry.Actors)
        {
            foreach (var former in actor.FormerPaths)
            {
                claims.Claim(former, $"a former id of {actor.SourcePath}", new SourceLocation(actor.SourcePath, 1, 1));
            }
        }

        foreach (var dispatch in dispatches.OrderBy(d => d.SourcePath, StringComparer.Ordinal))
        {
            foreach (var alias in dispatch.Aliases)
            {
                claims.Claim(alias, $"an alias of {dispatch.SourcePath}", new SourceLocation(dispatch.SourcePath, 1, 1));
            }
        }

        foreach (var page in pages)
        {
            foreach (var alias in page.Aliases)
            {
                claims.Claim(alias, $"an alias of {page.SourcePath}", new SourceLocation(page.SourcePath, 1, 1));
            }
        }

        TaxonomyClaims.ClaimWordPressPaths(claims, taxonomies, dispatches, config, builtIn);
    }
}
