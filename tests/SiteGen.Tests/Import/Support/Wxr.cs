namespace SiteGen.Tests.Import.Support;

/// <summary>Builds small WXR exports for tests, one item at a time.</summary>
public static class Wxr
{
    public static string Export(params string[] items) => ExportOf("https://blog.example", items);

    /// <summary>An export of the blog at <paramref name="blogUrl"/> (a local server standing in for the old host).</summary>
    public static string ExportOf(string blogUrl, params string[] items) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
        <channel><title>Blog</title><wp:base_blog_url>{blogUrl}</wp:base_blog_url>
        {string.Concat(items)}
        </channel></rss>
        """;

    public static string Item(
        long id, string title, string slug, string content = "<p>Text.</p>", string type = "post", string status = "publish",
        string date = "2022-05-15 10:00:00", string? gmt = "2022-05-15 07:00:00", string password = "", long parent = 0, string extra = "", string? link = null, string blogUrl = "https://blog.example") => $"""
        <item><title><![CDATA[{title}]]></title>
        <link>{link ?? $"{blogUrl}/{date[..10].Replace('-', '/')}/{slug}/"}</link>
        <guid isPermaLink="false">{blogUrl}/?p={id}</guid>
        <content:encoded><![CDATA[{content}]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>
        <wp:post_id>{id}</wp:post_id><wp:post_date>{date}</wp:post_date><wp:post_date_gmt>{gmt ?? "0000-00-00 00:00:00"}</wp:post_date_gmt>
        <wp:post_name><![CDATA[{slug}]]></wp:post_name><wp:status>{status}</wp:status><wp:post_parent>{parent}</wp:post_parent>
        <wp:post_type>{type}</wp:post_type><wp:post_password><![CDATA[{password}]]></wp:post_password>{extra}</item>
        """;

    /// <summary>An attachment (a media library entry) of post <paramref name="parent"/>.</summary>
    public static string Attachment(long id, string url, long parent = 0, string blogUrl = "https://blog.example", string? attachedFile = null) =>
        Item(id, Path.GetFileNameWithoutExtension(url), Path.GetFileNameWithoutExtension(url), content: string.Empty, type: "attachment", status: "inherit", parent: parent,
            link: $"{blogUrl}/?attachment_id={id}", blogUrl: blogUrl, extra: $"<wp:attachment_url>{url}</wp:attachment_url>"
                + (attachedFile is null ? string.Empty : $"<wp:postmeta><wp:meta_key>_wp_attached_file</wp:meta_key><wp:meta_value><![CDATA[{attachedFile}]]></wp:meta_value></wp:postmeta>"));

    /// <summary>The postmeta that makes attachment <paramref name="id"/> a post's featured image.</summary>
    public static string Featured(long id) => $"<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>{id}</wp:meta_value></wp:postmeta>";
}
