using SiteGen.Benchmarks.Measuring;

namespace SiteGen.Benchmarks.Tools;

/// <summary>
/// The sitegen CLI as the benchmark runs it: the apphost next to sitegen.dll (what an installed tool runs), or
/// <c>dotnet sitegen.dll</c> when there is no apphost.
/// </summary>
public sealed class SitegenCli
{
    private readonly string _program;
    private readonly IReadOnlyList<string> _prefix;

    private SitegenCli(string program, IReadOnlyList<string> prefix, string description)
    {
        _program = program;
        _prefix = prefix;
        Description = description;
    }

    /// <summary>The command line that runs it, for the report.</summary>
    public string Description { get; }

    /// <summary>Builds src/SiteGen.Cli in Release (unless <see cref="BenchSettings.Sitegen"/> names a build) and finds it.</summary>
    public static SitegenCli Prepare(BenchSettings settings)
    {
        var path = settings.Sitegen;
        if (path is null)
        {
            var project = Path.Combine(settings.RepositoryRoot, "src", "SiteGen.Cli");
            Console.WriteLine("building src/SiteGen.Cli (Release)...");
            var build = ChildProcess.RunPlain("dotnet", ["build", project, "-c", "Release", "--nologo", "-v", "quiet"], settings.RepositoryRoot, null);
            if (!build.Succeeded)
            {
                throw new BenchmarkException($"dotnet build src/SiteGen.Cli -c Release failed:\n{build.Stdout}{build.Stderr}");
            }

            path = Directory.EnumerateFiles(Path.Combine(project, "bin", "Release"), "sitegen.dll", SearchOption.AllDirectories)
                .OrderByDescending(File.GetLastWriteTimeUtc)
                .FirstOrDefault() ?? throw new BenchmarkException("the Release build wrote no sitegen.dll under src/SiteGen.Cli/bin/Release");
        }

        if (!File.Exists(path))
        {
            throw new BenchmarkException($"--sitegen {path}: no such file");
        }

        if (path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            var apphost = Path.ChangeExtension(path, OperatingSystem.IsWindows() ? ".exe" : null);
            if (settings.Sitegen is null && File.Exists(apphost))
            {
                return new SitegenCli(apphost, [], Relative(settings, apphost));
            }

            return new SitegenCli("dotnet", [path], "dotnet " + Relative(settings, path));
        }

        return new SitegenCli(path, [], Relative(settings, path));
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
