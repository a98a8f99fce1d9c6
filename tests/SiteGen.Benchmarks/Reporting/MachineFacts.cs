using System.Globalization;
using System.Runtime.InteropServices;
using SiteGen.Benchmarks.Measuring;
using SiteGen.Benchmarks.Places;

namespace SiteGen.Benchmarks.Reporting;

/// <summary>The machine and tool versions a session ran on, for the report's first table.</summary>
public sealed record MachineFacts
{
    public required DateTimeOffset Started { get; init; }

    public required string Cpu { get; init; }

    public required int Cores { get; init; }

    public required string Memory { get; init; }

    public required string Os { get; init; }

    public required string DotnetSdk { get; init; }

    public required string Sitegen { get; init; }

    /// <summary>"Native AOT" or "JIT".</summary>
    public required string SitegenKind { get; init; }

    /// <summary>How the measured sitegen runs, e.g. "Native AOT (published by the harness): `artifacts/aot/sitegen`".</summary>
    public required string SitegenRuntime { get; init; }

    public required string Hugo { get; init; }

    public required string Python { get; init; }

    /// <summary>Each work folder with its file system, e.g. "on disk: /var/tmp/sitegen-bench (ext4 on /dev/vda, mounted at /)".</summary>
    public required IReadOnlyList<string> Places { get; init; }

    public required string LoadAtStart { get; init; }

    public string LoadAtEnd { get; init; } = "";

    public static MachineFacts Collect(BenchSettings settings, string sitegenVersion, string sitegenKind, string sitegenRuntime, string hugoBanner, IReadOnlyList<BenchPlace> places) => new()
    {
        Started = DateTimeOffset.UtcNow,
        Cpu = ProcValue("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        Cores = Environment.ProcessorCount,
        Memory = ProcValue("/proc/meminfo", "MemTotal") is { } total && long.TryParse(total.Split(' ')[0], CultureInfo.InvariantCulture, out var kb)
            ? string.Create(CultureInfo.InvariantCulture, $"{kb / 1024.0 / 1024.0:0.0} GiB")
            : "?",
        Os = OsName(),
        DotnetSdk = FirstLine("dotnet", ["--version"], settings.RepositoryRoot),
        Sitegen = sitegenVersion,
        SitegenKind = sitegenKind,
        SitegenRuntime = sitegenRuntime,
        Hugo = hugoBanner,
        Python = FirstLine(settings.Python, ["--version"], settings.RepositoryRoot),
        Places = places.Select(p => $"{p.Name}: {p.Description}").ToList(),
        LoadAtStart = LoadAverage(),
    };

    /// <summary>The 1-, 5- and 15-minute load averages; on a 2-core machine anything near 2 or above means the figures are noisy.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string OsName()
    {
        const string release = "/etc/os-release";
        var pretty = File.Exists(release)
            ? File.ReadLines(release).FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?["PRETTY_NAME=".Length..].Trim('"')
            : null;
        return $"{pretty ?? RuntimeInformation.OSDescription}, kernel {Environment.OSVersion.Version}";
    }

    private static string? ProcValue(string file, string key)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }

    private static string FirstLine(string program, IReadOnlyList<string> arguments, string workingDirectory)
    {
        try
        {
            var run = ChildProcess.RunPlain(program, arguments, workingDirectory, null);
            return (run.Stdout + run.Stderr).Split('\n').FirstOrDefault(l => l.Length > 0)?.Trim() ?? "?";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "not installed";
        }
    }
}
