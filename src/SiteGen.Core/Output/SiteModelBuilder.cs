using System.Globalization;
using System.Security.Cryptography;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.IO;
using SiteGen.Rendering;
using SiteGen.Rendering.Models;
using SiteGen.Taxonomies;
using SiteGen.Urls;

namespace SiteGen.Output;

/// <summary>The <see cref="SiteModel"/> every layout sees as <c>site</c>.</summary>
internal static class SiteModelBuilder
{
    public static SiteModel Build(SiteConfig config, UrlBuilder urls, IReadOnlyList<Dispatch> dispatches, IReadOnlyList<PlainPage> pages, IReadOnlyList<Actor> actors,
        ThemeFiles theme, IFileSource source, TaxonomyIndex taxonomies)
    {
        var years = dispatches
            .GroupBy(d => TimeZoneInfo.ConvertTime(d.Date, config.TimeZone).Year)
            .OrderByDescending(g => g.Key)
            .Select(g => new ArchiveLinkModel(g.Key.ToString("D4", CultureInfo.InvariantCulture), urls.Href(DateFormatter.YearPath(g.Key)), g.Count()))
            .ToList();
        var menu = config.Menu.Count > 0
            ? config.Menu.Select(m => new LinkModel(m.Title, urls.RewriteAuthored(m.Url))).ToList()
            : pages.Select(p => new LinkModel(p.Title, urls.Href(p.Path))).ToList();
        return new SiteModel
        {
            Title = config.Title,
            Description = config.Description,
            Language = config.Language,
            Direction = Configuration.TextDirection.Of(config.Language),
            BaseUrl = config.BaseUrl.ToString(),
            BasePath = urls.BasePath,
            TimeZone = config.TimeZone.Id,
            Authors = config.Authors.Select(a => new AuthorModel(a.Name, a.Url)).ToList(),
            Copyright = config.Copyright,
            Menu = menu,
            TaxonomyMenu = config.Taxonomies.Menu
                .Where(kind => taxonomies.TermsOf(kind).Count > 0)
                .Select(kind => new LinkModel(Configuration.TaxonomyKinds.Plural(kind), urls.Href(TaxonomyIndex.IndexPath(kind, config))))
                .Where(link => !menu.Any(m => m.Url == link.Url))
                .ToList(),
            HomeUrl = urls.Href(SitePaths.Home),
            ArchivesUrl = urls.Href(SitePaths.Archives),
            ActorsUrl = urls.Href(SitePaths.Actors),
            GraphUrl = urls.Href(SitePaths.Graph),
            SearchUrl = urls.Href(SitePaths.Search),
            SearchIndexUrl = urls.Href(SitePaths.SearchIndex),
            Feeds = new FeedLinksModel(urls.Href(SitePaths.Atom), urls.Href(SitePaths.Rss), urls.Href(SitePaths.JsonFeed)),
            StylesheetUrl = AssetHref(urls, theme, source, "assets/site.css"),
            ScriptUrl = AssetHref(urls, theme, source, "assets/site.js"),
            Icons = new IconsModel(urls.Href(Configuration.SiteIcons.FaviconPath), urls.Href(config.Icons.Svg), urls.Href(config.Icons.AppleTouch), config.Icons.ThemeColor),
            DispatchCount = dispatches.Count,
            ActorCount = actors.Count,
            Years = years,
        };
    }

    /// <summary>An asset's href with a short content hash, so browsers fetch it again only when it changes.</summary>
    private static string AssetHref(UrlBuilder urls, ThemeFiles theme, IFileSource source, string path)
    {
        var file = theme.Assets().FirstOrDefault(a => a.Path == path);
        var sitePath = "/" + path;
        if (source.FileExists("static/" + path))
        {
            return urls.Href(sitePath) + "?v=" + Hash(source.ReadAllBytes("static/" + path));
        }

        return file is null ? urls.Href(sitePath) : urls.Href(sitePath) + "?v=" + Hash(file.Source.ReadAllBytes(file.Path));
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
}
