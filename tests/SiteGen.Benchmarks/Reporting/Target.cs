namespace SiteGen.Benchmarks.Reporting;

/// <summary>One of issue 8's targets (or issue 3's), what this session measured for it, and whether it holds.</summary>
/// <param name="Goal">The target as the issue states it.</param>
/// <param name="Measured">The figure, with what it was computed from.</param>
/// <param name="Verdict">"met", "not met", or "not measured" with the reason.</param>
public sealed record Target(string Goal, string Measured, string Verdict)
{
    public static Target Check(string goal, string measured, bool met) => new(goal, measured, met ? "met" : "not met");

    public static Target Missing(string goal, string why) => new(goal, why, "not measured");
}
