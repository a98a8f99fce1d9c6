using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Content;
using SiteGen.Markdown;

namespace SiteGen.Feeds;

/// <summary>
/// What cards and every feed format show of a dispatch: its front-matter summary, else the opening words of its
/// body as plain text. One per dispatch, made from the Markdown so that cards have it before any page renders.
/// </summary>
internal static partial class DispatchExcerpt
{
    /// <summary>The longest excerpt made from a body, in characters, before "…".</summary>
    public const int Length = 280;

    public static string? Of(Dispatch dispatch) => dispatch.Summary ?? FromMarkdown(dispatch.Body);

    /// <summary>The opening words of <paramref name="markdown"/> as plain text; null when it has none.</summary>
    public static string? FromMarkdown(string markdown, int length = Length)
    {
        var html = Markdig.Markdown.ToHtml(Lead(markdown, length * 3), MarkdownPipelineFactory.Pipeline);
        var text = HtmlExcerpt.From(html, length);
        return text.Length == 0 ? null : text;
    }

    /// <summary>
    /// The first blocks of <paramref name="markdown"/> up to about <paramref name="budget"/> characters, cut between
    /// blocks and never inside a fence, with the body's link definitions (which come last) so that reference links
    /// still read as their text; footnote marks are left out, their notes being at the end.
    /// </summary>
    private static string Lead(string markdown, int budget)
    {
        var lead = new StringBuilder();
        var lines = markdown.Split('\n');
        var inFence = false;
        var at = 0;
        for (; at < lines.Length; at++)
        {
            var line = lines[at];
            if (Fence().IsMatch(line))
            {
                inFence = !inFence;
            }

            if (!inFence && lead.Length >= budget && string.IsNullOrWhiteSpace(line))
            {
                break;
            }

            if (!FootnoteNote().IsMatch(line))
            {
                lead.Append(line).Append('\n');
            }
        }

        lead.Append('\n');
        for (; at < lines.Length; at++)
        {
            if (LinkDefinition().IsMatch(lines[at]))
            {
                lead.Append(lines[at]).Append('\n');
            }
        }

        return FootnoteMark().Replace(lead.ToString(), string.Empty);
    }

    [GeneratedRegex(@"^ {0,3}(```|~~~)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^ {0,3}\[[^\]^][^\]]*\]:\s*\S")]
    private static partial Regex LinkDefinition();

    [GeneratedRegex(@"^ {0,3}\[\^[^\]]+\]:")]
    private static partial Regex FootnoteNote();

    [GeneratedRegex(@"\[\^[^\]\s]+\](?!:)")]
    private static partial Regex FootnoteMark();
}
