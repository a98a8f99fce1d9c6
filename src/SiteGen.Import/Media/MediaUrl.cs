using System.Text.RegularExpressions;
using SiteGen.Diagnostics;

namespace SiteGen.Import.Media;

/// <summary>
/// A media file of the old blog, named by its upload folder: <c>2025/01/photo.jpg</c> for
/// <c>https://blog.files.wordpress.com/2025/01/photo.jpg?w=640</c>, <c>https://blog.example/wp-content/uploads/2025/01/photo.jpg</c>
/// or the Photon copy <c>https://i0.wp.com/blog.example/wp-content/uploads/2025/01/photo.jpg</c>.
/// </summary>
/// <param name="Key">The year/month path, decoded: where the file goes under <c>static/wp-content/uploads/</c>.</param>
/// <param name="Original">The full-size file's URL: the query (<c>?w=640</c>) and any Photon host left off.</param>
internal sealed partial record MediaUrl(string Key, Uri Original)
{
    /// <summary>The site path the file is served at once copied: the path a self-hosted WordPress served it at.</summary>
    public const string SiteFolder = "/wp-content/uploads/";

    public string SitePath => SitePathOf(Key);

    /// <summary>Where the export lists this file as an attachment on a host that is not the blog's; null for the blog's own uploads.</summary>
    public SourceLocation? ListedAt { get; init; }

    /// <summary>Whether <see cref="Key"/> is the upload path WordPress recorded for the attachment (<c>_wp_attached_file</c>).</summary>
    public bool Recorded { get; init; }

    /// <summary>
    /// Whether this is an upload of another blog than the one imported (another WordPress.com blog's, or a saved page's
    /// of another host): not in the blog's media export, and named apart from the blog's files of its path.
    /// </summary>
    public bool OfAnotherBlog { get; init; }

    /// <summary>
    /// The blog's upload path of a file that goes by another name (<see cref="MediaNamer"/>): where the blog's media
    /// export holds it. Null when <see cref="Key"/> is that path, or the file has none.
    /// </summary>
    public string? UploadPath { get; init; }

    /// <summary>The site path of a year/month key.</summary>
    public static string SitePathOf(string key) => SiteFolder + string.Join('/', key.Split('/').Select(Uri.EscapeDataString));

    /// <summary>
    /// The media file an absolute URL names, if it is one of the blog's uploads: under one of its upload folders
    /// (<see cref="BlogUploads"/>) or WordPress.com's for it (<c>blog.files.wordpress.com/YYYY/MM/</c>,
    /// <c>blog.wordpress.com/wp-content/uploads/YYYY/MM/</c>), by the year/month path WordPress gives an upload; null
    /// for pages, other paths and other hosts.
    /// </summary>
    public static MediaUrl? Parse(string url, IReadOnlySet<string> uploadFolders)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        var host = uri.IdnHost.ToLowerInvariant();
        var path = uri.AbsolutePath;
        var port = uri.IsDefaultPort ? -1 : uri.Port;
        if (Photon().IsMatch(host))
        {
            // i0.wp.com/<host>/<path>: WordPress.com's resizing copy of a file that lives on <host>.
            var rest = path.TrimStart('/');
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0)
            {
                return null;
            }

