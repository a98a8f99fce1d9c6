using System.Text.RegularExpressions;

namespace SiteGen.Import.Links;

/// <summary>
/// Rewrites the absolute http(s) URLs of a Markdown body one by one where they are addresses: link and image
/// destinations, autolinks and the attributes of raw HTML. An address written as text (a link's text, a sentence)
/// is the author's words and is left as it is.
/// </summary>
internal static partial class BodyUrls
{
    /// <summary>The body with each URL replaced by what <paramref name="rewrite"/> returns (null: left as it is).</summary>
    public static string Rewrite(string markdown, Func<string, string?> rewrite) =>
        markdown.Contains("http", StringComparison.Ordinal) ? Url().Replace(markdown, m => rewrite(m.Value) ?? m.Value) : markdown;

    public static IEnumerable<string> All(string markdown) => Url().Matches(markdown).Select(m => m.Value);

    // After "](" (a link's or image's destination), "<" (an autolink, or "](<url>)") or a raw HTML attribute's "name="
    // with or without its quote; not after "=" inside another address (?share=https://...).
    [GeneratedRegex(@"(?<=\]\(|<|\s[A-Za-z][\w:.-]*=[""']?)https?://[^\s<>()\[\]""'`\\]+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();
}
