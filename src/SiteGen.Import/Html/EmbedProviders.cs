using System.Net;
using System.Text.RegularExpressions;

namespace SiteGen.Import.Html;

/// <summary>Recognises the services WordPress embeds, from the page URL an author pasted or from a frame's address.</summary>
/// <remarks>
/// A known provider gets its own page link and, where it offers one, a privacy-minded frame address (YouTube's
/// nocookie host, Vimeo's do-not-track flag). An unknown one keeps the address it came with: a frame the author
/// embedded can be loaded again on request; a bare URL is only linked.
/// </remarks>
internal static partial class EmbedProviders
{
    /// <summary>The embed for a URL written as an embed (an embed block, [embed], [youtube ...]), or null if it is no web URL.</summary>
    public static Embed? FromUrl(string? url)
    {
        var uri = Parse(url);
        if (uri is null)
        {
            return null;
        }

        return Known(uri) ?? new Embed(Name(uri), uri.AbsoluteUri, null, uri.AbsoluteUri);
    }

    /// <summary>Whether the URL is one of a provider WordPress embeds on its own (oEmbed): a bare line of it becomes an embed.</summary>
    public static bool IsProvider(string url) => Parse(url) is { } uri && Known(uri) is not null;

    /// <summary>The embed for a frame (an iframe's src, an old Flash object's movie), or null if it is no web URL.</summary>
    public static Embed? FromFrame(string? src, string? title, int width, int height, bool playable = true)
    {
        var uri = Parse(src);
        if (uri is null)
        {
            return null;
        }

        var embed = Known(uri) ?? new Embed(Name(uri), PageOf(uri), playable ? uri.AbsoluteUri : null, "Embedded content");
        if (!string.IsNullOrWhiteSpace(title) && !GenericTitle().IsMatch(title))
        {
            embed = embed with { Title = title.Trim() };
        }

        return embed with { Width = Math.Clamp(width, 0, 4000), Height = Math.Clamp(height, 0, 4000) };
    }

    /// <summary>The page a frame shows: a WordPress post embed (".../post-slug/embed/") is the post without "embed/".</summary>
    private static string PageOf(Uri frame) =>
        frame.AbsolutePath.EndsWith("/embed/", StringComparison.Ordinal) && frame.AbsolutePath.Length > "/embed/".Length
            ? frame.GetLeftPart(UriPartial.Authority) + frame.AbsolutePath[..^"embed/".Length]
            : frame.AbsoluteUri;

    private static Uri? Parse(string? url)
    {
        url = WebUtility.HtmlDecode(url ?? string.Empty).Trim();
        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            url = "https:" + url;
        }

        if (SafeUrl.Clean(url) is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
        {
            return null;
        }

        // Every provider here serves https; an http frame would be blocked on an https site anyway.
        return uri.Scheme == "http" ? new UriBuilder(uri) { Scheme = "https", Port = -1 }.Uri : uri;
    }

