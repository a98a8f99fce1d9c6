using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// An attachment of the old WordPress blog (an image, a PDF) by its id, which WordPress answered at
/// <c>/?attachment_id=67</c> and <c>/?p=67</c>, and where its file is now: a site path (<c>/wp-content/uploads/2022/05/a.jpg</c>)
/// or, for a file not brought home, its address.
/// </summary>
/// <param name="Id">The attachment's id; WordPress numbers posts, pages and attachments in one sequence.</param>
/// <param name="Target">A site path starting with <c>/</c>, or an absolute http(s) URL.</param>
/// <param name="Location">Where the entry is written.</param>
public sealed record WordPressAttachment(long Id, string Target, SourceLocation Location);
