using System.Reflection;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SiteGen.Rendering;

/// <summary>
/// Wraps Scriban's <c>include</c> so that a partial's output, which is markup, is not escaped again by
/// <see cref="HtmlTemplateContext"/>. Values inside the partial were escaped as the partial wrote them.
/// </summary>
public sealed class SafeIncludeFunction(IScriptCustomFunction inner) : IScriptCustomFunction
{
    public int RequiredParameterCount => inner.RequiredParameterCount;

    public int ParameterCount => inner.ParameterCount;

    public ScriptVarParamKind VarParamKind => inner.VarParamKind;

    public Type ReturnType => typeof(HtmlString);

    public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Wrap(inner.Invoke(context, callerContext, arguments, blockStatement));

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Wrap(await inner.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false));

    private static object? Wrap(object? result) => result is string markup ? new HtmlString(markup) : result;
}
