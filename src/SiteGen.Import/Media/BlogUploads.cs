namespace SiteGen.Import.Media;

/// <summary>
/// The blog's upload folders, each as <c>host[:port]/path/</c> without the scheme (a blog moved from http to https
/// is one blog): <c>wp-content/uploads/</c> and <c>files/</c> (WordPress.com, multisite) at the root of each address
/// the export's channel names (<c>wp:base_blog_url</c>, <c>wp:base_site_url</c>) and under its folder, with and
/// without <c>www.</c>, <c>wp-content/uploads/</c> under any folder of those hosts (WordPress in its own directory,
/// <see cref="AnyFolder"/>), and the folder the blog's own attachments were served from where WordPress put them
/// elsewhere (<c>upload_url_path</c>).
/// </summary>
/// <remarks>
/// Only the channel names the blog's own hosts, those <c>--fetch-media</c> may reach through a proxy or, when asked,
/// at a private address: an item's link, a saved page's canonical URL or a clipping's address may name any host (a
/// loopback service's among them), as WordPress's importer trusts no address an export gives. Such a page's host is
/// only where its uploads are known by (the page addresses <see cref="Of"/> takes), held to a public address.
/// A port is part of a host: <c>blog.example:8080</c> is another server than <c>blog.example</c>.
/// </remarks>
internal static class BlogUploads
{
    /// <summary>
    /// The upload folders of the blog at <paramref name="baseUrls"/>, at the root of the hosts of
    /// <paramref name="pageUrls"/> (the blog's pages at addresses its export's channel does not name), and those its
    /// <paramref name="attachments"/> there show.
    /// </summary>
    public static HashSet<string> Of(IEnumerable<string> baseUrls, IEnumerable<string> pageUrls, IEnumerable<(string Url, string AttachedFile)> attachments)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        var own = baseUrls.ToList();
        foreach (var url in own.Concat(pageUrls.Select(Root)))
        {
            if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                continue;
            }

            var host = uri.IdnHost.ToLowerInvariant();
            var path = uri.AbsolutePath.EndsWith('/') ? uri.AbsolutePath : uri.AbsolutePath + "/";
            foreach (var name in new[] { host, host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : "www." + host })
            {
                // WordPress in a folder of its own serves uploads under it; the home page may be at the root.
                foreach (var root in new[] { "/", path }.Distinct(StringComparer.Ordinal))
                {
                    folders.Add(Authority(name, uri.IsDefaultPort ? -1 : uri.Port) + root + "wp-content/uploads/");
                    folders.Add(Authority(name, uri.IsDefaultPort ? -1 : uri.Port) + root + "files/");
                }

                // WordPress given its own directory (https://blog.example/wordpress/) serves uploads under that folder,
                // which the channel does not name when the blog's address is the root: on the blog's own hosts alone,
                // wp-content/uploads/ under any folder is the blog's.
                if (own.Contains(url))
                {
                    folders.Add(Authority(name, uri.IsDefaultPort ? -1 : uri.Port) + AnyFolder + "wp-content/uploads/");
                }
            }
        }

        // An attachment on one of those hosts whose URL ends in its recorded year/month path (_wp_attached_file) shows
        // the folder the blog served uploads from (upload_url_path, a multisite's sites/2/): that folder is the blog's.
        var found = new List<string>();
        foreach (var (url, attachedFile) in attachments)
        {
            var file = attachedFile.Trim().TrimStart('/');
            var month = file.Split('/') is [var year, var mm, _] && year.Length == 4 && mm.Length == 2 && year.All(char.IsAsciiDigit) && mm.All(char.IsAsciiDigit) ? $"/{year}/{mm}/" : null;
            if (month is null || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                continue;
            }

            var authority = Authority(uri.IdnHost.ToLowerInvariant(), uri.IsDefaultPort ? -1 : uri.Port);
            var at = uri.AbsolutePath.LastIndexOf(month, StringComparison.Ordinal);
            if (at >= 0 && Owns(folders, authority))
            {
                found.Add(authority + uri.AbsolutePath[..(at + 1)]);
            }
        }

        folders.UnionWith(found);
        return folders;
    }

    /// <summary>
    /// The path that, at the start of an upload folder's path, stands for any folder below the root
    /// (<c>/*/wp-content/uploads/</c>: <c>/wordpress/wp-content/uploads/</c>, <c>/blog/wp/wp-content/uploads/</c>).
    /// </summary>
    public const string AnyFolder = "/*/";

    /// <summary>The root of a page's address (<c>https://blog.example/</c> of <c>https://blog.example/2022/05/15/post/</c>).</summary>
    private static string Root(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) + "/" : string.Empty;

    /// <summary>Whether <paramref name="authority"/> (<c>host[:port]</c>) is one of the blog's own hosts.</summary>
    public static bool Owns(IReadOnlySet<string> folders, string authority)
    {
        foreach (var folder in folders)
        {
            if (folder.Length > authority.Length && folder[authority.Length] == '/' && folder.StartsWith(authority, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The upload folders' paths on <paramref name="authority"/> (<c>/wp-content/uploads/</c>).</summary>
    public static IEnumerable<string> Paths(IReadOnlySet<string> folders, string authority) =>
        folders.Where(f => f.Length > authority.Length && f[authority.Length] == '/' && f.StartsWith(authority, StringComparison.Ordinal)).Select(f => f[authority.Length..]);

    /// <summary>
    /// The blog a media file's URL is of, by its host: WordPress.com's <c>blog.files.wordpress.com</c> is
    /// <c>blog.wordpress.com</c>'s, <c>www.blog.example</c> is <c>blog.example</c>'s, and a port is another server's.
    /// </summary>
    public static string BlogOf(Uri url)
    {
        const string files = ".files.wordpress.com";
        var host = url.IdnHost.ToLowerInvariant();
        host = host.EndsWith(files, StringComparison.Ordinal) ? host[..^files.Length] + ".wordpress.com"
            : host.StartsWith("www.", StringComparison.Ordinal) ? host[4..]
            : host;
        return Authority(host, url.IsDefaultPort ? -1 : url.Port);
    }

    /// <summary>A host in lower case, with its port unless that is the scheme's (<paramref name="port"/> -1).</summary>
    public static string Authority(string host, int port) => port < 0 ? host : $"{host}:{port}";

    /// <summary>The authority of a URL, as <see cref="Of"/> lists it.</summary>
    public static string Authority(Uri uri) => Authority(uri.IdnHost.ToLowerInvariant(), uri.IsDefaultPort ? -1 : uri.Port);

    /// <summary>
    /// Whether <paramref name="host"/> is one of WordPress.com's public media hosts (<c>blog.files.wordpress.com</c>,
    /// <c>blog.wordpress.com</c>, the Photon copies <c>i0.wp.com</c> to <c>i3.wp.com</c>), where a WordPress.com blog's
    /// uploads live whatever its own domain.
    /// </summary>
    public static bool IsWordPressCom(string host) =>
        host.EndsWith(".wordpress.com", StringComparison.Ordinal) || host is "i0.wp.com" or "i1.wp.com" or "i2.wp.com" or "i3.wp.com";
}
