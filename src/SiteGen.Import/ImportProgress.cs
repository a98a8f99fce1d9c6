namespace SiteGen.Import;

/// <summary>How far an import is, in bytes of input read.</summary>
public readonly record struct ImportProgress(long Done, long Total, string Current);
