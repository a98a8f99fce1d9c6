using System.Collections.Concurrent;
using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Diagnostics;

namespace SiteGen.Rendering;

/// <summary>Parses each layout once per build for the renderer, and finds the partials Scriban's <c>include</c> asks for.</summary>
internal sealed class TemplateLibrary(ThemeFiles theme, DiagnosticBag diagnostics) : ITemplateLoader
{
    private readonly ConcurrentDictionary<string, Lazy<Template?>> _templates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ThemeFile?> _partials = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ThemeFile> _partialFiles = new(StringComparer.Ordinal);

    public ThemeFiles Theme => theme;

    /// <summary>The parsed layout, or null after reporting that it is missing or does not parse.</summary>
    public Template? GetLayout(string name, SourceLocation requestedBy) =>
        _templates.GetOrAdd(name, n => new Lazy<Template?>(() => Parse(n, requestedBy))).Value;

    public bool HasLayout(string name) => theme.FindLayout(name) is not null;

    /// <summary>The theme file of partial <paramref name="templateName"/> (from layouts/partials/, else layouts/), as <c>include</c> names it in errors.</summary>
    /// <exception cref="ScriptRuntimeException">When there is no such partial.</exception>
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var file = _partials.GetOrAdd(templateName, FindPartial)
            ?? throw new ScriptRuntimeException(callerSpan, $"no partial '{templateName}' in layouts/partials/ of the site or its theme{PartialHint(templateName)}");
        _partialFiles.TryAdd(file.DisplayPath, file);
        return file.DisplayPath;
    }

    /// <summary>The text of the partial at <paramref name="templatePath"/>, which <see cref="GetPath"/> gave; Scriban parses it once per context.</summary>
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => ReadText(_partialFiles[templatePath]);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    /// <summary>The partial a typo away from <paramref name="name"/>, else the partials there are.</summary>
    private string PartialHint(string name)
    {
        var known = theme.PartialNames();
        var asked = name.StartsWith("partials/", StringComparison.Ordinal) ? name["partials/".Length..] : name;
        if (Text.EditDistance.Closest(asked.EndsWith(".sbn", StringComparison.Ordinal) ? asked : asked + ".sbn", known) is { } closest)
        {
            return $"; did you mean '{closest}'?";
        }

        return known.Count == 0 ? string.Empty : "; the partials are " + string.Join(", ", known.Select(n => $"'{n}'"));
    }

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

        var text = ReadText(file);
        var template = Template.Parse(text, file.DisplayPath);
        if (!template.HasErrors)
        {
            return template;
        }

        foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
        {
            var (location, said) = Describe(message, file.DisplayPath, text);
            diagnostics.Error(DiagnosticCodes.TemplateSyntax, location, said);
        }

        return null;
    }

    /// <summary>Where a partial's syntax error is and what to say, as for a layout's (see <see cref="Describe(LogMessage, string, string)"/>).</summary>
    public (SourceLocation Location, string Message) DescribePartialError(LogMessage message)
    {
        var path = message.Span.FileName ?? "template";
        return _partialFiles.TryGetValue(path, out var file)
            ? Describe(message, path, ReadText(file))
            : (new SourceLocation(path, message.Span.Start.Line + 1, message.Span.Start.Column + 1), "template syntax error: " + message.Message);
    }

    /// <summary>A block left open is reported at the statement that opened it, with the fix; other errors where Scriban puts them.</summary>
    private static (SourceLocation Location, string Message) Describe(LogMessage message, string path, string text)
    {
        if (OpenBlock.IsMissingEnd(message.Message) && OpenBlock.Find(text) is var (keyword, at))
        {
            return (new SourceLocation(path, at.Line + 1, at.Column + 1),
                $"template syntax error: this '{keyword}' has no {{{{ end }}}}; close its block with {{{{ end }}}} (Scriban: {message.Message})");
        }

        return (new SourceLocation(path, message.Span.Start.Line + 1, message.Span.Start.Column + 1), "template syntax error: " + message.Message);
    }
}
