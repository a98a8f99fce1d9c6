using System.Text;
using AngleSharp.Dom;

namespace SiteGen.Import.Html;

/// <summary>Removes the copy of the post's excerpt some themes print at the top of its content.</summary>
/// <remarks>
/// Happenstance (and others) print the manual excerpt as the content's first block
/// (<c>&lt;p class="manual-excerpt"&gt;</c>), then the post, whose opening paragraph it repeats: imported as is, the
/// dispatch starts with its first paragraph twice. The copy goes only when it is one: an excerpt-classed block first
/// in the content whose words are where the post's own text starts (compared by letters and digits, since the excerpt
/// is printed without WordPress's typographic quotes and dashes, and may end cut short with an ellipsis). An excerpt
/// that says something the post does not is the author's text and stays.
/// </remarks>
internal static class ExcerptCopy
{
    // Too short a run of words would match many an opening by chance.
    private const int MinimumLetters = 20;

    public static void Remove(IElement content)
    {
        var first = content.Children.FirstOrDefault(e => Letters(e.TextContent).Length > 0);
        if (first is null || !IsExcerpt(first))
        {
            return;
        }

        var excerpt = Letters(first.TextContent);
        var rest = new StringBuilder();
        for (var next = first.NextElementSibling; next is not null && rest.Length < excerpt.Length + 1; next = next.NextElementSibling)
        {
            rest.Append(Letters(next.TextContent));
        }

        if (excerpt.Length >= MinimumLetters && rest.ToString().StartsWith(excerpt, StringComparison.Ordinal))
        {
            first.Remove();
        }
    }

    private static bool IsExcerpt(IElement element) =>
        element.ClassList.Any(c => c.Contains("excerpt", StringComparison.OrdinalIgnoreCase) || c == "entry-summary");

    /// <summary>The text's letters and digits, lower case; an ellipsis (a cut-short excerpt's end) is no letter.</summary>
    private static string Letters(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
