using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.EmphasisExtras;

namespace SiteGen.Markdown;

/// <summary>The one Markdig pipeline of SiteGen, built once and frozen.</summary>
/// <remarks>
/// CommonMark plus tables, footnotes, figures and GitHub-style heading ids, and what GitHub and Hugo also give an
/// author: ~~strikethrough~~ (a correction shows what it corrects) and bare URLs as links. Smart punctuation stays
/// off so an author's quotes and dashes reach the page exactly as written; raw HTML is allowed (authors own their
/// content).
/// </remarks>
internal static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseFootnotes()
        .UseFigures()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .UseAutoLinks()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePreciseSourceLocation()
        .Build();
}
