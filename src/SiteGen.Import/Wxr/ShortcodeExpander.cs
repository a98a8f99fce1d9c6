using System.Net;
using System.Text.RegularExpressions;

namespace SiteGen.Import.Wxr;

/// <summary>Turns WordPress shortcodes into plain HTML the converter understands, or removes them cleanly.</summary>
/// <remarks>
/// [caption] becomes a figure with its caption; [gallery] the images of its attachments; [audio] and [video] a link to
/// the media; [embed] and the WordPress.com embeds (YouTube, Vimeo, VideoPress, Google Maps, tweets, ...) the embed
/// block WordPress would write today, which the converter turns into a link card; [code]/[sourcecode] a code block.
/// Shortcodes that only make sense on WordPress (forms, polls, playlists) are removed. Other text in brackets stays.
/// </remarks>
internal static partial class ShortcodeExpander
{
    private static readonly HashSet<string> Removed = new(StringComparer.Ordinal)
    {
        "contact-form", "contact-field", "polldaddy", "crowdsignal", "playlist", "archives", "sitemap",
        "jetpack_subscription_form", "blog_subscription_form", "subscribe", "wufoo", "recipe", "simple-payment",
    };

    private static readonly HashSet<string> Embeds = new(StringComparer.Ordinal)
    {
        "embed", "youtube", "vimeo", "soundcloud", "dailymotion", "ted", "twitter", "tweet", "instagram", "gist",
        "googlemaps", "slideshare", "scribd", "spotify", "flickr", "facebook", "tiktok", "bandcamp", "archiveorg", "kickstarter",
        "wpvideo", "videopress", "dailymotion", "datawrapper",
    };

    private static readonly string[] MediaSources = ["src", "mp3", "m4a", "ogg", "wav", "wma", "mp4", "m4v", "webm", "ogv", "wmv", "flv", "url", "0"];

    private static readonly HashSet<string> Known = new(
        Removed.Concat(Embeds).Concat(["caption", "wp_caption", "gallery", "slideshow", "audio", "video", "code", "sourcecode"]), StringComparer.Ordinal);

    /// <summary>Expands the shortcodes of one post; <paramref name="attachments"/> are the export's images by id.</summary>
    /// <remarks>An embed shortcode that names nothing it can link stays as written; it and a gallery's images the export does not hold are noted in <paramref name="notes"/>.</remarks>
    public static string Expand(string content, IReadOnlyDictionary<long, WxrItem> attachments, WxrItem post, ShortcodeNotes? notes = null) =>
        ShortcodeParser.Replace(content, Known, shortcode => Expand(shortcode, attachments, post, notes));

