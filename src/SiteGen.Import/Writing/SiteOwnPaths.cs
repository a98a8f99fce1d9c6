using SiteGen.Configuration;
using SiteGen.Import.Links;
using SiteGen.Urls;

namespace SiteGen.Import.Writing;

/// <summary>
/// The URLs a build gives the site's own pages: the home and its pages, the archives, actor, search and term indexes,
/// the feeds and the theme's assets. A WordPress page or old URL at one of them (an "Archives" page, a post whose
/// permalink was /tags/) cannot keep it: the build would refuse the site (SG0210).
/// </summary>
internal static class SiteOwnPaths
{
    private static readonly string[] Files = [SitePaths.Atom, SitePaths.Rss, SitePaths.JsonFeed, SitePaths.Sitemap, SitePaths.Robots, SitePaths.NotFound];
    private static readonly string[] Folders = [SitePaths.Actors, SitePaths.Search, SitePaths.Assets, "/page/"];

    public static bool Holds(string path, SiteConfig config)
    {
        var normal = OldPath.Normalise(path);
        var folder = normal.EndsWith('/') ? normal : normal + "/";
        return folder == SitePaths.Home
            || string.Equals(folder, SitePaths.Archives, StringComparison.OrdinalIgnoreCase)
            || Files.Any(f => string.Equals(normal, f, StringComparison.OrdinalIgnoreCase))
            || Folders.Any(f => folder.StartsWith(f, StringComparison.OrdinalIgnoreCase))
            || config.Taxonomies.Folders.Values.Any(t => string.Equals(folder, "/" + t + "/", StringComparison.OrdinalIgnoreCase));
    }
}
