using System.Collections.Concurrent;
using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;
using SiteGen.Diagnostics;

namespace SiteGen.Rendering;

/// <summary>Parses each layout and partial once per build and serves them to the renderer and to <c>include</c>.</summary>
public sealed class TemplateLibrary(ThemeFiles theme, DiagnosticBag diagnostics)
{
    private readonly ConcurrentDictionary<string, Lazy<Template?>> _templates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ThemeFile?> _partials = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Template>> _parsedPartials = new(StringComparer.Ordinal);

    public ThemeFiles Theme => theme;

    /// <summary>The parsed layout, or null after reporting that it is missing or does not parse.</summary>
    public Template? GetLayout(string name, SourceLocation requestedBy) =>
        _templates.GetOrAdd(name, n => new Lazy<Template?>(() => Parse(n, requestedBy))).Value;

    public bool HasLayout(string name) => theme.FindLayout(name) is not null;

    /// <summary>The parsed partial <paramref name="name"/> (from layouts/partials/, else layouts/) for <c>include</c>.</summary>
    /// <exception cref="ScriptRuntimeException">When there is no such partial or it does not parse.</exception>
    public Template GetPartial(string name, SourceSpan callerSpan)
    {
        // Looked up before GetOrAdd, which would make a delegate on every include of every page.
        if (!_partials.TryGetValue(name, out var file))
        {
            file = _partials.GetOrAdd(name, FindPartial);
        }

        if (file is null)
        {
            throw new ScriptRuntimeException(callerSpan, $"no partial '{name}' in layouts/partials/ of the site or its theme");
        }

        var template = (_parsedPartials.TryGetValue(file.DisplayPath, out var parsed) ? parsed : AddPartial(file)).Value;
        if (template.HasErrors)
        {
            throw new ScriptParserRuntimeException(callerSpan, $"partial '{name}' does not parse", template.Messages);
        }

        return template;
    }

    private Lazy<Template> AddPartial(ThemeFile file) =>
        _parsedPartials.GetOrAdd(file.DisplayPath, _ => new Lazy<Template>(() => Template.Parse(ReadText(file), file.DisplayPath)));

    private ThemeFile? FindPartial(string name)
    {
        var file = name.EndsWith(".sbn", StringComparison.Ordinal) ? name : name + ".sbn";
        return theme.FindLayout("partials/" + file) ?? theme.FindLayout(file);
    }

    private static string ReadText(ThemeFile file) =>
        Encoding.UTF8.GetString(file.Source.ReadAllBytes(file.Path)).Replace("\r\n", "\n", StringComparison.Ordinal);

    private Template? Parse(string name, SourceLocation requestedBy)
    {
        var file = theme.FindLayout(name);
        if (file is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingLayout, requestedBy,
                $"missing layout '{name}': add layouts/{name} to the site or use a theme that has it");
            return null;
        }

        var template = Template.Parse(ReadText(file), file.DisplayPath);
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
