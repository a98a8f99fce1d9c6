using System.Net;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using SiteGen.Rendering.Models;

namespace SiteGen.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every <c>{{ value }}</c> a template writes, unless the value is an
/// <see cref="HtmlString"/>. Scriban does not escape by itself; doing it here means a theme cannot forget.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    /// <summary>Whether the page rendering read how many dispatches the site has or its years (see <see cref="SiteTotalsAccessor"/>).</summary>
    public bool ReadSiteTotals { get; set; }

    /// <summary>The last name the page's templates asked for that does not exist, for the error's hint.</summary>
    public MissingName? LastMissingName { get; set; }

    public HtmlTemplateContext()
    {
        TryGetMember = MissingName.RememberMember;
        TryGetVariable = MissingName.RememberVariable;
    }

    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var accessor = base.GetMemberAccessorImpl(target);
        return target is SiteModel && accessor is not null ? new SiteTotalsAccessor(accessor) : accessor;
    }

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
