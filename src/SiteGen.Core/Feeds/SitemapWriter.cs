using System.Globalization;
using SiteGen.Content;
using SiteGen.IO;
using SiteGen.Loading;
using SiteGen.Urls;

namespace SiteGen.Feeds;

/// <summary>Writes <c>sitemap.xml</c> with <c>lastmod</c>; past 50,000 URLs, a sitemap index over numbered parts.</summary>
internal static class SitemapWriter
{
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const int MaxUrlsPerFile = 50_000;

    public static void Write(LoadedSite site, IOutputSink output)
    {
        var urls = site.Urls;
        var newest = site.Dispatches.Count > 0 ? site.Dispatches.Max(d => d.Updated) : (DateTimeOffset?)null;
        var entries = new List<(string Url, DateTimeOffset? LastModified)>
        {
            (urls.Absolute(SitePaths.Home), newest),
            (urls.Absolute(SitePaths.Archives), newest),
            (urls.Absolute(SitePaths.Actors), newest),
        };
        entries.AddRange(site.Dispatches.Where(d => !d.Draft).Select(d => (urls.Absolute(d.Path), (DateTimeOffset?)d.Updated)));
        entries.AddRange(site.Pages.Where(p => !p.Draft).Select(p => (urls.Absolute(p.Path), p.Date)));
        foreach (var actor in site.Registry.Actors)
        {
            entries.Add((urls.Absolute(actor.Path), ActorLastModified(site, actor)));
        }

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
    public static DateTimeOffset? ActorLastModified(LoadedSite site, Actor actor) =>
        site.ActorIndex.DispatchesOf(actor) is [var newest, ..] ? site.Dispatches[newest].Updated : null;

    private static byte[] UrlSet(IEnumerable<(string Url, DateTimeOffset? LastModified)> entries) =>
        FeedXmlWriter.Build(xml =>
        {
            xml.StartElement("urlset");
            xml.Attribute("xmlns", Ns);
            foreach (var (url, lastModified) in entries)
            {
                xml.StartElement("url");
                xml.Element("loc", url);
                if (lastModified is not null)
                {
                    xml.Element("lastmod", lastModified.Value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
                }

                xml.EndElement();
            }

            xml.EndElement();
        });
}
