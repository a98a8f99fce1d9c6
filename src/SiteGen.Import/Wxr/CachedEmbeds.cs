using System.Net;
using System.Text.RegularExpressions;

namespace SiteGen.Import.Wxr;

/// <summary>
/// The text WordPress cached of an embedded post (a tweet): the provider's oEmbed answer, kept in the post's
/// <c>_oembed_*</c> meta once the post was shown. An embed whose URL names that post shows the cached quote, as the
/// blog did, instead of a bare link: the words outlive the post on its network.
/// </summary>
internal static partial class CachedEmbeds
{
    public static string Inline(string html, IReadOnlyDictionary<string, string> meta)
    {
        var quotes = meta
            .Where(m => m.Key.StartsWith("_oembed_", StringComparison.Ordinal) && !m.Key.StartsWith("_oembed_time_", StringComparison.Ordinal))
            .Select(m => Quote().Match(m.Value))
            .Where(q => q.Success && q.Groups["class"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(Html.BlockWriter.QuotedPostClasses.Contains))
            .Select(q => q.Value)
            .ToList();
        if (quotes.Count == 0)
        {
            return html;
        }

        return Wrapper().Replace(html, wrapper =>
        {
            var url = WebUtility.HtmlDecode(wrapper.Groups["url"].Value);
            var named = quotes.FirstOrDefault(q => Names(q, url));
            return named is null ? wrapper.Value : wrapper.Groups["open"].Value + named + "</div>";
        });
    }

    /// <summary>
    /// Whether the cached quote is of the post at <paramref name="url"/>: a tweet by its id (twitter.com or x.com,
    /// /status/ or /statuses/; an account's page is no tweet), any other post by its whole address.
    /// </summary>
    private static bool Names(string quote, string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var address))
        {
            return false;
        }

        var host = address.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? address.Host[4..] : address.Host;
        if (host.Equals("twitter.com", StringComparison.OrdinalIgnoreCase) || host.Equals("x.com", StringComparison.OrdinalIgnoreCase)
            || host.Equals("mobile.twitter.com", StringComparison.OrdinalIgnoreCase))
        {
            return TweetId().Match(address.AbsolutePath) is { Success: true } tweet
                && TweetId().Matches(quote).Any(m => m.Groups["id"].Value == tweet.Groups["id"].Value);
        }

        // The address as the quote's links give it, ending where a link's address ends (not /p/AB within /p/ABC).
        var path = host + address.AbsolutePath.TrimEnd('/');
        return Regex.IsMatch(quote, "//(?:www\\.)?" + Regex.Escape(path) + "/?[\"?#<]");
    }

    [GeneratedRegex(@"(?<open><div class=""wp-block-embed__wrapper"">)\s*(?<url>https?://[^\s<]+)\s*</div>")]
    private static partial Regex Wrapper();

    [GeneratedRegex(@"<blockquote\s[^>]*class=""(?<class>[^""]*)""[^>]*>.*?</blockquote>", RegexOptions.Singleline)]
    private static partial Regex Quote();

    [GeneratedRegex(@"/status(?:es)?/(?<id>\d+)\b")]
    private static partial Regex TweetId();
}
