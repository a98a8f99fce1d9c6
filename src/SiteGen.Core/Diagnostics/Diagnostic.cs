namespace SiteGen.Diagnostics;

/// <summary>One problem found in a site, printed as <c>path(line,col): error SG0101: message</c>.</summary>
public sealed record Diagnostic(
    DiagnosticSeverity Severity,
    string Code,
    string Message,
    SourceLocation Location,
    IReadOnlyList<SourceLocation>? Related = null)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString()
    {
        var severity = Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "info" };
        var prefix = string.IsNullOrEmpty(Location.Path) ? "sitegen" : Location.ToString();
        return $"{prefix}: {severity} {Code}: {Message}";
    }
}
