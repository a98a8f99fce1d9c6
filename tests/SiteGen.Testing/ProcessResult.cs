namespace SiteGen.Testing;

/// <summary>How a child process ended: its exit code and what it printed.</summary>
public sealed record ProcessResult(int ExitCode, string Stdout, string Stderr)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>Standard output then standard error, as a terminal would show them.</summary>
    public string Output => Stdout + Stderr;
}
