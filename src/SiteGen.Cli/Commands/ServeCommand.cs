using System.CommandLine;
using System.Net;
using System.Runtime.InteropServices;
using SiteGen.Content;
using SiteGen.Server;
using SiteGen.Server.Rebuilding;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen serve</c>: build, serve on 127.0.0.1 below base_url's sub-path, rebuild on every save and reload open pages.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var port = new Option<int>("--port", "-p") { Description = $"The port (default {PreviewSettings.DefaultPort}; 0 picks a free one)", DefaultValueFactory = _ => PreviewSettings.DefaultPort };
        var host = new Option<string>("--host") { Description = "The interface to listen on (default 127.0.0.1; another one makes the preview reachable from other machines)", DefaultValueFactory = _ => "127.0.0.1" };
        var command = new Command("serve", "Build the site, serve it with live reload, and rebuild on every change (Ctrl-C stops)");
        site.AddTo(command);
        command.Options.Add(port);
        command.Options.Add(host);
        command.SetAction(parse =>
        {
            var options = site.Read(parse);
            var address = ParseHost(parse.GetValue(host)!);
            var portNumber = parse.GetValue(port);
            if (options is null || address is null || portNumber is < 0 or > 65535)
            {
                if (portNumber is < 0 or > 65535)
                {
                    Console.Error.WriteLine($"sitegen: --port {portNumber} is not a port; use 1-65535, or 0 for a free one");
                }

                return ExitCodes.Usage;
            }

            var settings = new PreviewSettings(site.SourcePath(parse), options) { Address = address, Port = portNumber };
            return RunAsync(settings).GetAwaiter().GetResult();
        });
        return command;
    }

    /// <summary>
    /// How long a stop waits for a build in progress: the build cannot be interrupted, and at 10,000 dispatches the
    /// first one takes seconds. The preview writes nothing a build left half done could damage (the site is built in
    /// memory; the image cache's files are renamed into place), so after this the process ends without it.
    /// </summary>
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(1);

    private static async Task<int> RunAsync(PreviewSettings settings)
    {
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        try
        {
            var serving = ServeAsync(settings, stop.Token);

            // The delay ends cancelled when the stop comes; WhenAny does not throw for it.
            if (await Task.WhenAny(serving, Task.Delay(Timeout.Infinite, stop.Token)) == serving
                || await Task.WhenAny(serving, Task.Delay(StopGrace)) == serving)
            {
                return await serving;
            }

            Console.Out.WriteLine("Stopped without waiting for the build in progress.");
            return ExitCodes.Success;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static async Task<int> ServeAsync(PreviewSettings settings, CancellationToken stop)
    {
        try
        {
            PreviewSession session;
            try
            {
                session = await PreviewSession.StartAsync(settings, stop);
            }
            catch (IOException ex)
            {
                Console.Error.WriteLine($"sitegen: cannot listen on {settings.Address}:{settings.Port}: {ex.Message} Pass --port N (0 picks a free port).");
                return ExitCodes.SiteErrors;
            }

            await using (session)
            {
                if (session.StartedOnDisk)
                {
                    Console.Out.WriteLine($"Serving {session.SiteUrl} from the last build's output, which is current, while the site loads (Ctrl-C to stop)");
                    await session.Loaded.WaitAsync(stop);
                }

                Report(session.FirstBuild, first: true, fellDue: []);
                var shown = session.FirstBuild.Result;
                session.Rebuilt += report =>
                {
                    // A rebuild without a save is the due-date timer's: say which dispatch went live.
                    var fellDue = report.Served && report.ChangedPaths.Count == 0
                        ? shown.LeftOut.Where(d => !d.IsDraft && !report.Result.LeftOut.Any(l => l.SourcePath == d.SourcePath)).ToList()
                        : [];
                    shown = report.Served ? report.Result : shown;
                    Report(report, first: false, fellDue);
                };
                Console.Out.WriteLine($"Serving {session.SiteUrl} (Ctrl-C to stop)");
                if (session.NextDue is { } due)
                {
                    Console.Out.WriteLine($"The next dispatch dated in the future is due {due:yyyy-MM-dd HH:mm zzz}: the preview shows it then.");
                }
                if (!IPAddress.IsLoopback(settings.Address))
                {
                    Console.Out.WriteLine($"Listening on {settings.Address}: other machines on the network can reach this preview.");
                }

                try
                {
                    await Task.Delay(Timeout.Infinite, stop);
                }
                catch (OperationCanceledException)
                {
                    Console.Out.WriteLine("Stopping...");
                }
            }

            return ExitCodes.Success;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return ExitCodes.Success;
        }
    }

    private static void Report(RebuildReport report, bool first, IReadOnlyList<LeftOutDispatch> fellDue)
    {
        DiagnosticPrinter.Print(report.Result.Diagnostics, Console.Error, showInfo: false);
        var trigger = report.ChangedPaths.Count switch
        {
            0 => fellDue.Count switch
            {
                0 => string.Empty,
                1 => $" as \"{fellDue[0].Title}\" fell due ({fellDue[0].SourcePath})",
                var n => $" as {n} dispatches fell due",
            },
            1 => $" after a change to {report.ChangedPaths.First()}",
            var n => $" after changes to {n} files",
        };
        var time = $"{report.BuildTime.TotalMilliseconds:0} ms";
        Console.Out.WriteLine((report.Served, first) switch
        {
            (true, true) => $"Built {BuildSummary.Dispatches(report.Result.Dispatches)} into {report.ChangedFiles} files in {time}.",
            (true, false) => $"Rebuilt in {time}{trigger}: {report.ChangedFiles} file(s) changed.",
            (false, true) => $"The site does not build yet: {report.Result.ErrorCount} error(s), shown in the browser until they are fixed.",
            (false, false) => $"Build failed{trigger}: {report.Result.ErrorCount} error(s), shown in the browser; still serving the last good build.",
        });
    }

    private static IPAddress? ParseHost(string text)
    {
        if (text.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return IPAddress.Loopback;
        }

        if (IPAddress.TryParse(text, out var address))
        {
            return address;
        }

        Console.Error.WriteLine($"sitegen: --host '{text}' is not an IP address (e.g. 127.0.0.1, ::1 or 0.0.0.0)");
        return null;
    }
}
