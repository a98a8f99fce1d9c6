namespace SiteGen.Tests.Support;

/// <summary>The real <c>sitegen</c> program (<see cref="SitegenExecutable"/>) run as a child process.</summary>
public static class SitegenProcess
{
    /// <summary>Starts <c>sitegen</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>, colours off.</summary>
    public static RunningProcess Start(string workingDirectory, params string[] arguments) => Start(workingDirectory, arguments, null);

    public static RunningProcess Start(string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment)
    {
        var variables = new Dictionary<string, string>(environment ?? new Dictionary<string, string>()) { ["NO_COLOR"] = "1", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" };
        var (program, leading) = SitegenExecutable.Program;
        return RunningProcess.Start(program, [.. leading, .. arguments], workingDirectory, variables);
    }

    /// <summary>Runs to the end (at most two minutes) and returns how it ended.</summary>
    public static ProcessResult Run(string workingDirectory, params string[] arguments) =>
        Run(workingDirectory, arguments, TimeSpan.FromSeconds(120));

    public static ProcessResult Run(string workingDirectory, IEnumerable<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var process = Start(workingDirectory, arguments, environment);
        var exit = process.WaitForExit(timeout);
        return new ProcessResult(exit, process.Stdout, process.Stderr);
    }
}
