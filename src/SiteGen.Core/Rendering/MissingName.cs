using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;
using SiteGen.Text;

namespace SiteGen.Rendering;

/// <summary>
/// A name a template asked for that does not exist: a member of a value (<c>page.dispatch.contnet</c>) or a
/// variable or function (<c>strng.upcase</c>). Scriban's strict mode fails on it naming only the name; Scriban calls
/// the hooks below just before it fails, so that the renderer's error can say what the template probably meant.
/// </summary>
internal sealed record MissingName(SourceSpan Span, string Name, object? Target)
{
    private const int MaxListed = 40;

    /// <summary>
    /// Scriban's <c>TryGetMember</c>: remembers the member and the value asked, and finds nothing. Kept cheap, as it
    /// runs before Scriban knows whether it will fail: what the value has is listed only for the error.
    /// </summary>
    public static bool RememberMember(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        value = null;
        if (context is HtmlTemplateContext html)
        {
            html.LastMissingName = new MissingName(span, member, target);
        }

        return false;
    }

    /// <summary>Scriban's <c>TryGetVariable</c>: remembers the variable, and finds nothing.</summary>
    public static bool RememberVariable(TemplateContext context, SourceSpan span, ScriptVariable variable, out object? value)
    {
        value = null;
        if (context is HtmlTemplateContext html)
        {
            html.LastMissingName = new MissingName(span, variable.Name, null);
        }

        return false;
    }

    /// <summary>
    /// What to write instead, read from <paramref name="context"/> as it was when the template failed: the known name
    /// a typo away, else the names there are, so that the fix is in the message. A variable is compared with the
    /// page's variables and the built-in functions (a loop's or an assignment's own names are not listed: Scriban does
    /// not expose them).
    /// </summary>
    public string Hint(TemplateContext context)
    {
        var known = Target is null
            ? (context.CurrentGlobal?.GetMembers() ?? []).Concat(context.BuiltinObject.GetMembers()).Distinct(StringComparer.Ordinal).ToList()
            : context.GetMemberAccessor(Target).GetMembers(context, Span, Target).ToList();
        if (EditDistance.Closest(Name, known) is { } closest)
        {
            return $"did you mean `{closest}`?";
        }

        if (Target is null)
        {
            return "the page's variables are " + List(known);
        }

        return known.Count == 0 ? "this value has no members" : "this value has " + List(known);
    }

    private static string List(IEnumerable<string> names)
    {
        var sorted = names.Order(StringComparer.Ordinal).ToList();
        var listed = string.Join(", ", sorted.Take(MaxListed).Select(name => $"`{name}`"));
        return sorted.Count > MaxListed ? $"{listed} and {sorted.Count - MaxListed} more" : listed;
    }
}
