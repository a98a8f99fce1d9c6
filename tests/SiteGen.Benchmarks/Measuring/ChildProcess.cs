using System.Diagnostics;
using System.Globalization;

namespace SiteGen.Benchmarks.Measuring;

/// <summary>
/// Runs a program as a fresh child process and measures it: wall time with a <see cref="Stopwatch"/> from just
/// before the start to the exit, and peak resident memory by <see cref="Method"/>.
/// </summary>
public sealed class ChildProcess
{
    public const string GnuTimePath = "/usr/bin/time";

    private readonly string _scratch;

    /// <param name="scratch">A folder for GNU time's report files.</param>
    public ChildProcess(string scratch)
    {
        _scratch = scratch;
        Method = File.Exists(GnuTimePath) && SupportsFormat() ? PeakMemoryMethod.GnuTime
            : File.Exists("/proc/self/status") ? PeakMemoryMethod.ProcPolling
            : PeakMemoryMethod.None;
    }

    public PeakMemoryMethod Method { get; }

    public string MethodDescription => Method switch
    {
        PeakMemoryMethod.GnuTime => $"peak RSS from `{GnuTimePath} -f %M` (the child's ru_maxrss)",
        PeakMemoryMethod.ProcPolling => "peak RSS from VmHWM in /proc/<pid>/status, polled every 5 ms (may miss a last-moment peak)",
        _ => "peak RSS not available on this machine",
    };

    public Measurement Run(string program, IReadOnlyList<string> arguments, string workingDirectory) => Method switch
    {
        PeakMemoryMethod.GnuTime => RunUnderGnuTime(program, arguments, workingDirectory),
        PeakMemoryMethod.ProcPolling => RunPolling(program, arguments, workingDirectory),
        _ => RunPlain(program, arguments, workingDirectory, null),
    };

    /// <summary>Runs without measuring memory (set-up work such as generating corpora or building the CLI).</summary>
    public static Measurement RunPlain(string program, IReadOnlyList<string> arguments, string workingDirectory, Action<RunningProcess>? whileRunning)
    {
        var clock = Stopwatch.StartNew();
        using var process = RunningProcess.Start(program, arguments, workingDirectory);
        whileRunning?.Invoke(process);
        var exitCode = process.WaitForExit(Timeout.InfiniteTimeSpan);
        clock.Stop();
        return new Measurement(clock.Elapsed, null, exitCode, process.Stdout, process.Stderr);
    }

    private Measurement RunUnderGnuTime(string program, IReadOnlyList<string> arguments, string workingDirectory)
    {
        Directory.CreateDirectory(_scratch);
        var report = Path.Combine(_scratch, $"time-{Environment.ProcessId}.txt");
        File.Delete(report);
        var run = RunPlain(GnuTimePath, ["-f", "%M", "-o", report, program, .. arguments], workingDirectory, null);

        // GNU time writes "Command exited with non-zero status N" before the format's line when the child fails.
        long? peak = null;
        if (File.Exists(report))
        {
            var last = File.ReadAllLines(report).LastOrDefault(l => l.Length > 0);
            if (long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var kilobytes))
            {
                peak = kilobytes * 1024;
            }
        }

        return run with { PeakRssBytes = peak };
    }

    private static Measurement RunPolling(string program, IReadOnlyList<string> arguments, string workingDirectory)
    {
        long peak = 0;
        var run = RunPlain(program, arguments, workingDirectory, process =>
        {
            var status = $"/proc/{process.Id}/status";
            while (!process.HasExited)
            {
                peak = Math.Max(peak, ReadHighWaterMark(status));
                Thread.Sleep(5);
            }
        });
        return run with { PeakRssBytes = peak > 0 ? peak : null };
    }

    private static long ReadHighWaterMark(string statusPath)
    {
        try
        {
            foreach (var line in File.ReadLines(statusPath))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var digits = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(digits, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process exited between the check and the read.
        }

        return 0;
    }

    private static bool SupportsFormat()
    {
        try
        {
            var probe = RunPlain(GnuTimePath, ["-f", "%M", "true"], Environment.CurrentDirectory, null);
            return probe.Succeeded && long.TryParse(probe.Stderr.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out _);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
