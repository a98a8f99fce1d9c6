using System.Globalization;
using System.Web;
using SiteGen.Text;

namespace SiteGen.Import.Links;

/// <summary>
/// The old blog's URLs and what they are on the new site: post and page permalinks, <c>?p=ID</c>, <c>?page_id=ID</c>
/// and <c>?attachment_id=ID</c>, attachment pages (to the file itself), category and tag archives, nested ones too,
/// and their feeds (to the site's tag and category pages and their feeds), the blog's home and its feed (to the site's).
/// </summary>
internal sealed class LinkMap
{
    private readonly Dictionary<string, string> _byPath = new(StringComparer.Ordinal);
    private readonly HashSet<string> _posts = new(StringComparer.Ordinal); // old paths and addresses of posts and pages, not attachments
    private readonly Dictionary<long, string> _byId = [];
    private readonly Dictionary<string, string> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byAddress = new(StringComparer.Ordinal);
    private readonly HashSet<string> _anchors = new(StringComparer.Ordinal);
    private readonly HashSet<string> _dateArchives = new(StringComparer.Ordinal);

    private readonly Configuration.TaxonomySettings _taxonomies;

    private readonly Func<string, string?> _actorPage;

    /// <param name="hosts">The old blog's hosts.</param>
    /// <param name="blogPath">The blog's path on its host (<c>/</c>, or <c>/blog/</c>).</param>
    /// <param name="taxonomies">Where the site keeps its term pages (<c>taxonomies.tags: tag</c> puts them at <c>/tag/x/</c>).</param>
    /// <param name="actorPage">The page of the actor a tag's or category's name names, which the importer made the term; null for none.</param>
    public LinkMap(IReadOnlySet<string> hosts, string blogPath, Configuration.TaxonomySettings taxonomies, Func<string, string?>? actorPage = null)
    {
        Hosts = hosts;
        BlogPath = blogPath;
        _taxonomies = taxonomies;
        _actorPage = actorPage ?? (_ => null);
    }

    public IReadOnlySet<string> Hosts { get; }

    public string BlogPath { get; }

    public void AddPost(long id, string? oldPath, string sitePath)
    {
        if (id > 0)
        {
            _byId.TryAdd(id, sitePath);
        }

        if (oldPath is not null)
        {
            _byPath.TryAdd(Key(oldPath), sitePath);
            _posts.Add(Key(oldPath));
        }
    }

    public void AddAttachment(long id, string? oldUrl, string fileUrl)
    {
        if (id > 0)
        {
            _byId.TryAdd(id, fileUrl);
        }

        if (oldUrl is not null && Uri.TryCreate(oldUrl, UriKind.Absolute, out var url) && url.Query.Length == 0)
        {
            _byPath.TryAdd(Key(Relative(url.AbsolutePath)), fileUrl);
        }
    }

    /// <summary>
    /// A post whose old permalink is known but not its blog (a saved page or clipping may be of any site): only a link
    /// to exactly that address is taken for it, never the site's home, feed, archives or media.
    /// </summary>
    public void AddPermalink(string oldUrl, string sitePath)
    {
        if (Uri.TryCreate(oldUrl, UriKind.Absolute, out var url) && url.Query.Length == 0)
        {
            _byAddress.TryAdd(Address(url), sitePath);
            _posts.Add(Address(url));
        }
    }

    /// <summary>The new page <paramref name="sitePath"/> holds an element with this id (an archived comment's <c>comment-12</c>).</summary>
    public void AddAnchor(string sitePath, string id) => _anchors.Add(sitePath + "#" + id);

    /// <summary>
    /// A published dispatch at <paramref name="sitePath"/>: where its URL holds its date (<c>/2022/05/15/slug/</c>),
    /// the site has that year's, month's and day's archives at the very paths WordPress had them, which links to the
    /// blog's date archives then lead to. A URL without the date says nothing of the day the site files it under.
    /// </summary>
    public void AddDateArchives(string sitePath)
    {
        var segments = sitePath.Trim('/').Split('/');
        if (segments.Length < 3 || !IsNumber(segments[0], 4) || !IsNumber(segments[1], 2))
        {
            return;
        }

        _dateArchives.Add($"/{segments[0]}/");
        _dateArchives.Add($"/{segments[0]}/{segments[1]}/");
        if (segments.Length >= 4 && IsNumber(segments[2], 2))
        {
            _dateArchives.Add($"/{segments[0]}/{segments[1]}/{segments[2]}/");
        }

        static bool IsNumber(string segment, int digits) => segment.Length == digits && segment.All(char.IsAsciiDigit);
    }

    /// <summary>A category or tag archive (<c>/category/news/</c>, <c>/tag/kyiv/</c>) by its slug.</summary>
    public void AddTerm(string domain, string slug, string name)
    {
        if (slug.Length > 0 && name.Length > 0)
        {
            _terms.TryAdd((domain == "category" ? "category/" : "tag/") + OldPath.Normalise(slug).Trim('/'), name);
        }
    }

