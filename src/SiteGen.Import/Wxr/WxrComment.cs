namespace SiteGen.Import.Wxr;

/// <summary>One approved comment of a post, as the export holds it (<c>wp:comment</c>).</summary>
internal sealed record WxrComment(long Id, long ParentId, string Author, string AuthorUrl, string DateGmt, string Content);
