namespace SiteGen.Diagnostics;

/// <summary>A place in a site file: path relative to the site root, 1-based line and column (0 when unknown).</summary>
public readonly record struct SourceLocation(string Path, int Line = 0, int Column = 0)
{
    public static SourceLocation None { get; } = new(string.Empty);

    public override string ToString() =>
        Line > 0 ? $"{Path}({Line},{Math.Max(Column, 1)})" : Path;

    /// <summary>The same location moved down by <paramref name="lines"/> lines (front matter inside a file).</summary>
    public SourceLocation ShiftLines(int lines) => Line > 0 ? this with { Line = Line + lines } : this;
}