    /// <summary>The new URL of an old one of this blog, or null when it is not one the import knows.</summary>
    /// <param name="text">The old URL.</param>
    /// <param name="postsOnly">Only a post's, page's or attachment's own address: not the blog's home, feed or archives.</param>
    public string? Resolve(string text, bool postsOnly = false)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return null;
        }

        // Only a fragment the new page has is kept (an archived comment's id, the divider's #more-12): #respond and the
        // theme's ids are gone, and the build's link check refuses a link to an id that is not there.
        var target = Target(url, postsOnly);
        var fragment = url.Fragment.Length > 1 ? Uri.UnescapeDataString(url.Fragment[1..]) : null;
        return target is not null && fragment is not null && _anchors.Contains(target + "#" + fragment) ? target + "#" + fragment : target;
    }

    private string? Target(Uri url, bool postsOnly)
    {
        if (url.Query.Length == 0 && (_byAddress.TryGetValue(Address(url), out var permalink) || _byAddress.TryGetValue(PostOfPage(Address(url)) ?? string.Empty, out permalink)))
        {
            return permalink;
        }

        if (!Hosts.Contains(url.IdnHost.ToLowerInvariant()))
        {
            return null;
        }

        string? target = null;
        if (url.Query.Length > 1)
        {
            var query = HttpUtility.ParseQueryString(url.Query);
            foreach (var name in new[] { "p", "page_id", "attachment_id" })
            {
                if (long.TryParse(query[name], NumberStyles.None, CultureInfo.InvariantCulture, out var id) && _byId.TryGetValue(id, out var found))
                {
                    target = found;
                    break;
                }
            }
        }
        else
        {
            var path = Relative(url.AbsolutePath);
            target = _byPath.GetValueOrDefault(Key(path)) ?? _byPath.GetValueOrDefault(PostOfPage(Key(path)) ?? string.Empty) ?? (postsOnly ? null : Key(path) switch
            {
                "/" => Urls.SitePaths.Home,
                "/feed/" => Urls.SitePaths.Atom,
                var archive when _dateArchives.Contains(archive) => archive,
                _ => null,
            });
            if (target is null && !postsOnly)
            {
                target = TermTarget(OldPath.Normalise(path).Trim('/').Split('/'));
            }
        }

        return target;
    }

    /// <summary>
    /// The site's page of the term whose archive the path is, or its feed for the archive's feed. A child category's
    /// archive is /category/parent/child/, named by its own slug, the last folder; its pages (/page/2/) lead to the
    /// term's page, whose pages hold other dispatches.
    /// </summary>
    private string? TermTarget(string[] segments)
    {
        Func<string, string>? feed = segments.Length >= 3 && segments[^1] == "feed" ? Urls.SitePaths.ActorRss
            : segments.Length >= 4 && segments[^2] == "feed" && segments[^1] is "rss2" or "rss" ? Urls.SitePaths.ActorRss
            : segments.Length >= 4 && segments[^2] == "feed" && segments[^1] == "atom" ? Urls.SitePaths.ActorAtom
            : null;
        var archive = feed is not null ? segments[..Array.LastIndexOf(segments, "feed")]
            : segments.Length >= 4 && segments[^2] == "page" && segments[^1].All(char.IsAsciiDigit) ? segments[..^2]
            : segments;
        if (archive.Length < 2 || archive[0] is not ("category" or "tag") || !_terms.TryGetValue(archive[0] + "/" + archive[^1], out var term))
        {
            return null;
        }

        if (_actorPage(term) is { } actorPage)
        {
            return feed is null ? actorPage : feed(actorPage);
        }

        // The build's slug of the name (TermSlug), so that a link to a Chinese category reaches its page.
        var slug = TermSlug.Of(term);
        var kind = archive[0] == "category" ? Configuration.TaxonomyKind.Categories : Configuration.TaxonomyKind.Tags;
        if (slug is null)
        {
            return "/search/?q=" + Uri.EscapeDataString(term);
        }

        var page = $"/{_taxonomies.Folder(kind)}/{slug}/";
        return feed is null ? page : feed(page);
    }

    /// <summary>
    /// The post whose page <paramref name="key"/> is, where the post was split by <c>&lt;!--nextpage--&gt;</c>
    /// (<c>/2022/05/15/slug/2/</c>, <c>/slug/3/</c>): the site shows it on one page. Null for any other path.
    /// </summary>
    private string? PostOfPage(string key)
    {
        var slash = key.Length < 3 ? -1 : key.LastIndexOf('/', key.Length - 2);
        if (slash < 1 || key.AsSpan(slash + 1, key.Length - slash - 2).ContainsAnyExceptInRange('0', '9'))
        {
            return null;
        }

        var post = key[..(slash + 1)];
        return _posts.Contains(post) ? post : null;
    }

    private string Relative(string absolutePath)
    {
        var path = OldPath.Normalise(absolutePath);
        return BlogPath.Length > 1 && path.StartsWith(BlogPath, StringComparison.Ordinal) ? path[(BlogPath.Length - 1)..] : path;
    }

    /// <summary>What two addresses of one page have in common (<see cref="Address(Uri)"/>); null for a URL that is not absolute.</summary>
    public static string? Address(string url) => Uri.TryCreate(url.Trim(), UriKind.Absolute, out var parsed) ? Address(parsed) : null;

    /// <summary>An address's host (without <c>www.</c>, with a port other than its scheme's) and path, whatever its scheme.</summary>
    private static string Address(Uri url)
    {
        var host = url.IdnHost.ToLowerInvariant();
        host = host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
        return (url.IsDefaultPort ? host : $"{host}:{url.Port}") + Key(url.AbsolutePath);
    }

    private static string Key(string path)
    {
        var normal = OldPath.Normalise(path);
        return normal.EndsWith('/') ? normal : normal + "/";
    }
}
