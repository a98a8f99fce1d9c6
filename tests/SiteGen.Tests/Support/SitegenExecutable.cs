using System.Diagnostics;

namespace SiteGen.Tests.Support;

/// <summary>
/// The <c>sitegen</c> program the process tests run: the executable named by <c>SITEGEN_CLI</c> (the Native AOT
/// build, as <c>./build.ps1 test-aot</c> publishes it), else <c>sitegen.dll</c> beside the tests, on the JIT.
/// </summary>
public static class SitegenExecutable
{
    public const string Variable = "SITEGEN_CLI";

    /// <summary>The executable <c>SITEGEN_CLI</c> names, or null when it is not set.</summary>
    public static string? Native { get; } = FindNative();

    /// <summary>A start for <c>sitegen</c> with <paramref name="arguments"/>, each passed as one argument.</summary>
    public static ProcessStartInfo Start(IEnumerable<string> arguments)
    {
        var start = Native is { } native ? new ProcessStartInfo(native) : new ProcessStartInfo("dotnet") { ArgumentList = { RepoPaths.Cli } };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["NO_COLOR"] = "1";
        return start;
    }

    /// <summary>A start for <c>sitegen</c> with <paramref name="commandLine"/>, quoted as a shell would split it.</summary>
    public static ProcessStartInfo Start(string commandLine)
    {
        var start = Start([]);
        start.Arguments = Native is null ? $"\"{RepoPaths.Cli}\" {commandLine}" : commandLine;
        start.ArgumentList.Clear();
        return start;
    }

    /// <summary>Runs <c>sitegen</c> to the end: its exit code and what it printed, standard output then standard error.</summary>
    public static (int ExitCode, string Output) Run(string commandLine)
    {
        using var process = Process.Start(Start(commandLine))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"sitegen {commandLine} did not exit within 120 s");
        }

        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }

    private static string? FindNative()
    {
        var path = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        // A wrong path must fail every process test, not quietly fall back to the JIT build it was meant to replace.
        var full = Path.GetFullPath(path);
        return File.Exists(full) ? full : throw new FileNotFoundException($"{Variable}={path}: no such file; publish it with ./build.ps1 test-aot", full);
    }
}
