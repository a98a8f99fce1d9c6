using System.Text.RegularExpressions;

namespace SiteGen.Markdown;

/// <summary>
/// The summary divider as raw HTML: <c>&lt;!--more--&gt;</c>, or WordPress's <c>&lt;!--more Link text--&gt;</c> with the
/// text of the link to the rest.
/// </summary>
internal static partial class DividerComment
{
    /// <summary>Whether the raw HTML of a block starts with a divider.</summary>
    public static bool StartsBlock(string html) => BlockDivider().IsMatch(html);

    /// <summary>Whether an inline raw HTML tag is a divider.</summary>
    public static bool IsInline(string tag) => InlineDivider().IsMatch(tag);

    /// <summary>The author's link text of the first divider in <paramref name="html"/>, its spaces made one; null when it has none.</summary>
    public static string? LinkText(string html)
    {
        var match = Comment().Match(html);
        var text = match.Success ? string.Join(' ', match.Groups[1].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : string.Empty;
        return text.Length == 0 ? null : text;
    }

    /// <summary><paramref name="html"/> with its first divider replaced by the empty element <paramref name="anchor"/> names, as WordPress leaves one.</summary>
    public static string Anchored(string html, string anchor) => Comment().Replace(html, $"<span id=\"{anchor}\"></span>", 1);

    [GeneratedRegex(@"^\s*<!--more(?:\s[\s\S]*?)?-->")]
    private static partial Regex BlockDivider();

    [GeneratedRegex(@"^<!--more(?:\s[\s\S]*?)?-->$")]
    private static partial Regex InlineDivider();

    [GeneratedRegex(@"<!--more(?:\s([\s\S]*?))?-->")]
    private static partial Regex Comment();
}
