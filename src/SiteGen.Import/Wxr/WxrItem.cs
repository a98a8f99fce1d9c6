using System.Globalization;
using System.Xml.Linq;

namespace SiteGen.Import.Wxr;

/// <summary>One <c>&lt;item&gt;</c> of a WXR export, every value trimmed (exports wrap some in newlines and spaces).</summary>
internal sealed record WxrItem
{
    public required int Line { get; init; }

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

    public static WxrItem From(XElement item, int line, string source = "")
    {
        // One pass over the item's fields (an export has hundreds of thousands); the first of each name counts.
        var plain = new Dictionary<string, XElement>(StringComparer.Ordinal);
        var wp = new Dictionary<string, XElement>(StringComparer.Ordinal);
        XElement? content = null, excerpt = null, creator = null;
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in item.Elements())
        {
            var (ns, name) = (element.Name.Namespace, element.Name.LocalName);
            if (ns == XNamespace.None)
            {
                plain.TryAdd(name, element);
            }

            if (WxrNames.IsExport(ns))
            {
                wp.TryAdd(name, element);
                if (name == "postmeta" && element.Elements().FirstOrDefault(e => e.Name.LocalName == "meta_key")?.Value.Trim() is { Length: > 0 } key)
                {
                    meta.TryAdd(key, element.Elements().FirstOrDefault(e => e.Name.LocalName == "meta_value")?.Value.Trim() ?? string.Empty);
                }
            }

            if (name == "encoded")
            {
                content ??= WxrNames.IsContent(ns) ? element : null;
                excerpt ??= WxrNames.IsExcerpt(ns) ? element : null;
            }

            creator ??= name == "creator" ? element : null;
        }

        string Plain(string name) => plain.GetValueOrDefault(name)?.Value.Trim() ?? string.Empty;
        string Wp(string name) => wp.GetValueOrDefault(name)?.Value.Trim() ?? string.Empty;

        return new WxrItem
        {
            Line = line,
            Source = source,
            Id = long.TryParse(Wp("post_id"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0,
            Title = Plain("title"),
            Link = Plain("link"),
            Guid = Plain("guid"),
            PubDate = Plain("pubDate"),
            Creator = creator?.Value.Trim() ?? string.Empty,
            Content = content?.Value ?? string.Empty,
            Excerpt = excerpt?.Value.Trim() ?? string.Empty,
            PostDate = Wp("post_date"),
            PostDateGmt = Wp("post_date_gmt"),
            PostModified = Wp("post_modified"),
            PostModifiedGmt = Wp("post_modified_gmt"),
            Sticky = Wp("is_sticky") == "1",
            Comments = CommentsOf(item),
            Slug = Wp("post_name"),
            Status = Wp("status"),
            Type = Wp("post_type"),
            Password = Wp("post_password"),
            ParentId = long.TryParse(Wp("post_parent"), NumberStyles.None, CultureInfo.InvariantCulture, out var parent) ? parent : 0,
            MenuOrder = int.TryParse(Wp("menu_order"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var order) ? order : 0,
            AttachmentUrl = Wp("attachment_url"),
            Terms = item.Elements()
                .Where(e => e.Name.Namespace == XNamespace.None && e.Name.LocalName == "category")
                .Select(e => ((string?)e.Attribute("domain") ?? "category", ((string?)e.Attribute("nicename") ?? string.Empty).Trim(), e.Value.Trim()))
                .ToList(),
            Meta = meta,
        };
    }

    private static List<WxrComment> CommentsOf(XElement item)
    {
        var comments = new List<WxrComment>();
        foreach (var comment in item.Elements().Where(e => WxrNames.IsExport(e.Name.Namespace) && e.Name.LocalName == "comment"))
        {
            string Field(string name) => comment.Elements().FirstOrDefault(e => WxrNames.IsExport(e.Name.Namespace) && e.Name.LocalName == name)?.Value.Trim() ?? string.Empty;
            if (Field("comment_approved") != "1")
            {
                continue;
            }

            comments.Add(new WxrComment(
                long.TryParse(Field("comment_id"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0,
                long.TryParse(Field("comment_parent"), NumberStyles.None, CultureInfo.InvariantCulture, out var parent) ? parent : 0,
                Field("comment_author"),
                Field("comment_author_url"),
                Field("comment_date_gmt"),
                Field("comment_content")));
        }

        return comments;
    }
}
