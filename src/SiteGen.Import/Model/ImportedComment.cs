namespace SiteGen.Import.Model;

/// <summary>A reader's comment on an imported post: who, when, what (Markdown), and which comment it answers (0: none).</summary>
internal sealed record ImportedComment(long Id, long ParentId, string Author, string? AuthorUrl, DateTimeOffset? Date, string Markdown);
