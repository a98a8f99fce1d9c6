using System.Globalization;
using SiteGen.Actors;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.IO;
using SiteGen.Rendering;
using SiteGen.Taxonomies;
using SiteGen.Urls;

namespace SiteGen.Feeds;

/// <summary>
/// Writes <c>sitemap.xml</c> with <c>lastmod</c>: the home page, archives, dispatches, plain pages, actors, the tag,
/// category, series and author pages with their indexes, and the year, month and day archives (a list dated, as Hugo
/// dates it, by the newest change among its dispatches). Past 50,000 URLs, a sitemap index over numbered parts.
/// Redirect pages, later pages of a list (noindex) and drafts are left out.
/// </summary>
internal static class SitemapWriter
{
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const int MaxUrlsPerFile = 50_000;

    /// <summary>Writes the sitemap of <paramref name="dispatches"/>, <paramref name="pages"/>, <paramref name="actors"/> and the lists of them.</summary>
    public static void Write(SiteConfig config, UrlBuilder urls, IReadOnlyList<Dispatch> dispatches, IReadOnlyList<PlainPage> pages,
        IReadOnlyList<Actor> actors, ActorIndex actorIndex, TaxonomyIndex taxonomies, IOutputSink output)
    {
        var newest = dispatches.Count > 0 ? dispatches.Max(d => d.Updated) : (DateTimeOffset?)null;
        var entries = new List<(string Url, DateTimeOffset? LastModified)>
        {
            (urls.Absolute(SitePaths.Home), newest),
            (urls.Absolute(SitePaths.Archives), newest),
            (urls.Absolute(SitePaths.Actors), newest),
        };
        entries.AddRange(dispatches.Where(d => !d.Draft).Select(d => (urls.Absolute(d.Path), (DateTimeOffset?)d.Updated)));
        entries.AddRange(pages.Where(p => !p.Draft).Select(p => (urls.Absolute(p.Path), p.Date)));
        foreach (var actor in actors)
        {
            entries.Add((urls.Absolute(actor.Path), ActorLastModified(actorIndex, dispatches, actor)));
        }

        entries.AddRange(TermEntries(config, dispatches, taxonomies).Concat(DateArchiveEntries(config, dispatches)).Select(e => (urls.Absolute(e.Path), (DateTimeOffset?)e.LastModified)));

        if (entries.Count <= MaxUrlsPerFile)
        {
            output.Write(SitePaths.Sitemap.TrimStart('/'), UrlSet(entries));
            return;
        }

        var parts = entries.Chunk(MaxUrlsPerFile).ToList();
        for (var i = 0; i < parts.Count; i++)
        {
            output.Write($"sitemap-{i + 1}.xml", UrlSet(parts[i]));
        }

        output.Write(SitePaths.Sitemap.TrimStart('/'), FeedXmlWriter.Build(xml =>
        {
            xml.StartElement("sitemapindex");
            xml.Attribute("xmlns", Ns);
            for (var i = 0; i < parts.Count; i++)
            {
                xml.StartElement("sitemap");
                xml.Element("loc", urls.Absolute($"/sitemap-{i + 1}.xml"));
                var lastModified = parts[i].Max(e => e.LastModified);
                if (lastModified is not null)
                {
                    xml.Element("lastmod", FeedXml.Rfc3339(lastModified.Value));
                }

                xml.EndElement();
            }

            xml.EndElement();
        }));
    }

    /// <summary>An actor page's <c>lastmod</c>: the last update of its newest dispatch.</summary>
    public static DateTimeOffset? ActorLastModified(ActorIndex actorIndex, IReadOnlyList<Dispatch> dispatches, Actor actor) =>
        actorIndex.DispatchesOf(actor) is [var newest, ..] ? dispatches[newest].Updated : null;

    /// <summary>Each kind's index and the first page of each of its terms that has a published dispatch.</summary>
    private static IEnumerable<(string Path, DateTimeOffset LastModified)> TermEntries(SiteConfig config, IReadOnlyList<Dispatch> dispatches, TaxonomyIndex taxonomies)
    {
        foreach (var kind in TaxonomyKinds.All)
        {
            var terms = taxonomies.TermsOf(kind)
                .Select(t => (t.Path, LastModified: LastModified(dispatches, t.Dispatches)))
                .Where(t => t.LastModified is not null)
                .Select(t => (t.Path, LastModified: t.LastModified!.Value))
                .ToList();
            if (terms.Count == 0)
            {
                continue;
            }

            yield return (TaxonomyIndex.IndexPath(kind, config), terms.Max(t => t.LastModified));
            foreach (var term in terms)
            {
                yield return term;
            }
        }
    }

    /// <summary>The years, months (their first page) and days that have a published dispatch, in the site's time zone, newest first.</summary>
    private static IEnumerable<(string Path, DateTimeOffset LastModified)> DateArchiveEntries(SiteConfig config, IReadOnlyList<Dispatch> dispatches)
    {
        var days = new SortedDictionary<DateOnly, DateTimeOffset>(Comparer<DateOnly>.Create((a, b) => b.CompareTo(a)));
        foreach (var dispatch in dispatches.Where(d => !d.Draft))
        {
            var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(dispatch.Date, config.TimeZone).DateTime);
            days[day] = days.TryGetValue(day, out var seen) && seen > dispatch.Updated ? seen : dispatch.Updated;
        }

        var years = days.GroupBy(d => d.Key.Year).Select(g => (DateFormatter.YearPath(g.Key), g.Max(d => d.Value)));
        var months = days.GroupBy(d => (d.Key.Year, d.Key.Month)).Select(g => (DateFormatter.MonthPath(g.Key.Year, g.Key.Month), g.Max(d => d.Value)));
        var dayPages = days.Select(d => (DateFormatter.DayPath(d.Key.Year, d.Key.Month, d.Key.Day), d.Value));
        return years.Concat(months).Concat(dayPages);
    }

    /// <summary>The latest change among the published of <paramref name="positions"/>; null when all are drafts.</summary>
    private static DateTimeOffset? LastModified(IReadOnlyList<Dispatch> dispatches, IEnumerable<int> positions)
    {
        DateTimeOffset? latest = null;
        foreach (var i in positions)
        {
            var dispatch = dispatches[i];
            if (!dispatch.Draft && (latest is null || dispatch.Updated > latest))
            {
                latest = dispatch.Updated;
            }
        }

        return latest;
    }

    private static byte[] UrlSet(IEnumerable<(string Url, DateTimeOffset? LastModified)> entries) =>
        FeedXmlWriter.Build(xml =>
        {
            xml.StartElement("urlset");
            xml.Attribute("xmlns", Ns);
            foreach (var (url, lastModified) in entries)
            {
                xml.StartElement("url");
                xml.Element("loc", UrlBuilder.Escaped(url));
                if (lastModified is not null)
                {
                    xml.Element("lastmod", lastModified.Value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
                }

                xml.EndElement();
            }

            xml.EndElement();
        });
}
