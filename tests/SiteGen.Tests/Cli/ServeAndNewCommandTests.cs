using System.Text.RegularExpressions;
using SiteGen.Tests.Server;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

public sealed partial class ServeAndNewCommandTests
{
    [Fact]
    public async Task ServePrintsTheUrlServesTheSiteAndStopsCleanlyOnCtrlC()
    {
        using var folder = SiteFolder.Create(ServerSites.Briefings);
        using var process = SitegenProcess.Start(folder.Site, "serve", "--port", "0");

        var url = await WaitForUrlAsync(process);
        using var client = new HttpClient();
        var home = await client.GetStringAsync(url);
        process.Interrupt();
        var exit = process.WaitForExit(TimeSpan.FromSeconds(20));

        Assert.Matches(@"^http://127\.0\.0\.1:\d+/briefings/$", url);
        Assert.Contains("<title>", home, StringComparison.Ordinal);
        Assert.Equal(0, exit);
        Assert.Contains("Stopping...", process.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CtrlCWhileTheFirstBuildRunsStopsWithoutWaitingForIt()
    {
        using var folder = SiteFolder.Create(ServerSites.Briefings);
        for (var i = 0; i < 3000; i++)
        {
            folder.Write($"content/dispatches/2023/bulk-{i}.md", $"---\ntitle: Bulk {i}\ndate: 2023-01-01\nactors: [belarus]\n---\nBelarus said {i}.\n");
        }

        var port = FreePort();
        using var process = SitegenProcess.Start(folder.Site, "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // The server listens while the first build runs, and Ctrl-C is handled from before it listens.
        await Waiting.UntilAsync(() => Listening(port), TimeSpan.FromSeconds(60), "the server listening");
        process.Interrupt();
        var exit = process.WaitForExit(TimeSpan.FromSeconds(30));

        Assert.Equal(0, exit);
        Assert.DoesNotContain("Built ", process.Stdout, StringComparison.Ordinal);
        Assert.Contains("Stopped without waiting for the build in progress.", process.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServeSaysWhichDispatchWentLiveWhenItFellDue()
    {
        using var folder = SiteFolder.Create(ServerSites.Briefings);
        var due = DateTimeOffset.UtcNow.AddSeconds(15);
        folder.Write("content/dispatches/2026/morning-report.md",
            $"---\ntitle: Morning report\ndate: {due:yyyy-MM-ddTHH:mm:ss}+00:00\nactors: [belarus]\n---\nBelarus waited.\n");
        using var process = SitegenProcess.Start(folder.Site, "serve", "--port", "0");

        await WaitForUrlAsync(process);
        var line = await process.WaitForLineAsync(l => l.StartsWith("Rebuilt in ", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        process.Interrupt();
        process.WaitForExit(TimeSpan.FromSeconds(20));

        Assert.Contains(" as \"Morning report\" fell due (content/dispatches/2026/morning-report.md)", line, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool Listening(int port)
    {
        try
        {
            using var client = new System.Net.Sockets.TcpClient();
            client.Connect(System.Net.IPAddress.Loopback, port);
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    [Fact]
    public void NewPrintsThePathOfTheDispatchItWroteAndNumbersASecondOfOneTitleOnOneDay()
    {
        using var folder = SiteFolder.Create(ServerSites.Briefings);

        var first = SitegenProcess.Run(folder.Site, "new", "Talks resume", "--actors", "belarus,Ukraine", "--date", "2022-06-01");
        var second = SitegenProcess.Run(folder.Site, "new", "Talks resume", "--date", "2022-06-01");
        var unknown = SitegenProcess.Run(folder.Site, "new", "Other", "--actors", "belarrus");
        var badDate = SitegenProcess.Run(folder.Site, "new", "Other", "--date", "June");

        Assert.Equal((0, "content/dispatches/2022/2022-06-01-talks-resume.md\n"), (first.ExitCode, first.Stdout));
        Assert.Contains("actors:\n  - \"belarus\"\n  - \"ukraine\"\n", folder.Read("content/dispatches/2022/2022-06-01-talks-resume.md"), StringComparison.Ordinal);
        Assert.Equal((0, "content/dispatches/2022/2022-06-01-talks-resume-2.md\n"), (second.ExitCode, second.Stdout));
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("did you mean 'belarus'?", unknown.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, badDate.ExitCode);
    }

    private static async Task<string> WaitForUrlAsync(RunningProcess process)
    {
        var line = await process.WaitForLineAsync(ServingLine().IsMatch, TimeSpan.FromSeconds(60));
        return ServingLine().Match(line).Groups[1].Value;
    }

    [GeneratedRegex(@"Serving (\S+) \(Ctrl-C to stop\)")]
    private static partial Regex ServingLine();
}
