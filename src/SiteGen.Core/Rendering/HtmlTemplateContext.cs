using System.Net;
using Scriban;
using Scriban.Parsing;
using SiteGen.Rendering.Models;

namespace SiteGen.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every <c>{{ value }}</c> a template writes, unless the value is an
/// <see cref="HtmlString"/>. Scriban does not escape by itself; doing it here means a theme cannot forget.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case HtmlString html:
                return Write(html.Value);
            case string text:
                return Write(WebUtility.HtmlEncode(text));
            default:
                var converted = ObjectToString(textAsObject);
                return converted is null ? this : Write(WebUtility.HtmlEncode(converted));
        }
    }
}
