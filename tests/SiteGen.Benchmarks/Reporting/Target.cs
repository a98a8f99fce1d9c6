namespace SiteGen.Benchmarks.Reporting;

/// <summary>A target that does not depend on the place (output size, issue 3's feature budget), and how it stands.</summary>
/// <param name="Goal">The target as its issue states it.</param>
/// <param name="Measured">The figure, with what it was computed from.</param>
/// <param name="Verdict">"PASS", "MISS", or "not measured" with the reason in <paramref name="Measured"/>.</param>
public sealed record Target(string Goal, string Measured, string Verdict)
{
    public static Target Missing(string goal, string why) => new(goal, why, "not measured");
}
