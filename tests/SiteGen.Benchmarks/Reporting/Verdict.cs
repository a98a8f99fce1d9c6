namespace SiteGen.Benchmarks.Reporting;

/// <summary>How a figure stands against its target.</summary>
public enum Verdict
{
    /// <summary>The figure has no target (a size the issue names none for): shown for context.</summary>
    None,

    Pass,

    Miss,

    /// <summary>The target exists but this session did not measure it (a size not run, Hugo not installed).</summary>
    NotMeasured,
}
