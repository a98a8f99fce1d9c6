using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Rendering.Models;

namespace SiteGen.Rendering;

/// <summary>
/// Scriban's <c>include</c> over the partials of a <see cref="TemplateLibrary"/>, parsed once per build and shared by
/// every thread. A partial's output is markup, so it is never escaped again by <see cref="HtmlTemplateContext"/>;
/// values inside the partial were escaped as the partial wrote them.
/// With a <see cref="PartialCache"/> it is <c>include_cached</c>, Hugo's <c>partialCached</c>: the arguments after the
/// name are the partial's key, and a partial is rendered once per key (the theme promises it reads nothing else).
/// </summary>
/// <remarks>
/// Scriban's own include resolves the name through a locked cache and renders into a new buffer on every call; a page
/// includes a partial per card, so names resolve through the library without locks, and a partial is rendered straight
/// into the page when its result would only be written there.
/// </remarks>
public sealed class PartialIncludeFunction(TemplateLibrary library, PartialCache? cache = null) : IScriptCustomFunction
{
    [ThreadStatic]
    private static Stack<StringBuilderOutput>? _buffers;

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(HtmlString);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "template_name") : new ScriptParameterInfo(typeof(object), "value");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        var name = arguments.Count == 0 ? null : context.ObjectToString(arguments[0]);
        if (string.IsNullOrEmpty(name))
        {
            throw new ScriptRuntimeException(span, "include needs the name of a partial, e.g. include 'card.sbn'");
        }

        // {{ include 'card.sbn' }} on its own writes the partial where it stands, so it is rendered straight into the
        // page; a result used any other way ({{ x = include ... }}, a pipe) is rendered into a buffer and returned.
        var direct = context.EnableOutput && callerContext?.Parent is ScriptExpressionStatement;
        if (cache is not null)
        {
            if (!cache.TryGet(arguments, out var html))
            {
                html = Render(context, callerContext, arguments, library.GetPartial(name, span), direct: false)!.Value;
                cache.Add(arguments, html);
            }

            if (!direct)
            {
                return new HtmlString(html);
            }

            context.Write(html);
            return null;
        }

        return Render(context, callerContext, arguments, library.GetPartial(name, span), direct);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>Renders the partial into the current output (<paramref name="direct"/>), or into a buffer it returns.</summary>
    private static HtmlString? Render(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, Template partial, bool direct)
    {
        var buffers = _buffers ??= new Stack<StringBuilderOutput>();
        var buffer = direct ? null : buffers.Count > 0 ? buffers.Pop() : new StringBuilderOutput();
        context.EnterRecursive(callerContext);
        var previousIndent = context.CurrentIndent;
        context.CurrentIndent = null;
        if (buffer is not null)
        {
            context.PushOutput(buffer);
        }

        var previousArguments = OuterArguments(context);
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, true, true);
            TemplateOutput.RenderIntoCurrentOutput(partial, context);
            return buffer is null ? null : new HtmlString(buffer.Builder.ToString());
        }
        finally
        {
            if (buffer is not null)
            {
                context.PopOutput();
                buffer.Builder.Clear();
                buffers.Push(buffer);
            }

            context.CurrentIndent = previousIndent;
            context.ExitRecursive(callerContext);
            context.DeleteValue(ScriptVariable.Arguments);
            if (previousArguments is not null)
            {
                context.SetValue(ScriptVariable.Arguments, previousArguments, true);
            }
        }
    }

    /// <summary>The <c>$</c> of an enclosing include; asking for it outside any would fail under strict variables.</summary>
    private static object? OuterArguments(TemplateContext context)
    {
        var strict = context.StrictVariables;
        context.StrictVariables = false;
        try
        {
            return context.GetValue(ScriptVariable.Arguments);
        }
        finally
        {
            context.StrictVariables = strict;
        }
    }
}
