using SiteGen.Import.Model;

namespace SiteGen.Import.Links;

/// <summary>
/// Finds the post of the blog's export that a saved page or clipping is a copy of: at its address, else by its host
/// and WordPress id, else by its host, slug and day, whatever folder either address carries. A folder such as
/// <c>/blog/</c> may be where WordPress is installed (<c>https://host/blog/?p=12</c>) or only its permalinks' prefix
/// (<c>/blog/%year%/…</c> of a blog at the root), and a copy's page does not always say which.
/// </summary>
internal sealed class ExportedPostFinder
{
    private readonly Dictionary<string, ImportedPost> _byAddress = new(StringComparer.Ordinal);
    private readonly ILookup<(string Host, string Id), ImportedPost> _byId;
    private readonly ILookup<(string Host, string Slug), ImportedPost> _bySlug;

    // The folders the export's blogs are at, by host (/ and /news/ of a multisite's exports): a blog at / does not hold
    // a folder that is a blog of its own.
    private readonly ILookup<string, string> _blogFolders;

    public ExportedPostFinder(IReadOnlyList<ImportedPost> exported)
    {
        foreach (var post in exported)
        {
            // A plain permalink (/?p=12) names the blog's home, which every post of such a blog shares: its id tells them apart.
            if (Permalink(post) is { } address)
            {
                _byAddress.TryAdd(address, post);
            }
        }

        _byId = exported.Where(p => Id(p) is not null).ToLookup(p => Id(p)!.Value);
        _bySlug = exported.Where(p => p.Slug is not null && Host(p) is not null).ToLookup(p => (Host(p)!, p.Slug!.ToLowerInvariant()));
        _blogFolders = exported.Where(p => Id(p) is not null).Select(p => (Id(p)!.Value.Host, Folder: Folder(p.BlogPostId!))).Distinct().ToLookup(f => f.Host, f => f.Folder);
    }

    /// <summary>The export's post that <paramref name="copy"/> is, or null when there is none or more than one could be.</summary>
    public ImportedPost? CopyOf(ImportedPost copy)
    {
        // An address is one post's, but a copy may carry another's (a text opening with a link to yesterday's post):
        // it is that post where the two agree on the title or the day as well.
        if (Permalink(copy) is { } address && _byAddress.TryGetValue(address, out var atAddress) && (SameTitle(atAddress, copy) || ShowsDayOf(copy, atAddress)))
        {
            return atAddress;
        }

        // One id of one host is one post, unless the two folders are two blogs (a multisite's /news/ and /sport/): where
        // the folders differ, one holds the other and two of title, slug and day agree.
        if (Id(copy) is { } id && copy.BlogPostId is { } copyBlog)
        {
            var byId = _byId[id].Where(p => Holds(id.Host, Folder(p.BlogPostId!), Folder(copyBlog), copyIsFolder: true)
                && Agreements(p, copy) >= (Folder(p.BlogPostId!) == Folder(copyBlog) ? 1 : 2)).ToList();
            if (byId.Count == 1)
            {
                return byId[0];
            }
        }

        // A slug is one post's on its day, of one blog: a copy whose id is another post's of the host is that other post,
        // and one under another blog's folder (a multisite's /sport/ beside /news/) is that blog's post.
        if (copy.Slug is { } slug && Host(copy) is { } host)
        {
            var bySlug = _bySlug[(host, slug.ToLowerInvariant())].Where(p => SameDay(p.Date, copy.Date) && (Id(copy) is not { } copyId || Id(p) == copyId)
                && (p.BlogPostId is null || CopyFolder(copy) is not { } copyFolder || Holds(host, Folder(p.BlogPostId), copyFolder.Path, copyFolder.IsFolder))).ToList();
            if (bySlug.Count == 1)
            {
                return bySlug[0];
            }
        }

        return null;
    }

