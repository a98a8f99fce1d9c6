using SiteGen.Import.Html;
using SiteGen.Import.Model;

namespace SiteGen.Import.Wxr;

/// <summary>What a post's HTML and comments became: its Markdown and visible text, the embeds that stayed text, the comments.</summary>
internal sealed record PostBody(ConvertedHtml Converted, IReadOnlyList<string> KeptAsText, List<ImportedComment> Comments);
