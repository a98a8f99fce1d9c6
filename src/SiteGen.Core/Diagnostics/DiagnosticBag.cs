namespace SiteGen.Diagnostics;

/// <summary>Collects the diagnostics of a run from any thread; stages add and go on.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    public bool HasErrors
    {
        get
        {
            lock (_lock)
            {
                return _items.Exists(d => d.IsError);
            }
        }
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _items.Count;
            }
        }
    }

    public void Add(Diagnostic diagnostic)
    {
        lock (_lock)
        {
            _items.Add(diagnostic);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_lock)
        {
            _items.AddRange(diagnostics);
        }
    }

    public void Error(string code, SourceLocation location, string message, IReadOnlyList<SourceLocation>? related = null) =>
        Add(new Diagnostic(DiagnosticSeverity.Error, code, message, location, related));

    public void Info(string code, SourceLocation location, string message) =>
        Add(new Diagnostic(DiagnosticSeverity.Info, code, message, location));

    public void Warning(string code, SourceLocation location, string message, IReadOnlyList<SourceLocation>? related = null) =>
        Add(new Diagnostic(DiagnosticSeverity.Warning, code, message, location, related));

    /// <summary>Every diagnostic, de-duplicated and in a stable order: errors first, then by file and position.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (_lock)
        {
            return _items
                .Distinct()
                .OrderByDescending(d => d.Severity)
                .ThenBy(d => d.Location.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
