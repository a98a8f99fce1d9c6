using System.Globalization;
using SiteGen.Import.Links;
using SiteGen.Import.Model;

namespace SiteGen.Import.Writing;

/// <summary>
/// What the manifest records of the post an import wrote to a file: what tells it from other posts of the old blog
/// across imports (its WordPress guid, its old permalink's address, its day and title) and the URLs it holds.
/// </summary>
internal sealed record PostRecord
{
    /// <summary>The guid without its scheme (<c>blog.example/?p=12</c>): a saved page rebuilds it with https, the export has http.</summary>
    public string? Guid { get; init; }

    /// <summary>The old permalink's host and path (<c>blog.example/2022/05/15/talks/</c>).</summary>
    public string? OldUrl { get; init; }

    /// <summary>
    /// The post's WordPress id with its blog (<c>blog.example/?p=12</c>), which a new slug or date on the old blog leaves
    /// as it was; absent from manifests written before it was kept, and where the input showed no id.
    /// </summary>
    public string? BlogPostId { get; init; }

    /// <summary>
    /// <see cref="BlogPostId"/>, or for a post a manifest recorded before it was kept, from an export (or not said), the
    /// id its guid gives where the guid is a shortlink of the blog its old URL is on (<c>blog.example/?p=12</c>): an
    /// export's guid is WordPress's own, unlike the one a saved page's host rebuilt.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? IdOnBlog => BlogPostId ?? (From is (null or ImportedSource.Export) && Guid is not null && OldUrl is not null
        && Links.BlogPostId.FromShortlink("http://" + Guid) is { } id && OldUrl.StartsWith(id[..id.LastIndexOf('?')], StringComparison.Ordinal) ? id : null);

    public string Title { get; init; } = string.Empty;

    /// <summary>The day the input gave the post (<c>2022-05-15</c>), if any.</summary>
    public string? Day { get; init; }

    /// <summary>The URL the post got on the site, which no other post may take.</summary>
    public string Url { get; init; } = string.Empty;

    /// <summary>The old URLs that redirect to it.</summary>
    public IReadOnlyList<string>? Aliases { get; init; }

    /// <summary>The kind of input the file was written from; absent from manifests written before it was kept.</summary>
    public ImportedSource? From { get; init; }

    /// <summary>
    /// The paths the old blog gave the post before (its <c>_wp_old_slug</c> and <c>_wp_old_date</c>), relative to the
    /// blog: what tells a post that moved from another post of the same id. Not kept in the manifest.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<string> EarlierPaths { get; init; } = [];

    public static PostRecord Of(ImportedPost post, string url, IReadOnlyList<string>? aliases = null) => new()
    {
        EarlierPaths = post.EarlierPaths,
        Guid = post.Guid is { } guid ? WithoutScheme(guid.Trim()) : null,
        OldUrl = post.OldUrl is { } old ? LinkMap.Address(old) : null,
        BlogPostId = post.BlogPostId,
        Title = post.Title,
        Day = post.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Url = url,
        Aliases = aliases is { Count: > 0 } ? aliases : null,
        From = post.Source,
    };

    /// <summary>
    /// Whether both are one post: one WordPress id of one blog (the post moved to another date or slug on the old blog
    /// between two exports), one old URL with one title or day (a saved page of a post the export held), or one guid where either lacks the
    /// old URL; where neither input knew either (a scraped text), one title on one day.
    /// </summary>
    public bool IsSame(PostRecord other)
    {
        if (IdOnBlog is { } id && string.Equals(id, other.IdOnBlog, StringComparison.Ordinal) && Agrees(other))
        {
            return true;
        }

        // A folder (/blog/) may be where WordPress is installed or only its permalinks' prefix, and a copy's page does not
        // always say which: one id of one host under folders one of which holds the other is one post where two of its
        // title, day and slug agree (a multisite's root and its /sport/ blog both have a post 12).
        if (IdOnBlog is { } mine && other.IdOnBlog is { } theirs && ExportedPostFinder.OneIdUnderNestedFolders(mine, theirs) && Agreements(other) >= 2)
        {
            return true;
        }

        var guids = Guid is not null && other.Guid is not null;
        var urls = OldUrl is not null && other.OldUrl is not null;
        // An old URL alone is not enough: a blog whose permalinks name no day (/%postname%/) gives a deleted post's
        // address to a later post of that slug, so the title or the day must agree too.
        var sameUrl = urls && string.Equals(OldUrl, other.OldUrl, StringComparison.Ordinal)
            && (string.Equals(Title.Trim(), other.Title.Trim(), StringComparison.OrdinalIgnoreCase) || NearDay(Day, other.Day));

        // A guid a saved page or clipping rebuilt names the host, not the blog's folder (two blogs of one host both
        // have a post 12): where both old URLs are known, they decide.
        if (sameUrl || (guids && !urls && string.Equals(Guid, other.Guid, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return !guids && !urls && Title == other.Title && Day == other.Day;
    }

    /// <summary>
    /// Whether something besides the id says both are one post: a blog reinstalled on its domain, or two blogs of one
    /// host a saved page could not tell apart, number other posts 12 too. One title, one guid that is not the id's own
    /// shortlink (which says no more than the id), or an earlier path of either that is the other's old URL.
    /// </summary>
    public bool Agrees(PostRecord other) =>
        string.Equals(Title.Trim(), other.Title.Trim(), StringComparison.OrdinalIgnoreCase)
        || (Guid is not null && string.Equals(Guid, other.Guid, StringComparison.OrdinalIgnoreCase) && Links.BlogPostId.FromShortlink("http://" + Guid) is null)
        || WasAt(EarlierPaths, other.OldUrl) || WasAt(other.EarlierPaths, OldUrl);

    private int Agreements(PostRecord other) =>
        (string.Equals(Title.Trim(), other.Title.Trim(), StringComparison.OrdinalIgnoreCase) ? 1 : 0)
        + (Day is not null && Day == other.Day ? 1 : 0)
        + (Slug(OldUrl) is { } slug && string.Equals(slug, Slug(other.OldUrl), StringComparison.OrdinalIgnoreCase) ? 1 : 0);

    /// <summary>
    /// Whether two days are one, or next to each other: an input gives a post's day where it was written or in UTC
    /// (a saved page's <c>+00:00</c> time), which may be the day after or before.
    /// </summary>
    private static bool NearDay(string? a, string? b) =>
        DateOnly.TryParseExact(a, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var x)
        && DateOnly.TryParseExact(b, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var y)
        && Math.Abs(x.DayNumber - y.DayNumber) <= 1;

    /// <summary>The last segment of an old URL's address (<c>talks</c> of <c>blog.example/2022/05/15/talks/</c>).</summary>
    private static string? Slug(string? oldUrl) =>
        oldUrl?.TrimEnd('/') is { } trimmed && trimmed.LastIndexOf('/') is var slash and > 0 ? trimmed[(slash + 1)..] : null;

    private static bool WasAt(IReadOnlyList<string> earlier, string? oldUrl) =>
        oldUrl is not null && oldUrl.IndexOf('/') is var slash and >= 0
        && earlier.Any(path => oldUrl[slash..].TrimEnd('/').EndsWith(path.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));

    private static string WithoutScheme(string url) =>
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? url["https://".Length..]
        : url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? url["http://".Length..]
        : url;
}
