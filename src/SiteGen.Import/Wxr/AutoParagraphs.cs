using System.Text.RegularExpressions;

namespace SiteGen.Import.Wxr;

/// <summary>WordPress's wpautop, simplified: classic-editor content keeps paragraphs as blank lines, not &lt;p&gt; tags.</summary>
/// <remarks>Block-editor content (with <c>&lt;!-- wp:</c> comments) and content that has its own paragraphs are left alone, as WordPress does.</remarks>
public static partial class AutoParagraphs
{
    public static bool Needed(string html) =>
        !html.Contains("<!-- wp:", StringComparison.Ordinal) && !ParagraphTag().IsMatch(html);

    public static string Apply(string html)
    {
        var preserved = new List<string>();
        var text = Preformatted().Replace(html.Replace("\r\n", "\n", StringComparison.Ordinal), m =>
        {
            preserved.Add(m.Value);
            return $"\u0001{preserved.Count - 1}\u0001";
        });

        var chunks = BlankLines().Split(text).Select(c => c.Trim()).Where(c => c.Length > 0).Select(chunk =>
            BlockStart().IsMatch(chunk) || chunk.StartsWith('\u0001')
                ? chunk
                : "<p>" + chunk.Replace("\n", "<br />\n", StringComparison.Ordinal) + "</p>");
        var joined = string.Join("\n\n", chunks);
        return Placeholder().Replace(joined, m => preserved[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)]);
    }

    [GeneratedRegex(@"<p[\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphTag();

    [GeneratedRegex(@"<pre\b.*?</pre>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Preformatted();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"^<(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary|script|iframe)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BlockStart();

    [GeneratedRegex("\u0001(\\d+)\u0001")]
    private static partial Regex Placeholder();
}
