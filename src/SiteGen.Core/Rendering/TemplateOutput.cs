using System.Text;
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

/// <summary>Markup still in the buffer it was rendered into (a layout's output, as <c>content</c> for <c>baseof.sbn</c>).</summary>
public sealed class HtmlBuffer(StringBuilder builder)
{
    public StringBuilder Builder => builder;

    public override string ToString() => builder.ToString();
}

/// <summary>
/// Output kept by its owner from page to page. Not a Scriban <see cref="StringBuilderOutput"/>: Scriban takes those for its
/// own reuse when they are popped, and would write into this one from elsewhere.
/// </summary>
public sealed class ReusedOutput(int capacity) : IScriptOutput
{
    public StringBuilder Builder { get; } = new(capacity);

    public void Write(string text, int offset, int count) => Builder.Append(text, offset, count);

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public override string ToString() => Builder.ToString();
}

/// <summary>The two buffers a page is rendered through, kept per thread from page to page.</summary>
internal sealed class PageBuffers
{
    // Large enough for nearly every page, so that a buffer stays one block and is written out without a copy.
    private const int InitialCapacity = 64 * 1024;

    private char[] _joined = [];

    public ReusedOutput Layout { get; } = new(InitialCapacity);

    public ReusedOutput Page { get; } = new(InitialCapacity);

    /// <summary>The builder's text as one span: its single block, or, for a page that outgrew it, a copy.</summary>
    public ReadOnlySpan<char> Contiguous(StringBuilder builder)
    {
        var chunks = builder.GetChunks();
        if (chunks.MoveNext())
        {
            var first = chunks.Current;
            if (!chunks.MoveNext())
            {
                return first.Span;
            }
        }
        else
        {
            return [];
        }

        if (_joined.Length < builder.Length)
        {
            _joined = new char[builder.Length];
        }

        builder.CopyTo(0, _joined, builder.Length);
        return _joined.AsSpan(0, builder.Length);
    }

    public void Clear()
    {
        Layout.Builder.Clear();
        Page.Builder.Clear();
    }
}
