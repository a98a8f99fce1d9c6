namespace SiteGen.Import.Wxr;

/// <summary>One <c>&lt;item&gt;</c> of a WXR export, every value trimmed (exports wrap some in newlines and spaces).</summary>
internal sealed record WxrItem
{
    public required int Line { get; init; }

    /// <summary>The column of the item's start tag on <see cref="Line"/>.</summary>
    public int Column { get; init; } = 1;

    /// <summary>The export file holding the item, as shown in messages (a split export has several).</summary>
    public string Source { get; init; } = string.Empty;

    public long Id { get; init; }

    public string Title { get; init; } = string.Empty;

    public string Link { get; init; } = string.Empty;

    public string Guid { get; init; } = string.Empty;

    public string PubDate { get; init; } = string.Empty;

    public string Creator { get; init; } = string.Empty;

    public string Content { get; init; } = string.Empty;

    public string Excerpt { get; init; } = string.Empty;

    public string PostDate { get; init; } = string.Empty;

    public string PostDateGmt { get; init; } = string.Empty;

    public string PostModified { get; init; } = string.Empty;

    public string PostModifiedGmt { get; init; } = string.Empty;

    public bool Sticky { get; init; }

    /// <summary>The approved comments (pingbacks and trackbacks included), in export order.</summary>
    public IReadOnlyList<WxrComment> Comments { get; init; } = [];

    /// <summary>post_name as stored: percent-encoded for non-ASCII slugs.</summary>
    public string Slug { get; init; } = string.Empty;

    public string Status { get; init; } = string.Empty;

    public string Type { get; init; } = string.Empty;

    public string Password { get; init; } = string.Empty;

    public long ParentId { get; init; }

    public int MenuOrder { get; init; }

    public string AttachmentUrl { get; init; } = string.Empty;

    /// <summary>(domain, nicename, name): domain "category", "post_tag", "post_format", ...</summary>
    public IReadOnlyList<(string Domain, string Nicename, string Name)> Terms { get; init; } = [];

    public IReadOnlyDictionary<string, string> Meta { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The post's slugs and days before the author changed them (<c>_wp_old_slug</c>, <c>_wp_old_date</c>, each
    /// written once per earlier value): WordPress still answered the old permalinks with a redirect.
    /// </summary>
    public IReadOnlyList<string> EarlierSlugs { get; init; } = [];

    /// <inheritdoc cref="EarlierSlugs"/>
    public IReadOnlyList<string> EarlierDays { get; init; } = [];
}
