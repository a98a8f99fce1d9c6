using System.Runtime.InteropServices;
using SiteGen.Benchmarks.Measuring;
using SiteGen.Benchmarks.Reporting;

namespace SiteGen.Benchmarks.Tools;

/// <summary>
/// The sitegen CLI as the benchmark runs it: the Native AOT program by default (what the README installs), else the
/// apphost next to sitegen.dll (what an installed framework-dependent tool runs), or <c>dotnet sitegen.dll</c>.
/// </summary>
public sealed class SitegenCli
{
    private readonly string _program;
    private readonly IReadOnlyList<string> _prefix;

    private SitegenCli(string program, IReadOnlyList<string> prefix, string description, string kind, string origin)
    {
        _program = program;
        _prefix = prefix;
        Description = description;
        Kind = kind;
        Runtime = $"{kind} ({origin})";
    }

    /// <summary>The command line that runs it, for the report.</summary>
    public string Description { get; }

    /// <summary>How it runs: "Native AOT" or "JIT".</summary>
    public string Kind { get; }

    /// <summary><see cref="Kind"/> with how the harness got it, e.g. "Native AOT (published by the harness)".</summary>
    public string Runtime { get; }

    /// <summary>
    /// Publishes the Native AOT sitegen into artifacts/aot/ (what the README installs), or builds src/SiteGen.Cli in
    /// Release with <see cref="BenchSettings.Jit"/>, unless <see cref="BenchSettings.Sitegen"/> names a build; then finds it.
    /// </summary>
    public static SitegenCli Prepare(BenchSettings settings)
    {
        if (settings.Sitegen is { } given)
        {
            if (!File.Exists(given))
            {
                throw new BenchmarkException($"--sitegen {given}: no such file");
            }

            return given.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
                ? new SitegenCli("dotnet", [given], "dotnet " + Relative(settings, given), "JIT", "given with --sitegen")
                : new SitegenCli(given, [], Relative(settings, given), KindOf(given), "given with --sitegen");
        }

        return settings.Jit ? BuildJit(settings) : PublishAot(settings);
    }

    /// <summary>"JIT" for an apphost with its sitegen.dll beside it, else "Native AOT" (a native program carries no .dll).</summary>
    public static string KindOf(string executable) =>
        File.Exists(Path.ChangeExtension(executable, ".dll")) ? "JIT" : "Native AOT";

    private static SitegenCli PublishAot(BenchSettings settings)
    {
        var project = Path.Combine(settings.RepositoryRoot, "src", "SiteGen.Cli");
        var folder = Path.Combine(settings.RepositoryRoot, "artifacts", "aot");
        var rid = RuntimeInformation.RuntimeIdentifier;
        Console.WriteLine($"publishing the Native AOT sitegen ({rid}) to artifacts/aot (as ./build.ps1 publish-aot; --jit measures the JIT build instead)...");
        var publish = ChildProcess.RunPlain("dotnet", ["publish", project, "-c", "Release", "-r", rid, "-o", folder, "--nologo", "-v", "quiet"], settings.RepositoryRoot, null);
        if (!publish.Succeeded)
        {
            throw new BenchmarkException(
                $"dotnet publish src/SiteGen.Cli -r {rid} failed (Native AOT needs clang, lld and zlib1g-dev: apt-get install -y clang lld zlib1g-dev; or measure the JIT build with --jit):\n{publish.Stdout}{publish.Stderr}");
        }

        var path = Path.Combine(folder, OperatingSystem.IsWindows() ? "sitegen.exe" : "sitegen");
        if (!File.Exists(path))
        {
            throw new BenchmarkException($"dotnet publish wrote no {path}");
        }

        Console.WriteLine($"published in {Units.Seconds(publish.Wall.TotalSeconds)}");
        return new SitegenCli(path, [], Relative(settings, path), "Native AOT", "published by the harness");
    }

    private static SitegenCli BuildJit(BenchSettings settings)
    {
        var project = Path.Combine(settings.RepositoryRoot, "src", "SiteGen.Cli");
        Console.WriteLine("building src/SiteGen.Cli (Release, JIT)...");
        var build = ChildProcess.RunPlain("dotnet", ["build", project, "-c", "Release", "--nologo", "-v", "quiet"], settings.RepositoryRoot, null);
        if (!build.Succeeded)
        {
            throw new BenchmarkException($"dotnet build src/SiteGen.Cli -c Release failed:\n{build.Stdout}{build.Stderr}");
        }

        var dll = Directory.EnumerateFiles(Path.Combine(project, "bin", "Release"), "sitegen.dll", SearchOption.AllDirectories)
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .FirstOrDefault() ?? throw new BenchmarkException("the Release build wrote no sitegen.dll under src/SiteGen.Cli/bin/Release");

        // The apphost beside sitegen.dll is what an installed framework-dependent tool runs.
        var apphost = Path.ChangeExtension(dll, OperatingSystem.IsWindows() ? ".exe" : null);
        return File.Exists(apphost)
            ? new SitegenCli(apphost, [], Relative(settings, apphost), "JIT", "--jit: the Release build")
            : new SitegenCli("dotnet", [dll], "dotnet " + Relative(settings, dll), "JIT", "--jit: the Release build");
    }

    /// <summary>Runs it untimed (version, help).</summary>
    public Measurement RunPlain(IReadOnlyList<string> arguments, string workingDirectory) =>
        ChildProcess.RunPlain(_program, [.. _prefix, .. arguments], workingDirectory, null);

    public Measurement Run(ChildProcess runner, IReadOnlyList<string> arguments, string workingDirectory) =>
        runner.Run(_program, [.. _prefix, .. arguments], workingDirectory);

    public string Version(string workingDirectory)
    {
        var run = RunPlain(["--version"], workingDirectory);
        if (!run.Succeeded)
        {
            throw new BenchmarkException($"{Description} --version failed (exit {run.ExitCode}):\n{run.Stderr}");
        }

        return run.Stdout.Trim();
    }

    private static string Relative(BenchSettings settings, string path)
    {
        var relative = Path.GetRelativePath(settings.RepositoryRoot, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
