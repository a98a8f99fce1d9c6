using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace SiteGen.Markdown;

/// <summary>The one Markdig pipeline of SiteGen, built once and frozen.</summary>
/// <remarks>
/// CommonMark plus tables, footnotes, figures and GitHub-style heading ids. Smart punctuation stays off so an
/// author's quotes and dashes reach the page exactly as written; raw HTML is allowed (authors own their content).
/// </remarks>
internal static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseFootnotes()
        .UseFigures()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePreciseSourceLocation()
        .Build();
}
