namespace SiteGen.Benchmarks.Reporting;

/// <summary>Wall times of one start-up command (e.g. <c>sitegen --version</c>).</summary>
public sealed record StartupResult(string Command, Sample Milliseconds);
