namespace SiteGen.Import.Writing;

/// <summary>
/// Posts recorded by where they were written, found again by <see cref="PostRecord.IsSame"/> without comparing each
/// with all: one post is one WordPress id, old URL, guid or title, so only the posts sharing one of those are compared.
/// </summary>
internal sealed class PostIndex
{
    private readonly IReadOnlyList<(string Target, PostRecord Post)> _posts;
    private readonly ILookup<string, int> _byId;
    private readonly ILookup<string, int> _byOldUrl;
    private readonly ILookup<string, int> _byGuid;
    private readonly ILookup<string, int> _byTitle;

    public PostIndex(IReadOnlyList<(string Target, PostRecord Post)> posts)
    {
        _posts = posts;
        var numbered = Enumerable.Range(0, posts.Count);
        _byId = numbered.Where(i => posts[i].Post.IdOnBlog is not null).ToLookup(i => posts[i].Post.IdOnBlog!, StringComparer.Ordinal);
        _byOldUrl = numbered.Where(i => posts[i].Post.OldUrl is not null).ToLookup(i => posts[i].Post.OldUrl!, StringComparer.Ordinal);
        _byGuid = numbered.Where(i => posts[i].Post.Guid is not null).ToLookup(i => posts[i].Post.Guid!, StringComparer.OrdinalIgnoreCase);
        _byTitle = numbered.ToLookup(i => posts[i].Post.Title, StringComparer.Ordinal);
    }

    /// <summary>The posts that are <paramref name="post"/>, in the order they were given.</summary>
    public IEnumerable<(string Target, PostRecord Post)> Same(PostRecord post) =>
        (post.IdOnBlog is { } id ? _byId[id] : [])
            .Concat(post.OldUrl is { } old ? _byOldUrl[old] : [])
            .Concat(post.Guid is { } guid ? _byGuid[guid] : [])
            .Concat(_byTitle[post.Title])
            .Distinct()
            .Order()
            .Where(i => _posts[i].Post.IsSame(post))
            .Select(i => _posts[i]);
}
