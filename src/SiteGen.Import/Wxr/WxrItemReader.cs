using System.Globalization;
using System.Xml;

namespace SiteGen.Import.Wxr;

/// <summary>Reads one <c>&lt;item&gt;</c> of a WXR export straight from the XML reader into a <see cref="WxrItem"/>.</summary>
/// <remarks>
/// An export has tens of thousands of items of a dozen fields each: building an element tree for each one only to
/// read its fields once cost a large part of the read, which runs on one core while the others wait. The rules are
/// the tree's: a field's value is all the text inside it (CDATA sections, text and white space, nested elements'
/// text included), only the item's own children count, and the first child of each name is the one read.
/// </remarks>
internal static class WxrItemReader
{
    /// <summary>Reads the item whose start tag <paramref name="reader"/> is on, and leaves the reader on the node after its end tag.</summary>
    public static WxrItem Read(XmlReader reader, int line, string source)
    {
        var plain = new Dictionary<string, string>(StringComparer.Ordinal);
        var wp = new Dictionary<string, string>(StringComparer.Ordinal);
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        List<string> earlierSlugs = [], earlierDays = [];
        var terms = new List<(string? Domain, string Nicename, string Name)>();
        var comments = new List<WxrComment>();
        string? content = null, excerpt = null, creator = null;
        foreach (var _ in Children(reader))
        {
            var (name, namespaceUri) = (reader.LocalName, reader.NamespaceURI);
            var kinds = WxrNames.Kinds(namespaceUri);
            if (kinds.Export && name == "comment")
            {
                if (Comment(reader) is { } comment)
                {
                    comments.Add(comment);
                }

                continue;
            }

            if (kinds.Export && name == "postmeta")
            {
                var (key, value) = Postmeta(reader);
                if (key?.Trim() is { Length: > 0 } trimmedKey)
                {
                    var trimmed = value?.Trim() ?? string.Empty;
                    meta.TryAdd(trimmedKey, trimmed);
                    (trimmedKey switch { "_wp_old_slug" => earlierSlugs, "_wp_old_date" => earlierDays, _ => null })?.Add(trimmed);
                }

                continue;
            }

            var isTerm = namespaceUri.Length == 0 && name == "category";
            var term = isTerm ? (Domain: reader.GetAttribute("domain"), Nicename: (reader.GetAttribute("nicename") ?? string.Empty).Trim()) : default;
            var text = Text(reader);
            if (namespaceUri.Length == 0)
            {
                plain.TryAdd(name, text);
            }

            if (kinds.Export)
            {
                wp.TryAdd(name, text);
            }

            if (isTerm)
            {
                terms.Add((term.Domain, term.Nicename, text.Trim()));
            }

            if (name == "encoded")
            {
                content ??= kinds.Content ? text : null;
                excerpt ??= kinds.Excerpt ? text : null;
            }

            creator ??= name == "creator" ? text : null;
        }

        string Plain(string field) => plain.GetValueOrDefault(field)?.Trim() ?? string.Empty;
        string Wp(string field) => wp.GetValueOrDefault(field)?.Trim() ?? string.Empty;

        return new WxrItem
        {
            Line = line,
            Source = source,
            Id = long.TryParse(Wp("post_id"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0,
            Title = Plain("title"),
            Link = Plain("link"),
            Guid = Plain("guid"),
            PubDate = Plain("pubDate"),
            Creator = creator?.Trim() ?? string.Empty,
            Content = content ?? string.Empty,
            Excerpt = excerpt?.Trim() ?? string.Empty,
            PostDate = Wp("post_date"),
            PostDateGmt = Wp("post_date_gmt"),
            PostModified = Wp("post_modified"),
            PostModifiedGmt = Wp("post_modified_gmt"),
            Sticky = Wp("is_sticky") == "1",
            Comments = comments,
            Slug = Wp("post_name"),
            Status = Wp("status"),
            Type = Wp("post_type"),
            Password = Wp("post_password"),
            ParentId = long.TryParse(Wp("post_parent"), NumberStyles.None, CultureInfo.InvariantCulture, out var parent) ? parent : 0,
            MenuOrder = int.TryParse(Wp("menu_order"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var order) ? order : 0,
            AttachmentUrl = Wp("attachment_url"),
            Terms = Terms(terms),
            Meta = meta,
            EarlierSlugs = earlierSlugs,
            EarlierDays = earlierDays,
        };
    }

    /// <summary>
    /// The item's terms as WordPress's importer files them: a WXR 1.0 "tag" is a post_tag, and a bare category (no
    /// domain), which WordPress 2.x wrote beside each one it also wrote with its domain and nicename, is left out when
    /// that twin is there (other exporters write only bare ones: those are categories).
    /// </summary>
    private static List<(string Domain, string Nicename, string Name)> Terms(List<(string? Domain, string Nicename, string Name)> terms) =>
        terms.Where(t => t.Domain is not null || !terms.Any(o => o.Domain == "category" && o.Name == t.Name))
            .Select(t => (t.Domain switch { null => "category", "tag" => "post_tag", var domain => domain }, t.Nicename, t.Name))
            .ToList();

    /// <summary>An approved comment (pingbacks and trackbacks included); null for one waiting, spam or trashed, and for a note.</summary>
    private static WxrComment? Comment(XmlReader reader)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var _ in Children(reader))
        {
            var export = WxrNames.Kinds(reader.NamespaceURI).Export;
            var name = reader.LocalName;
            var text = Text(reader);
            if (export)
            {
                fields.TryAdd(name, text);
            }
        }

        string Field(string name) => fields.GetValueOrDefault(name)?.Trim() ?? string.Empty;
        // A note (WordPress 6.9's block notes, comment_type "note") is the editors' talk about a draft, never shown to
        // readers whatever its status.
        if (Field("comment_approved") != "1" || Field("comment_type") == "note")
        {
            return null;
        }

        return new WxrComment(
            long.TryParse(Field("comment_id"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0,
            long.TryParse(Field("comment_parent"), NumberStyles.None, CultureInfo.InvariantCulture, out var parent) ? parent : 0,
            Field("comment_author"),
            Field("comment_author_url"),
            Field("comment_date_gmt"),
            Field("comment_content"));
    }

    /// <summary>The first meta_key and meta_value inside a postmeta, in whatever namespace, untrimmed.</summary>
    private static (string? Key, string? Value) Postmeta(XmlReader reader)
    {
        string? key = null, value = null;
        foreach (var _ in Children(reader))
        {
            var name = reader.LocalName;
            var text = Text(reader);
            key ??= name == "meta_key" ? text : null;
            value ??= name == "meta_value" ? text : null;
        }

        return (key, value);
    }

    /// <summary>
    /// Steps through the child elements of the element the reader is on: at each step the reader is on a child's
    /// start tag, which the caller reads whole (<see cref="Text"/>, or a loop of its own); after the last, the reader
    /// is past the parent's end tag.
    /// </summary>
    private static IEnumerable<bool> Children(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            yield break;
        }

        var depth = reader.Depth;
        reader.Read();
        while (reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                yield return true;
            }
            else
            {
                reader.Read();
            }
        }

        // The parent's end tag.
        reader.Read();
    }

    /// <summary>All the text inside the element the reader is on, in document order; the reader ends past its end tag.</summary>
    private static string Text(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return string.Empty;
        }

        var depth = reader.Depth;
        string? first = null;
        System.Text.StringBuilder? more = null;
        reader.Read();
        while (reader.Depth > depth)
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                if (first is null)
                {
                    first = reader.Value;
                }
                else
                {
                    (more ??= new System.Text.StringBuilder(first)).Append(reader.Value);
                }
            }

            reader.Read();
        }

        reader.Read();
        return more?.ToString() ?? first ?? string.Empty;
    }
}
