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

    /// <summary>The CLI's assembly, copied beside the tests by the project reference.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "sitegen.dll");

    /// <summary>The program to start and the arguments that come before sitegen's own.</summary>
    public static (string Program, string[] Leading) Program => Native is { } native ? (native, []) : ("dotnet", [Dll]);

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
