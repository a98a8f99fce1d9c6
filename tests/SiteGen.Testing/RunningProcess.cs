using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace SiteGen.Testing;

/// <summary>A child process whose output is captured line by line while it runs; killed, with its children, on dispose.</summary>
public sealed class RunningProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly Lock _lock = new();
    private readonly List<(Func<string, bool> Matches, TaskCompletionSource<string> Seen)> _awaited = [];

    private RunningProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Stdout
    {
        get
        {
            lock (_lock)
            {
                return _stdout.ToString();
            }
        }
    }

    public string Stderr
    {
        get
        {
            lock (_lock)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <param name="program">The program, found on PATH unless a path.</param>
    /// <param name="arguments">Its arguments, each passed as one (no shell quoting).</param>
    /// <param name="workingDirectory">Where it runs (default: the current folder).</param>
    /// <param name="environment">Variables set for it on top of this process's.</param>
    /// <param name="stdin">Written to its standard input, which is then closed; null: no input.</param>
    public static RunningProcess Start(
        string program, IEnumerable<string> arguments, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null, string? stdin = null)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var process = new Process { StartInfo = info };
        var running = new RunningProcess(process);
        process.OutputDataReceived += (_, e) => running.AppendOutput(e.Data);
        process.ErrorDataReceived += (_, e) => running.Append(running._stderr, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
        }

        return running;
    }

    /// <summary>Runs to the end (killed and reported as a <see cref="TimeoutException"/> past <paramref name="timeout"/>).</summary>
    public static ProcessResult Run(
        string program, IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null, string? stdin = null)
    {
        using var process = Start(program, arguments, workingDirectory, environment, stdin);
        var exit = process.WaitForExit(timeout);
        return new ProcessResult(exit, process.Stdout, process.Stderr);
    }

    /// <summary>Waits for the exit and its last output line; past <paramref name="timeout"/> kills it and throws.</summary>
    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{_process.StartInfo.FileName} did not exit within {timeout.TotalSeconds} s.\nstdout:\n{Stdout}\nstderr:\n{Stderr}");
        }

        // The parameterless wait also waits for the redirected output to be read to its end.
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>The first line of standard output that <paramref name="matches"/> accepts, as soon as the program prints it.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> matches, TimeSpan timeout)
    {
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            var printed = _stdout.ToString().Split('\n').FirstOrDefault(matches);
            if (printed is not null)
            {
                return printed;
            }

            _awaited.Add((matches, seen));
        }

        try
        {
            return await seen.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{_process.StartInfo.FileName} printed no such line within {timeout.TotalSeconds} s.\nstdout:\n{Stdout}\nstderr:\n{Stderr}");
        }
    }

    /// <summary>Sends SIGINT, what Ctrl-C in a terminal sends.</summary>
    public void Interrupt()
    {
        using var kill = Process.Start("kill", ["-INT", _process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>Kills it and its children at once, as a crash or a power cut would stop it.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void AppendOutput(string? line)
    {
        Append(_stdout, line);
        if (line is null)
        {
            return;
        }

        List<TaskCompletionSource<string>> seen;
        lock (_lock)
        {
            seen = _awaited.Where(a => a.Matches(line)).Select(a => a.Seen).ToList();
            _awaited.RemoveAll(a => seen.Contains(a.Seen));
        }

        seen.ForEach(s => s.TrySetResult(line));
    }

    private void Append(StringBuilder builder, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lock)
        {
            builder.Append(line).Append('\n');
        }
    }
}
