namespace SiteGen.Benchmarks.Measuring;

/// <summary>One run of a child process: its wall time, peak resident memory (null where it cannot be read) and output.</summary>
public sealed record Measurement(TimeSpan Wall, long? PeakRssBytes, int ExitCode, string Stdout, string Stderr)
{
    public bool Succeeded => ExitCode == 0;
}
