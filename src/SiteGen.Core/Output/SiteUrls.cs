using SiteGen.Actors;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Urls;

namespace SiteGen.Output;

/// <summary>Claims every URL of the site before anything renders, so two owners of one URL are an error, never an overwrite.</summary>
internal static class SiteUrls
{
    /// <returns>The claims, for the preview to claim only what added dispatches bring (<see cref="ClaimDispatchSet"/>).</returns>
    public static UrlClaims ClaimAll(IReadOnlyList<Dispatch> dispatches, IReadOnlyList<PlainPage> pages, IReadOnlyList<WordPressAttachment> attachments, ActorRegistry registry, Taxonomies.TaxonomyIndex taxonomies,
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
            var (year, month, day) = DateArchives(local.Year, local.Month, local.Day);
            if (!claims.IsClaimed(year.Path))
            {
                claims.Claim(year.Path, year.Owner, builtIn);
            }

            if (!claims.IsClaimed(month.Path))
            {
                claims.Claim(month.Path, month.Owner, builtIn);
            }

            claims.Claim(day.Path, day.Owner, builtIn);
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
                claims.Claim(alias, AliasOwner(dispatch), AliasLocation(dispatch.AliasLocations, alias, dispatch.SourcePath), AliasClashFix);
            }
        }

        foreach (var page in pages)
        {
            foreach (var alias in page.Aliases)
            {
                claims.Claim(alias, $"an alias of {page.SourcePath}", AliasLocation(page.AliasLocations, alias, page.SourcePath), AliasClashFix);
            }
        }

        if (WordPressIdMap.Of(dispatches, pages, attachments, diagnostics).Paths.Count > 0)
        {
            claims.Claim(SitePaths.WordPressIds, WordPressIdsOwner, builtIn);
        }

        TaxonomyClaims.ClaimWordPressPaths(claims, taxonomies, dispatches, config, builtIn);
        return claims;
    }

    /// <summary>
    /// Claims, in the claims of the site before, what dispatches added and deleted change: the deleted ones' pages and
    /// aliases given up, the added ones' claimed with their days' archives and the new terms' pages, as
    /// <see cref="ClaimAll"/> would claim them. False when one clashes with a claim held (the full build reports it);
    /// the claims are then of no more use.
    /// </summary>
    /// <remarks>
    /// Only what is claimed anew can clash: the claims before clashed nowhere. A page given up by a deleted dispatch
    /// alone (its day's archive, a term no dispatch carries now) stays claimed, which can only send an addition
    /// there to a full build, never let a clash through.
    /// </remarks>
    public static bool ClaimDispatchSet(UrlClaims claims, IReadOnlyList<Dispatch> deleted, IReadOnlyList<Dispatch> added, Taxonomies.TaxonomyIndex taxonomiesBefore,
        Taxonomies.TaxonomyIndex taxonomies, IReadOnlyList<Dispatch> dispatches, Configuration.SiteConfig config)
    {
        foreach (var dispatch in deleted)
        {
            claims.Release(dispatch.Path, dispatch.SourcePath);
            foreach (var alias in dispatch.Aliases)
            {
                claims.Release(alias, AliasOwner(dispatch));
            }
        }

        var builtIn = new SourceLocation(string.Empty);
        foreach (var dispatch in added)
        {
            var local = TimeZoneInfo.ConvertTime(dispatch.Date, config.TimeZone);
            var (year, month, day) = DateArchives(local.Year, local.Month, local.Day);
            var at = new SourceLocation(dispatch.SourcePath, 1, 1);
            if (!claims.TryClaim(year.Path, year.Owner, builtIn, again: true) || !claims.TryClaim(month.Path, month.Owner, builtIn, again: true)
                || !claims.TryClaim(day.Path, day.Owner, builtIn, again: true) || !claims.TryClaim(dispatch.Path, dispatch.SourcePath, at)
                || !dispatch.Aliases.All(alias => claims.TryClaim(alias, AliasOwner(dispatch), at)))
            {
                return false;
            }
        }

        var newTerms = TaxonomyClaims.TryClaimNew(claims, taxonomiesBefore, taxonomies, config, builtIn);
        if (newTerms is null)
        {
            return false;
        }

        // Old WordPress URLs are claimed last and never clash; they come with new terms or with the first imported dispatch.
        if (newTerms > 0 || added.Any(d => d.Imported))
        {
            TaxonomyClaims.ClaimWordPressPaths(claims, taxonomies, dispatches, config, builtIn);
        }

        return true;
    }

    /// <summary>
    /// Whether the old WordPress ids of <paramref name="dispatches"/> (after some were added) and <paramref name="pages"/>
    /// are each given once, and their map's file is claimed, as <see cref="ClaimAll"/> would find; when not, the full
    /// build reports it.
    /// </summary>
    public static bool ClaimWordPressIds(UrlClaims claims, IReadOnlyList<Dispatch> dispatches, IReadOnlyList<PlainPage> pages, IReadOnlyList<WordPressAttachment> attachments)
    {
        var twice = new DiagnosticBag();
        WordPressIdMap.Of(dispatches, pages, attachments, twice);
        return twice.Count == 0 && claims.TryClaim(SitePaths.WordPressIds, WordPressIdsOwner, new SourceLocation(string.Empty), again: true);
    }

    private const string WordPressIdsOwner = "SiteGen's own file " + SitePaths.WordPressIds;

    private static string AliasOwner(Dispatch dispatch) => $"an alias of {dispatch.SourcePath}";

    /// <summary>An alias is claimed after every page: whatever it clashes with was there first, and the alias is what to change.</summary>
    private const string AliasClashFix = "an old URL leads to one page: take it out of these aliases, or out of the other file's";

    private static SourceLocation AliasLocation(IReadOnlyDictionary<string, SourceLocation> locations, string alias, string sourcePath) =>
        locations.TryGetValue(alias, out var location) ? location : new SourceLocation(sourcePath, 1, 1);

    /// <summary>The year's, month's and day's archive of a date: their paths and the owner a clash would name.</summary>
    private static ((string Path, string Owner) Year, (string Path, string Owner) Month, (string Path, string Owner) Day) DateArchives(int year, int month, int day) => (
        (Rendering.DateFormatter.YearPath(year), $"SiteGen's archive of {year:D4}"),
        (Rendering.DateFormatter.MonthPath(year, month), $"SiteGen's archive of {year:D4}-{month:D2}"),
        (Rendering.DateFormatter.DayPath(year, month, day), $"SiteGen's archive of {year:D4}-{month:D2}-{day:D2}"));
}
