namespace SiteGen.Benchmarks.Reporting;

/// <summary>One row of a place's table: a figure of SiteGen's and Hugo's, what it comes to, and its target.</summary>
/// <param name="Figure">What is measured, e.g. "1,000 dispatches, cold build".</param>
/// <param name="Sitegen">SiteGen's figure (median and range).</param>
/// <param name="Hugo">Hugo's, where it has one.</param>
/// <param name="Measured">The figure held against the target, e.g. "0.43 × Hugo" or "8% of cold".</param>
/// <param name="Goal">The target, e.g. "≤ 0.5 × Hugo"; "—" where there is none.</param>
/// <param name="Verdict">PASS, MISS, not measured, or nothing for a figure without a target.</param>
public sealed record TargetRow(string Figure, string Sitegen, string Hugo, string Measured, string Goal, Verdict Verdict)
{
    public string VerdictText => Verdict switch
    {
        Verdict.Pass => "PASS",
        Verdict.Miss => "MISS",
        Verdict.NotMeasured => "not measured",
        _ => "",
    };
}