    private static Embed? Known(Uri uri)
    {
        var host = uri.Host.ToLowerInvariant();
        host = host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host.StartsWith("m.", StringComparison.Ordinal) ? host[2..] : host;
        var path = uri.AbsolutePath;
        var query = Query(uri);
        switch (host)
        {
            case "youtube.com" or "youtube-nocookie.com" or "youtu.be":
                var video = host == "youtu.be" ? path.Trim('/') : query.GetValueOrDefault("v") ?? YouTubePath().Match(path).Groups[1].Value;
                if (!VideoId().IsMatch(video))
                {
                    return new Embed("YouTube", uri.AbsoluteUri, null, "YouTube");
                }

                var start = Seconds(query.GetValueOrDefault("t") ?? query.GetValueOrDefault("start"));
                return new Embed("YouTube", $"https://www.youtube.com/watch?v={video}" + (start > 0 ? $"&t={start}s" : string.Empty),
                    $"https://www.youtube-nocookie.com/embed/{video}" + (start > 0 ? $"?start={start}" : string.Empty), "YouTube video");
            case "vimeo.com" or "player.vimeo.com":
                var clip = VimeoPath().Match(path).Groups[1].Value;
                return clip.Length == 0
                    ? new Embed("Vimeo", uri.AbsoluteUri, null, "Vimeo")
                    : new Embed("Vimeo", $"https://vimeo.com/{clip}", $"https://player.vimeo.com/video/{clip}?dnt=1", "Vimeo video");
            case "videopress.com" or "video.wordpress.com":
                var guid = VideoPressPath().Match(path).Groups[1].Value;
                return guid.Length == 0
                    ? new Embed("VideoPress", uri.AbsoluteUri, null, "VideoPress")
                    : new Embed("VideoPress", $"https://videopress.com/v/{guid}", $"https://videopress.com/embed/{guid}", "VideoPress video");
            case "twitter.com" or "x.com" or "mobile.twitter.com":
                var author = path.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
                var post = !path.Contains("/status/", StringComparison.Ordinal) ? "X (Twitter)" : author is "i" or "" ? "Post" : "Post by @" + author;
                return new Embed("X (Twitter)", uri.AbsoluteUri, null, post);
            case "datawrapper.dwcdn.net":
                return new Embed("Datawrapper", uri.AbsoluteUri, uri.AbsoluteUri, "Datawrapper chart");
            case "datawrapper.de" or "app.datawrapper.de" when DatawrapperPath().Match(path) is { Success: true } chart:
                var frame = $"https://datawrapper.dwcdn.net/{chart.Groups[1].Value}/";
                return new Embed("Datawrapper", frame, frame, "Datawrapper chart");
            default:
                return GoogleMaps(uri, host, path, query);
        }
    }

    private static Embed? GoogleMaps(Uri uri, string host, string path, Dictionary<string, string> query)
    {
        var maps = host is "maps.google.com" or "maps.app.goo.gl" || (host.StartsWith("google.", StringComparison.Ordinal) && path.StartsWith("/maps", StringComparison.Ordinal))
            || (host == "goo.gl" && path.StartsWith("/maps", StringComparison.Ordinal));
        if (!maps)
        {
            return null;
        }

        var embeddable = path.StartsWith("/maps/embed", StringComparison.Ordinal) || query.GetValueOrDefault("output") == "embed";
        return new Embed("Google Maps", uri.AbsoluteUri, embeddable ? uri.AbsoluteUri : null, "Map");
    }

    private static string Name(Uri uri)
    {
        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    private static Dictionary<string, string> Query(Uri uri)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? pair : pair[..equals];
            values.TryAdd(Uri.UnescapeDataString(key), equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..]));
        }

        return values;
    }

    /// <summary>"90", "90s", "1m30s" as seconds; 0 when absent or unreadable.</summary>
    private static int Seconds(string? value)
    {
        if (string.IsNullOrEmpty(value) || TimeOffset().Match(value) is not { Success: true } match)
        {
            return 0;
        }

        int Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        return Part("h") * 3600 + Part("m") * 60 + Part("s");
    }

    [GeneratedRegex("^(?:/embed/|/v/|/shorts/|/live/|/e/)([A-Za-z0-9_-]{6,20})")]
    private static partial Regex YouTubePath();

    [GeneratedRegex("^[A-Za-z0-9_-]{6,20}$")]
    private static partial Regex VideoId();

    [GeneratedRegex(@"^/(?:video/|channels/[^/]+/|groups/[^/]+/videos/)?(\d{1,12})(?:/|$)")]
    private static partial Regex VimeoPath();

    [GeneratedRegex("^/(?:v|embed)/([A-Za-z0-9]{4,20})(?:/|$)")]
    private static partial Regex VideoPressPath();

    [GeneratedRegex("^/_/([A-Za-z0-9]{3,12})/?")]
    private static partial Regex DatawrapperPath();

    [GeneratedRegex(@"^(?:(?<h>\d{1,2})h)?(?:(?<m>\d{1,4})m)?(?:(?<s>\d{1,6})s?)?$")]
    private static partial Regex TimeOffset();

    [GeneratedRegex(@"^\s*(?:iframe|embed|video|youtube video player|vimeo video player)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericTitle();
}
