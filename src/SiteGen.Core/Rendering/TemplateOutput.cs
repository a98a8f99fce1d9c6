using Scriban;
using Scriban.Runtime;

namespace SiteGen.Rendering;

/// <summary>Renders templates into a buffer of the caller's instead of into a new string, as Scriban's own <c>Render</c> does.</summary>
public static class TemplateOutput
{
    /// <summary>Renders <paramref name="template"/> into <paramref name="buffer"/>, as <see cref="Template.Render(TemplateContext)"/> does into its own.</summary>
    public static void RenderInto(Template template, TemplateContext context, IScriptOutput buffer)
    {
        context.PushOutput(buffer);
        try
        {
            RenderIntoCurrentOutput(template, context);
        }
        finally
        {
            context.PopOutput();
        }
    }

    /// <summary>Renders <paramref name="template"/> into whatever the context is writing to now.</summary>
    public static void RenderIntoCurrentOutput(Template template, TemplateContext context)
    {
        if (template.Page is not { } page)
        {
            return;
        }

        if (template.SourceFilePath is not null)
        {
            context.PushSourceFile(template.SourceFilePath);
        }

        try
        {
            var result = context.Evaluate(page);
            if (context.EnableOutput && result is not null)
            {
                context.Write(page.Span, result);
            }
        }
        finally
        {
            if (template.SourceFilePath is not null)
            {
                context.PopSourceFile();
            }
        }
    }
}
