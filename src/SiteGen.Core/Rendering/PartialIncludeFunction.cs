using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Rendering.Models;

namespace SiteGen.Rendering;

/// <summary>
/// Scriban's own <c>include</c>, whose result is markup: it is returned as an <see cref="HtmlString"/>, so that
/// <see cref="HtmlTemplateContext"/> does not escape it again (values inside the partial were escaped as it wrote them).
/// With a <see cref="PartialCache"/> it is <c>include_cached</c>, Hugo's <c>partialCached</c>: the arguments after the
/// name are the partial's key, and a partial is rendered once per key (the theme promises it reads nothing else).
/// </summary>
internal sealed class PartialIncludeFunction(PartialCache? cache = null) : IScriptCustomFunction
{
    private static readonly IncludeFunction Include = new();

    public int RequiredParameterCount => Include.RequiredParameterCount;

    public int ParameterCount => Include.ParameterCount;

    public ScriptVarParamKind VarParamKind => Include.VarParamKind;

    public Type ReturnType => typeof(HtmlString);

    public ScriptParameterInfo GetParameterInfo(int index) => Include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var page = context as HtmlTemplateContext;
        if (cache?.TryGet(arguments, out var cached) == true)
        {
            if (page is not null)
            {
                page.ReadSiteTotals |= cached.ReadSiteTotals;
            }

            return new HtmlString(cached.Html);
        }

        // What the partial reads is told apart from what the page read before it.
        var readBefore = page?.ReadSiteTotals ?? false;
        if (page is not null)
        {
            page.ReadSiteTotals = false;
        }

        var html = context.ObjectToString(Include.Invoke(context, callerContext, arguments, blockStatement)) ?? string.Empty;
        var read = page?.ReadSiteTotals ?? false;
        if (page is not null)
        {
            page.ReadSiteTotals = readBefore || read;
        }

        cache?.Add(arguments, new PartialCache.Output(html, read));
        return new HtmlString(html);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