            host = rest[..slash].ToLowerInvariant();
            path = rest[slash..];
            port = -1;
        }

        IEnumerable<string> folders = host.EndsWith(".files.wordpress.com", StringComparison.Ordinal) ? ["/"]
            : host.EndsWith(".wordpress.com", StringComparison.Ordinal) ? ["/wp-content/uploads/", "/files/"]
            : BlogUploads.Paths(uploadFolders, BlogUploads.Authority(host, port));
        foreach (var folder in folders)
        {
            var end = path.StartsWith(folder, StringComparison.Ordinal) ? folder.Length : -1;
            if (folder.StartsWith(BlogUploads.AnyFolder, StringComparison.Ordinal))
            {
                // Under any folder below the root: from the last place the path names it.
                var below = folder[(BlogUploads.AnyFolder.Length - 1)..];
                var at = path.LastIndexOf(below, StringComparison.Ordinal);
                end = at > 0 ? at + below.Length : -1;
            }

            if (end >= 0 && Upload().Match(path[end..]) is { Success: true } match && KeyOf(match) is { } key)
            {
                return new MediaUrl(key, new UriBuilder(uri.Scheme, host, port, path).Uri);
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="name"/> is a key a file may be given: <c>YYYY/MM/file</c>, the file's name no way out of its folder.</summary>
    public static bool IsKey(string name) =>
        Named().Match(name) is { Success: true } match && !match.Groups["file"].Value.Contains('\\', StringComparison.Ordinal) && !match.Groups["file"].Value.StartsWith('.');

    /// <summary>The year/month/file key of an upload path's match, its file name decoded; null for a name that could leave the folder.</summary>
    private static string? KeyOf(Match match)
    {
        string file;
        try
        {
            file = Uri.UnescapeDataString(match.Groups["file"].Value);
        }
        catch (UriFormatException)
        {
            return null;
        }

        return file.Contains('/', StringComparison.Ordinal) || file.Contains('\\', StringComparison.Ordinal) || file.StartsWith('.')
            ? null
            : $"{match.Groups["year"].Value}/{match.Groups["month"].Value}/{file}";
    }

    /// <summary>
    /// The file of an attachment the export lists at <paramref name="url"/>, wherever that is (a CDN, an offload
    /// bucket, another site): named by the upload path WordPress recorded for it (<c>_wp_attached_file</c>,
    /// <c>2024/01/photo.jpg</c>), else, as WordPress's importer files it, by the attachment's year and month and the
    /// URL's file name; null when neither gives a year/month path.
    /// </summary>
    public static MediaUrl? OfAttachment(string url, string attachedFile, string postDate, SourceLocation listedAt)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        // The query stays: on another host it may be what names the file (img.php?id=5).
        var original = new Uri(Normal(uri, withQuery: true));
        var recorded = Named().Match(attachedFile.Trim().TrimStart('/'));
        if (recorded.Success && KeyOf(recorded) is { } key)
        {
            return new MediaUrl(key, original) { ListedAt = listedAt, Recorded = true };
        }

        // A name without an extension (a CDN's /media/7f3a9c) takes the one of what the download turns out to be.
        var name = uri.AbsolutePath[(uri.AbsolutePath.LastIndexOf('/') + 1)..];
        var dated = AttachmentDate().Match(postDate.Trim());
        return dated.Success && Named().Match($"{dated.Groups["year"].Value}/{dated.Groups["month"].Value}/{name}") is { Success: true } byDate && KeyOf(byDate) is { } dateKey
            ? new MediaUrl(dateKey, original) { ListedAt = listedAt }
            : null;
    }

    /// <summary>An absolute URL as attachments are looked up by: host in lower case, no fragment, the query if asked for.</summary>
    public static string Normal(Uri uri, bool withQuery) =>
        new UriBuilder(uri.Scheme, uri.IdnHost.ToLowerInvariant(), uri.IsDefaultPort ? -1 : uri.Port, uri.AbsolutePath).Uri + (withQuery ? uri.Query : string.Empty);

    /// <summary>The key with <c>-n</c> before its extension, as WordPress's <c>wp_unique_filename</c> names the second <c>photo.jpg</c> of a month.</summary>
    public static string Numbered(string key, int n)
    {
        var dot = key.LastIndexOf('.');
        return dot > key.LastIndexOf('/') ? $"{key[..dot]}-{n}{key[dot..]}" : $"{key}-{n}";
    }

    /// <summary>The key with <paramref name="extension"/> for the one it had (<c>2022/05/img.php</c> that is a JPEG: <c>2022/05/img.jpg</c>).</summary>
    public static string WithExtension(string key, string extension)
    {
        var dot = key.LastIndexOf('.');
        return (dot > key.LastIndexOf('/') ? key[..dot] : key) + "." + extension;
    }

    /// <summary>The size suffix of a resized copy's file name (<c>-300x200</c> of <c>photo-300x200.jpg</c>), or null.</summary>
    public static string? SizeSuffix(string name) => Resized().Match(name) is { Success: true } match ? name[match.Index..match.Groups["ext"].Index] : null;

    /// <summary>The name WordPress gave a resized copy's original: <c>photo-300x200.jpg</c> is a copy of <c>photo.jpg</c>.</summary>
    public static string? Unresized(string key)
    {
        var match = Resized().Match(key);
        return match.Success ? key[..match.Index] + match.Groups["ext"].Value : null;
    }

    [GeneratedRegex(@"^i[0-3]\.wp\.com$")]
    private static partial Regex Photon();

    /// <summary>A path below an upload folder: a multisite's <c>sites/2/</c>, then year, month and a file name with an extension.</summary>
    [GeneratedRegex(@"^(?:sites/\d{1,9}/)?(?<year>(?:19|20)\d\d)/(?<month>0[1-9]|1[0-2])/(?<file>[^/]+\.[A-Za-z0-9]{1,5})$")]
    private static partial Regex Upload();

    /// <summary>An attachment's year/month path, its file name with or without an extension.</summary>
    [GeneratedRegex(@"^(?<year>(?:19|20)\d\d)/(?<month>0[1-9]|1[0-2])/(?<file>[^/]+)$")]
    private static partial Regex Named();

    [GeneratedRegex(@"^(?<year>(?:19|20)\d\d)-(?<month>0[1-9]|1[0-2])-")]
    private static partial Regex AttachmentDate();

    [GeneratedRegex(@"-\d{1,5}x\d{1,5}(?<ext>\.[A-Za-z0-9]{1,5})$")]
    private static partial Regex Resized();
}
