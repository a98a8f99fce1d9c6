using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using SiteGen.Rendering.Models;

namespace SiteGen.Rendering;

/// <summary>
/// Scriban's accessor of <see cref="SiteModel"/>, noting on the <see cref="HtmlTemplateContext"/> when a template reads
/// what a new or deleted dispatch changes (<c>site.dispatch_count</c>, <c>site.years</c>), so that the preview knows which
/// pages to render again whatever the theme shows.
/// </summary>
internal sealed class SiteTotalsAccessor(IObjectAccessor inner) : IObjectAccessor
{
    public bool HasIndexer => inner.HasIndexer;

    public Type? IndexType => inner.IndexType;

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => inner.GetMemberCount(context, span, target);

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target)
    {
        // A template that lists the members may read any of them.
        Note(context);
        return inner.GetMembers(context, span, target);
    }

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => inner.HasMember(context, span, target, member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object value)
    {
        if (member is "dispatch_count" or "years")
        {
            Note(context);
        }

        var found = inner.TryGetValue(context, span, target, member, out var result);
        value = result!;
        return found;
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => inner.TrySetValue(context, span, target, member, value);

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object value)
    {
        Note(context);
        var found = inner.TryGetItem(context, span, target, index, out var result);
        value = result!;
        return found;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => inner.TrySetItem(context, span, target, index, value);

    private static void Note(TemplateContext context)
    {
        if (context is HtmlTemplateContext html)
        {
            html.ReadSiteTotals = true;
        }
    }
}
