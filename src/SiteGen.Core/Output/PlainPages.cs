using SiteGen.Diagnostics;
using SiteGen.Rendering.Models;

namespace SiteGen.Output;

/// <summary>The pages under content/pages: about, contact, and the like.</summary>
internal sealed class PlainPages(RenderContext context)
{
    public void Render()
    {
        var urls = context.Urls;
        foreach (var plain in context.Pages)
        {
            var rendered = context.RenderMarkdown(plain.Body, plain.BodyLine, null, plain.SourcePath, plain.Path);
            var page = new PageModel
            {
                Kind = "page",
                Title = plain.Title,
                Url = urls.Href(plain.Path),
                Canonical = urls.Absolute(plain.Path),
                Description = plain.Summary ?? RenderContext.Excerpt(rendered.PlainText),
                Alternates = context.SiteAlternates(),
                Draft = plain.Draft,
                NoIndex = plain.Draft,
                Content = new HtmlString(rendered.Html),
            };
            context.RenderPage(plain.Path, "page.sbn", page, null, new SourceLocation(plain.SourcePath));
        }
    }
}
