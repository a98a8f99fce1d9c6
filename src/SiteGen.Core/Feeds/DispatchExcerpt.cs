using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using SiteGen.Content;
using SiteGen.Markdown;

namespace SiteGen.Feeds;

/// <summary>
/// What cards and every feed format show of a dispatch: its front-matter summary, else the teaser before its
/// <c>&lt;!--more--&gt;</c> divider, else the opening words of its body, as plain text. One per dispatch, made from
/// the Markdown so that cards have it before any page renders.
/// </summary>
internal static partial class DispatchExcerpt
{
    /// <summary>The longest excerpt made from a body, in characters, before "…".</summary>
    public const int Length = 280;

    /// <summary>The longest excerpt made from a teaser, in characters, before "…".</summary>
    /// <remarks>
    /// The author chose where the teaser ends, so it is shown whole, as Hugo and WordPress show it: a few paragraphs
    /// fit. The bound is for a divider put near the end of a long dispatch, which would otherwise repeat the dispatch
    /// on every list page and in every feed.
    /// </remarks>
    public const int TeaserLength = 1200;

    public static Excerpt? Of(Dispatch dispatch) => dispatch.Summary is { } summary ? new Excerpt(summary) : FromBody(dispatch.Body);

    /// <summary>
    /// The teaser of <paramref name="markdown"/> as plain text, else its opening words (also when the teaser has no
    /// words: the divider first, or after an image alone); null when it has none.
    /// </summary>
    public static string? FromMarkdown(string markdown, int length = Length) => FromBody(markdown, length)?.Text;

    /// <summary>The text before the summary divider of <paramref name="markdown"/>, as plain text; null when it has none, or no words before it.</summary>
    public static string? Teaser(string markdown) => TeaserOf(markdown)?.Text;

    private static Excerpt? FromBody(string markdown, int length = Length)
    {
        if (TeaserOf(markdown) is { } chosen)
        {
            return chosen;
        }

        var html = Markdig.Markdown.ToHtml(Lead(markdown, length * 3), MarkdownPipelineFactory.Pipeline);
        var text = HtmlExcerpt.From(html, length);
        return text.Length == 0 ? null : new Excerpt(text);
    }

    private static Excerpt? TeaserOf(string markdown) =>
        SummaryDivider.Teaser(markdown) is var (teaser, linkText) && HtmlExcerpt.From(teaser.ToHtml(MarkdownPipelineFactory.Pipeline), TeaserLength) is { Length: > 0 } text
            ? new Excerpt(text, IsTeaser: true, linkText)
            : null;

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

        return WithoutFootnoteMarks(lead.ToString());
    }

    /// <summary><paramref name="markdown"/> without its footnote marks (<c>[^1]</c>), which would read as their labels.</summary>
    public static string WithoutFootnoteMarks(string markdown) => FootnoteMark().Replace(markdown, string.Empty);

    /// <summary>The link definitions of <paramref name="markdown"/> from <paramref name="start"/> on, one a line.</summary>
    public static string LinkDefinitions(string markdown, int start)
    {
        var definitions = new StringBuilder();
        foreach (var line in markdown.AsSpan(start).EnumerateLines())
        {
            if (LinkDefinition().IsMatch(line))
            {
                definitions.Append(line).Append('\n');
            }
        }

        return definitions.ToString();
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
