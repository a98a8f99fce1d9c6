namespace SiteGen.Diagnostics;

/// <summary>Collects the diagnostics of a run from any thread; stages add and go on.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    // Sorting tens of thousands of warnings is asked for more than once at the end of a build.
    private IReadOnlyList<Diagnostic>? _sorted;

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
            _sorted = null;
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_lock)
        {
            _items.AddRange(diagnostics);
            _sorted = null;
        }
    }

    /// <summary>Puts <paramref name="replacement"/> where <paramref name="original"/> was (a message that learned more since).</summary>
    public void Replace(Diagnostic original, Diagnostic replacement)
    {
        lock (_lock)
        {
            var index = _items.FindIndex(d => ReferenceEquals(d, original));
            if (index >= 0)
            {
                _items[index] = replacement;
                _sorted = null;
            }
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
            return _sorted ??= IsStrictlyOrdered(_items) ? _items.ToList() : _items.Distinct().Order(Ordering).ToList();
        }
    }

    /// <summary>
    /// Whether each diagnostic is ordered before the next: then the list is sorted and has no two alike. A build
    /// found up to date reports the last build's list, sorted when it was saved, tens of thousands long.
    /// </summary>
    private static bool IsStrictlyOrdered(List<Diagnostic> items)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (Order(items[i - 1], items[i]) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Adds <paramref name="more"/> to a list <see cref="ToSortedList"/> made, keeping its order without sorting it all again.</summary>
    public static IReadOnlyList<Diagnostic> Merge(IReadOnlyList<Diagnostic> sorted, IReadOnlyList<Diagnostic> more)
    {
        // A few more into tens of thousands (a preview edit): place each by binary search rather than compare all.
        var result = new List<Diagnostic>(sorted.Count + more.Count);
        result.AddRange(sorted);
        foreach (var extra in more.Distinct().Order(Ordering))
        {
            // After every diagnostic not ordered after it, where merging the two sorted lists would put it.
            var at = PartitionPoint(result, d => Order(d, extra) <= 0);
            if (at == 0 || result[at - 1] != extra)
            {
                result.Insert(at, extra);
            }
        }

        return result;
    }

    /// <summary>
    /// Where the diagnostics of <paramref name="severity"/> about <paramref name="path"/> start in a list
    /// <see cref="ToSortedList"/> made, found by binary search: the list is ordered by severity, then path, so they stand together.
    /// </summary>
    public static int FirstOf(IReadOnlyList<Diagnostic> sorted, DiagnosticSeverity severity, string path) =>
        PartitionPoint(sorted, d => d.Severity != severity ? d.Severity > severity : string.CompareOrdinal(d.Location.Path, path) < 0);

    /// <summary>The first position whose diagnostic <paramref name="isBefore"/> does not hold for; it holds for all before it.</summary>
    private static int PartitionPoint(IReadOnlyList<Diagnostic> sorted, Func<Diagnostic, bool> isBefore)
    {
        var low = 0;
        var high = sorted.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (isBefore(sorted[middle]))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    // A stable sort by this order keeps equal keys as they came, as OrderBy().ThenBy() did.
    private static readonly Comparer<Diagnostic> Ordering = Comparer<Diagnostic>.Create(Order);

    private static int Order(Diagnostic a, Diagnostic b)
    {
        // Compared as numbers: Enum.CompareTo boxes, once per comparison of tens of thousands.
        var order = ((int)b.Severity).CompareTo((int)a.Severity);
        order = order != 0 ? order : string.CompareOrdinal(a.Location.Path, b.Location.Path);
        order = order != 0 ? order : a.Location.Line.CompareTo(b.Location.Line);
        order = order != 0 ? order : a.Location.Column.CompareTo(b.Location.Column);
        order = order != 0 ? order : string.CompareOrdinal(a.Code, b.Code);
        return order != 0 ? order : string.CompareOrdinal(a.Message, b.Message);
    }
}
