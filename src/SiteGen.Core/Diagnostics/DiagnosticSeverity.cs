namespace SiteGen.Diagnostics;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
