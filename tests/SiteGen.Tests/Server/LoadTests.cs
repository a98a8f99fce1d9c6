using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using SiteGen.Tests.Support;
using Xunit.Abstractions;

namespace SiteGen.Tests.Server;

[Trait("Category", "Robustness")]
public sealed class LoadTests(ITestOutputHelper output)
{
    private const int Requests = 10_000;
    private const int Connections = 50;

    /// <summary>A bounded local load: 10,000 requests over 50 keep-alive connections to 127.0.0.1 while the site is rebuilt.</summary>
    [Fact]
    public async Task TenThousandRequestsFromFiftyConnectionsAllSucceed()
    {
        await using var preview = await RunningPreview.StartAsync(ServerSites.Briefings);
        File.WriteAllText(Path.Combine(preview.Folder.Root, "secret.txt"), "SECRET-BESIDE-THE-SITE");
        var snapshot = preview.Session.State.Snapshot!;
        var targets = snapshot.Files.Keys.Select(k => ("/briefings/" + k, HttpStatusCode.OK))
            .Append(("/briefings/2022/05/15/first-dispatch/", HttpStatusCode.OK))
            .Append(("/briefings/no/such/page/", HttpStatusCode.NotFound))
            .Append(("/briefings/..%2f..%2fsecret.txt", HttpStatusCode.BadRequest))
            .Append(("/briefings/about", HttpStatusCode.Found))
            .ToArray();

        var opened = 0;
        using var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = Connections,
            ConnectCallback = async (context, cancel) =>
            {
                Interlocked.Increment(ref opened);
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(context.DnsEndPoint, cancel);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        using var client = new HttpClient(handler) { BaseAddress = preview.Session.Root, Timeout = TimeSpan.FromSeconds(30) };
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var failures = new ConcurrentQueue<string>();
        var byStatus = new ConcurrentDictionary<HttpStatusCode, int>();
        var next = -1;
        var clock = Stopwatch.StartNew();

        // Edits land mid-load: every response must still be whole, from one snapshot or the next.
        var rebuilds = Task.Run(async () =>
        {
            for (var i = 0; i < 5 && !deadline.IsCancellationRequested; i++)
            {
                preview.Folder.Write("content/dispatches/2022/first.md", $"---\ntitle: First dispatch\ndate: 2022-05-15\nactors: [belarus]\n---\nEdit {i}.\n");
                await preview.Session.RebuildAsync(["content/dispatches/2022/first.md"]);
            }
        });
        var workers = Enumerable.Range(0, Connections).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < Requests)
            {
                var (path, expected) = targets[index % targets.Length];
                try
                {
                    using var response = await client.GetAsync(path, deadline.Token);
                    var body = await response.Content.ReadAsByteArrayAsync(deadline.Token);
                    byStatus.AddOrUpdate(response.StatusCode, 1, (_, n) => n + 1);
                    if (response.StatusCode != expected)
                    {
                        failures.Enqueue($"{path}: {response.StatusCode}, expected {expected}");
                    }
                    else if (response.Content.Headers.ContentLength != body.Length || System.Text.Encoding.UTF8.GetString(body).Contains("SECRET-", StringComparison.Ordinal))
                    {
                        failures.Enqueue($"{path}: a truncated or foreign body");
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or IOException)
                {
                    failures.Enqueue($"{path}: {ex.GetType().Name}: {ex.Message}");
                }
            }
        })).ToArray();
        await Task.WhenAll(workers);
        await rebuilds;
        clock.Stop();

        var total = byStatus.Values.Sum() + failures.Count(f => f.Contains("Exception", StringComparison.Ordinal));
        output.WriteLine($"{total} requests over {opened} connections in {clock.Elapsed.TotalSeconds:0.00} s " +
                         $"({Requests / clock.Elapsed.TotalSeconds:0} req/s); {failures.Count} failures; " +
                         string.Join(", ", byStatus.OrderBy(s => s.Key).Select(s => $"{s.Value} x {(int)s.Key}")));
        Assert.Empty(failures);
        Assert.Equal(Requests, byStatus.Values.Sum());
        Assert.InRange(opened, 1, Connections);
    }
}
