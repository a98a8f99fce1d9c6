namespace SiteGen.Urls;

/// <summary>The fixed site paths of the pages and files SiteGen writes besides dispatches.</summary>
public static class SitePaths
{
    public const string Home = "/";
    public const string Archives = "/archives/";
    public const string Actors = "/actors/";
    public const string Graph = "/actors/graph/";
    public const string Search = "/search/";
    public const string SearchIndex = "/search/index/";
    public const string NotFound = "/404.html";
    public const string Atom = "/feed.xml";
    public const string Rss = "/rss.xml";
    public const string JsonFeed = "/feed.json";
    public const string Sitemap = "/sitemap.xml";
    public const string Robots = "/robots.txt";
    public const string Assets = "/assets/";

    /// <summary>Old WordPress ids to their pages' hrefs, which the home page fetches for a <c>/?p=123</c> link; only on a site that has such ids.</summary>
    public const string WordPressIds = "/wordpress-ids.json";

    /// <summary>
    /// The files a static host serves for a folder, in its order of preference: GitHub Pages serves a folder's
    /// <c>index.xml</c> where it has no <c>index.html</c> (the feeds kept at WordPress's <c>/feed/</c> are such files).
    /// </summary>
    public static IReadOnlyList<string> FolderIndexes { get; } = ["index.html", "index.xml"];

    public static string ActorAtom(string actorPath) => actorPath + "feed.xml";

    public static string ActorRss(string actorPath) => actorPath + "rss.xml";

    public static string ActorJson(string actorPath) => actorPath + "feed.json";
}
