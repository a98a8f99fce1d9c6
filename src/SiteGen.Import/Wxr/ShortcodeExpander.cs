using System.Net;
using System.Text.RegularExpressions;

namespace SiteGen.Import.Wxr;

/// <summary>Turns WordPress shortcodes into plain HTML the converter understands, or removes them cleanly.</summary>
/// <remarks>
/// [caption] becomes a figure with its caption; [gallery] the images of its attachments; [audio], [video], [embed] and
/// the WordPress.com embeds (YouTube, Vimeo, ...) a link to the media; [code]/[sourcecode] a code block. Shortcodes
/// that only make sense on WordPress (forms, polls, playlists) are removed. Other text in brackets stays.
/// </remarks>
public static partial class ShortcodeExpander
{
    private static readonly HashSet<string> Removed = new(StringComparer.Ordinal)
    {
        "contact-form", "contact-field", "polldaddy", "crowdsignal", "playlist", "archives", "sitemap", "wpvideo",
        "jetpack_subscription_form", "blog_subscription_form", "subscribe", "wufoo", "recipe", "simple-payment",
    };

    private static readonly HashSet<string> Embeds = new(StringComparer.Ordinal)
    {
        "embed", "youtube", "vimeo", "soundcloud", "dailymotion", "ted", "twitter", "tweet", "instagram", "gist",
        "googlemaps", "slideshare", "scribd", "spotify", "flickr", "facebook", "tiktok", "bandcamp", "archiveorg", "kickstarter",
    };

    private static readonly string[] MediaSources = ["src", "mp3", "m4a", "ogg", "wav", "wma", "mp4", "m4v", "webm", "ogv", "wmv", "flv", "url", "0"];

    private static readonly HashSet<string> Known = new(
        Removed.Concat(Embeds).Concat(["caption", "wp_caption", "gallery", "slideshow", "audio", "video", "code", "sourcecode"]), StringComparer.Ordinal);

    /// <summary>Expands the shortcodes of one post; <paramref name="attachments"/> are the export's images by id.</summary>
    public static string Expand(string content, IReadOnlyDictionary<long, WxrItem> attachments, WxrItem post) =>
        ShortcodeParser.Replace(content, Known, shortcode => shortcode.Name switch
        {
            "caption" or "wp_caption" => Caption(shortcode),
            "gallery" or "slideshow" => Gallery(shortcode, attachments, post),
            "audio" or "video" => Link(shortcode.Get(MediaSources) ?? shortcode.Content?.Trim()),
            "code" or "sourcecode" => Code(shortcode),
            _ when Embeds.Contains(shortcode.Name) => Link(shortcode.Get("url", "0", "src") ?? shortcode.Content?.Trim()),
            _ => string.Empty,
        });

    /// <summary>[caption]&lt;img …&gt; The caption[/caption] (or the older caption="…" attribute) as a figure.</summary>
    private static string Caption(Shortcode shortcode)
    {
        var content = shortcode.Content ?? string.Empty;
        var match = CaptionedImage().Match(content);
        var image = match.Success ? match.Groups["image"].Value : string.Empty;
        var caption = match.Success ? match.Groups["caption"].Value.Trim() : content.Trim();
        if (shortcode.Get("caption") is { } attribute)
        {
            caption = attribute;
        }

        return image.Length == 0
            ? $"<p>{caption}</p>"
            : $"\n\n<figure>{image}<figcaption>{caption}</figcaption></figure>\n\n";
    }

    private static string Gallery(Shortcode shortcode, IReadOnlyDictionary<long, WxrItem> attachments, WxrItem post)
    {
        var ids = (shortcode.Get("ids", "include") ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => long.TryParse(s, out var id) ? id : 0)
            .Where(attachments.ContainsKey)
            .ToList();
        if (ids.Count == 0)
        {
            ids = attachments.Values.Where(a => a.ParentId == post.Id).OrderBy(a => a.MenuOrder).ThenBy(a => a.Id).Select(a => a.Id).ToList();
        }

        var figures = ids.Select(id => attachments[id]).Where(a => a.AttachmentUrl.Length > 0).Select(a =>
        {
            var alt = WebUtility.HtmlEncode(a.Meta.GetValueOrDefault("_wp_attachment_image_alt") ?? string.Empty);
            var image = $"<img src=\"{WebUtility.HtmlEncode(a.AttachmentUrl)}\" alt=\"{alt}\">";
            return a.Excerpt.Length > 0 ? $"<figure>{image}<figcaption>{a.Excerpt}</figcaption></figure>" : $"<p>{image}</p>";
        });
        return "\n\n" + string.Join("\n\n", figures) + "\n\n";
    }

    private static string Link(string? url)
    {
        url = url?.Trim();
        return url is null || !Html.SafeUrl.IsBareWebUrl(url)
            ? string.Empty
            : $"\n\n<p><a href=\"{WebUtility.HtmlEncode(url)}\">{WebUtility.HtmlEncode(url)}</a></p>\n\n";
    }

    private static string Code(Shortcode shortcode)
    {
        var language = shortcode.Get("language", "lang", "0") ?? string.Empty;
        language = LanguageName().IsMatch(language) ? language : string.Empty;
        var code = WebUtility.HtmlEncode(WebUtility.HtmlDecode((shortcode.Content ?? string.Empty).Trim('\n', '\r')));
        var type = language.Length == 0 ? string.Empty : $" class=\"language-{language.ToLowerInvariant()}\"";
        return $"\n\n<pre><code{type}>{code}</code></pre>\n\n";
    }

    [GeneratedRegex(@"^\s*(?<image>(?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*</a>)?)(?<caption>.*)$", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex CaptionedImage();

    [GeneratedRegex("^[A-Za-z0-9_+#-]{1,30}$")]
    private static partial Regex LanguageName();
}
