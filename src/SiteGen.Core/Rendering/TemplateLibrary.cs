using System.Collections.Concurrent;
using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using SiteGen.Diagnostics;

namespace SiteGen.Rendering;

/// <summary>Parses each layout and partial once per build and serves them to the renderer and to <c>include</c>.</summary>
public sealed class TemplateLibrary(ThemeFiles theme, DiagnosticBag diagnostics) : ITemplateLoader
{
    private readonly ConcurrentDictionary<string, Lazy<Template?>> _templates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ThemeFile> _partials = new(StringComparer.Ordinal);

    public ThemeFiles Theme => theme;

    /// <summary>The parsed layout, or null after reporting that it is missing or does not parse.</summary>
    public Template? GetLayout(string name, SourceLocation requestedBy) =>
        _templates.GetOrAdd(name, n => new Lazy<Template?>(() => Parse(n, requestedBy))).Value;

    public bool HasLayout(string name) => theme.FindLayout(name) is not null;

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var name = templateName.EndsWith(".sbn", StringComparison.Ordinal) ? templateName : templateName + ".sbn";
        var file = theme.FindLayout("partials/" + name) ?? theme.FindLayout(name);
        if (file is null)
        {
            throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, $"no partial '{templateName}' in layouts/partials/ of the site or its theme");
        }

        _partials[file.DisplayPath] = file;
        return file.DisplayPath;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        var file = _partials[templatePath];
        return Encoding.UTF8.GetString(file.Source.ReadAllBytes(file.Path)).Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    private Template? Parse(string name, SourceLocation requestedBy)
    {
        var file = theme.FindLayout(name);
        if (file is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingLayout, requestedBy,
                $"missing layout '{name}': add layouts/{name} to the site or use a theme that has it");
            return null;
        }

        var text = Encoding.UTF8.GetString(file.Source.ReadAllBytes(file.Path)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var template = Template.Parse(text, file.DisplayPath);
        if (!template.HasErrors)
        {
            return template;
        }

        foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
        {
            diagnostics.Error(DiagnosticCodes.TemplateSyntax,
                new SourceLocation(file.DisplayPath, message.Span.Start.Line + 1, message.Span.Start.Column + 1),
                "template syntax error: " + message.Message);
        }

        return null;
    }
}