    /// <summary>Expands the shortcodes of a classic post in the order WordPress does, with its paragraphs (wpautop).</summary>
    /// <remarks>
    /// WordPress runs wpautop on the text with its shortcodes still in it, takes a shortcode that stands alone out of
    /// the paragraph wpautop put it in (shortcode_unautop), then expands it: a caption's or a code block's inside is
    /// never paragraphed. Each shortcode waits as a comment while wpautop runs, which it treats as text.
    /// </remarks>
    public static string ExpandWithParagraphs(string content, IReadOnlyDictionary<long, WxrItem> attachments, WxrItem post, ShortcodeNotes? notes = null)
    {
        var expansions = new List<string>();
        var marked = ShortcodeParser.Replace(content, Known, shortcode =>
        {
            expansions.Add(Expand(shortcode, attachments, post, notes));
            return Placeholder(expansions.Count - 1);
        });

        // WordPress's autoembed (before wpautop): a line that is only the URL of a provider it knows is an embed.
        marked = BareUrlLine().Replace(marked, m =>
        {
            if (!Html.EmbedProviders.IsProvider(m.Groups[2].Value))
            {
                return m.Value;
            }

            expansions.Add(EmbedBlock(m.Groups[2].Value));
            return m.Groups[1].Value + Placeholder(expansions.Count - 1) + m.Groups[3].Value;
        });
        var html = AutoParagraphs.Apply(marked);
        if (expansions.Count == 0)
        {
            return html;
        }

        html = StandalonePlaceholder().Replace(html, "$1");
        return PlaceholderPattern().Replace(html, m => expansions[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)]);
    }

    private static string Placeholder(int index) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"<!--sitegen-shortcode-{index}-->");

    private static string Expand(Shortcode shortcode, IReadOnlyDictionary<long, WxrItem> attachments, WxrItem post, ShortcodeNotes? notes) => shortcode.Name switch
    {
        "caption" or "wp_caption" => Caption(shortcode),
        "gallery" or "slideshow" => Gallery(shortcode, attachments, post, notes),
        "audio" or "video" => Player(shortcode.Name, shortcode.Get(MediaSources) ?? shortcode.Content?.Trim(), shortcode.Get("poster")),
        "code" or "sourcecode" => Code(shortcode),
        _ when Embeds.Contains(shortcode.Name) => Embed(shortcode, notes),
        _ => string.Empty,
    };

    /// <summary>An embed shortcode as the embed block WordPress writes for the same URL; one it cannot place keeps its text.</summary>
    private static string Embed(Shortcode shortcode, ShortcodeNotes? notes)
    {
        var value = WebUtility.HtmlDecode(shortcode.Get("url", "0", "src", "id", "video") ?? shortcode.Content?.Trim() ?? string.Empty).Trim();
        var url = Html.SafeUrl.IsBareWebUrl(value) ? value : ProviderUrl(shortcode.Name, value);
        if (url is null)
        {
            notes?.KeptAsText.Add(shortcode.Text);
            return WebUtility.HtmlEncode(shortcode.Text);
        }

        return EmbedBlock(url);
    }

    private static string EmbedBlock(string url) =>
        $"\n\n<figure class=\"wp-block-embed\"><div class=\"wp-block-embed__wrapper\">{WebUtility.HtmlEncode(url)}</div></figure>\n\n";

    /// <summary>The page of an embed given by its id alone ([youtube abc123], [vimeo 123], [wpvideo AbCd1234]).</summary>
    private static string? ProviderUrl(string name, string id)
    {
        id = id.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        if (!ProviderId().IsMatch(id))
        {
            return null;
        }

        return name switch
        {
            "youtube" => $"https://www.youtube.com/watch?v={id}",
            "vimeo" => $"https://vimeo.com/{id}",
            "wpvideo" or "videopress" => $"https://videopress.com/v/{id}",
            "dailymotion" => $"https://www.dailymotion.com/video/{id}",
            "tweet" or "twitter" when id.All(char.IsAsciiDigit) => $"https://twitter.com/i/status/{id}",
            "datawrapper" => $"https://datawrapper.dwcdn.net/{id}/",
            _ => null,
        };
    }

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

    private static string Gallery(Shortcode shortcode, IReadOnlyDictionary<long, WxrItem> attachments, WxrItem post, ShortcodeNotes? notes)
    {
        var named = (shortcode.Get("ids", "include") ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => long.TryParse(s, out var id) ? id : 0)
            .Where(id => id > 0)
            .ToList();
        foreach (var id in named.Where(id => !attachments.ContainsKey(id)))
        {
            notes?.MissingAttachments.Add(id);
        }

        var ids = named.Where(attachments.ContainsKey).ToList();
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

    /// <summary>The element WordPress renders an <c>[audio]</c> or <c>[video]</c> shortcode as, with its file and poster.</summary>
    private static string Player(string name, string? url, string? poster)
    {
        url = url?.Trim();
        if (url is null || !Html.SafeUrl.IsBareWebUrl(url))
        {
            return string.Empty;
        }

        // The poster is a URL attribute: the sanitizer and the converter clean it as they clean src.
        var posterAttribute = poster is null ? string.Empty : $" poster=\"{WebUtility.HtmlEncode(poster)}\"";
        return $"\n\n<p><{name} controls src=\"{WebUtility.HtmlEncode(url)}\"{posterAttribute}></{name}></p>\n\n";
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

    [GeneratedRegex(@"^([ \t]*)(https?://[^\s<>""]+)([ \t]*)$", RegexOptions.Multiline)]
    private static partial Regex BareUrlLine();

    [GeneratedRegex("^[A-Za-z0-9_-]{3,40}$")]
    private static partial Regex ProviderId();

    [GeneratedRegex(@"<p>[ \t\n\x0B\f\r]*(<!--sitegen-shortcode-\d+-->)[ \t\n\x0B\f\r]*</p>")]
    private static partial Regex StandalonePlaceholder();

    [GeneratedRegex(@"<!--sitegen-shortcode-(\d+)-->")]
    private static partial Regex PlaceholderPattern();
}