    /// <summary>The address of the post's pretty permalink (<see cref="LinkMap.Address(string)"/>); null for a plain one (<c>/?p=12</c>).</summary>
    private static string? Permalink(ImportedPost post) =>
        post.OldUrl is { } url && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var parsed) && parsed.Query.Length == 0 ? LinkMap.Address(url) : null;

    /// <summary>The host and id of <see cref="ImportedPost.BlogPostId"/> (<c>host/folder/?p=12</c>), without its folder.</summary>
    private static (string Host, string Id)? Id(ImportedPost post) =>
        post.BlogPostId is { } id && id.IndexOf('/') is var slash and > 0 && id.LastIndexOf('=') is var equals and > 0 ? (id[..slash], id[(equals + 1)..]) : null;

    /// <summary>
    /// Whether two ids (<c>host/folder/?p=12</c>) are one number of one host, under folders one of which holds the
    /// other (<c>/</c> and <c>/blog/</c>, not a multisite's <c>/news/</c> and <c>/sport/</c>).
    /// </summary>
    public static bool OneIdUnderNestedFolders(string a, string b) =>
        a.IndexOf('/') is var slashA and > 0 && b.IndexOf('/') is var slashB and > 0 && a[..slashA] == b[..slashB]
        && a.LastIndexOf('=') is var equalsA and > 0 && b.LastIndexOf('=') is var equalsB and > 0 && a[(equalsA + 1)..] == b[(equalsB + 1)..]
        && a.LastIndexOf('?') > slashA && b.LastIndexOf('?') > slashB && Nested(Folder(a), Folder(b));

    private static string Folder(string blogPostId) => blogPostId[blogPostId.IndexOf('/')..blogPostId.LastIndexOf('?')];

    /// <summary>Where the copy says it is: its blog's folder, by its id, else its permalink's path.</summary>
    private static (string Path, bool IsFolder)? CopyFolder(ImportedPost copy) =>
        copy.BlogPostId is { } id && id.IndexOf('/') > 0 && id.LastIndexOf('?') > id.IndexOf('/') ? (Folder(id), true)
        : copy.OldUrl is { } url && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var parsed) ? (parsed.AbsolutePath, false)
        : null;

    /// <summary>
    /// Whether the export's blog at <paramref name="folder"/> of <paramref name="host"/> holds the copy at
    /// <paramref name="copy"/>: a folder under it, or (a copy's blog folder, which may be its permalinks' prefix alone)
    /// one it is under; never a folder the export says is another blog's (a multisite's /sport/, beside its / and /news/).
    /// </summary>
    private bool Holds(string host, string folder, string copy, bool copyIsFolder)
    {
        var under = copy.StartsWith(folder, StringComparison.OrdinalIgnoreCase);
        if (!under && !(copyIsFolder && folder.StartsWith(copy, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        return !under || !_blogFolders[host].Any(f => f.Length > folder.Length && f.StartsWith(folder, StringComparison.OrdinalIgnoreCase) && copy.StartsWith(f, StringComparison.OrdinalIgnoreCase));
    }

    private static bool Nested(string a, string b) =>
        a.StartsWith(b, StringComparison.OrdinalIgnoreCase) || b.StartsWith(a, StringComparison.OrdinalIgnoreCase);

    /// <summary>The host (<see cref="LinkMap.Address(string)"/>'s: no <c>www.</c>, a port other than the scheme's) of the post's id or old URL.</summary>
    private static string? Host(ImportedPost post) =>
        Id(post)?.Host ?? (post.OldUrl is { } url && LinkMap.Address(url) is { } address ? address[..address.IndexOf('/')] : null);

    private static bool SameTitle(ImportedPost a, ImportedPost b) => string.Equals(a.Title.Trim(), b.Title.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the copy is of the post's day: a copy that shows a day alone (a text's title, 5/15/22) shows the blog's,
    /// so the post's day on the blog, not in UTC, where its offset is known.
    /// </summary>
    public static bool ShowsDayOf(ImportedPost copy, ImportedPost post) =>
        copy.DateHasTime || !post.OffsetKnown ? SameDay(copy.Date, post.Date) : copy.Date is { } shown && post.Date is { } day && shown.Date == day.Date;

    private static int Agreements(ImportedPost a, ImportedPost b) =>
        (SameTitle(a, b) ? 1 : 0)
        + (a.Slug is not null && string.Equals(a.Slug, b.Slug, StringComparison.OrdinalIgnoreCase) ? 1 : 0)
        + (SameDay(a.Date, b.Date) ? 1 : 0);

    /// <summary>One day, where it began either for the blog or in UTC (a copy may show the time in either, or no time).</summary>
    public static bool SameDay(DateTimeOffset? a, DateTimeOffset? b) =>
        a is { } x && b is { } y && (x.Date == y.Date || x.UtcDateTime.Date == y.UtcDateTime.Date);
}
