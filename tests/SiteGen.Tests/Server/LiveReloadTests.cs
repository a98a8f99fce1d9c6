using System.Text.Json;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Server;

public sealed class LiveReloadTests
{
    private const string Dispatch = "content/dispatches/2022/first.md";

    [Fact]
    public async Task AnEditThatChangesThePageSendsReload()
    {
        await using var preview = await RunningPreview.StartAsync(ServerSites.Briefings);
        await using var events = await EventReader.OpenAsync(preview.Client, "/briefings/__sitegen/events");

        preview.Folder.Write(Dispatch, preview.Folder.Read(Dispatch).Replace("says nothing", "says something", StringComparison.Ordinal));
        await preview.Session.RebuildAsync([Dispatch]);

        var received = await events.NextAsync();
        Assert.Equal("reload", received.Name);
    }

    [Fact]
    public async Task ABuildErrorSendsTheOverlayWithTheLocationAndTheSourceLines()
    {
        await using var preview = await RunningPreview.StartAsync(ServerSites.Briefings);
        await using var events = await EventReader.OpenAsync(preview.Client, "/briefings/__sitegen/events");

        preview.Folder.Write(Dispatch, "---\ntitle: First dispatch\ndate: 2022-13-45\nactors: [belarus]\n---\nText.\n");
        await preview.Session.RebuildAsync([Dispatch]);

        var received = await events.NextAsync();
        var text = JsonDocument.Parse(received.Data).RootElement.GetProperty("text").GetString()!;
        Assert.Equal("error-overlay", received.Name);
        Assert.Contains("content/dispatches/2022/first.md(3,7): error SG0207", text, StringComparison.Ordinal);
        Assert.Contains("> 3 | date: 2022-13-45\n", text, StringComparison.Ordinal);
        Assert.Contains("  2 | title: First dispatch\n", text, StringComparison.Ordinal);
        Assert.Contains("    |       ^\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APageOpenedWhileTheBuildIsBrokenGetsTheOverlayAtOnce()
    {
        await using var preview = await RunningPreview.StartAsync(ServerSites.Briefings);
        preview.Folder.Write(Dispatch, "---\ntitle: First dispatch\n---\nNo date.\n");
        await preview.Session.RebuildAsync([Dispatch]);

        await using var events = await EventReader.OpenAsync(preview.Client, "/briefings/__sitegen/events");

        var received = await events.NextAsync();
        Assert.Equal("error-overlay", received.Name);
        Assert.Contains("has no date", received.Data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FixingTheErrorReloadsEvenWhenTheOutputIsAsBefore()
    {
        await using var preview = await RunningPreview.StartAsync(ServerSites.Briefings);
        var original = preview.Folder.Read(Dispatch);
        preview.Folder.Write(Dispatch, "---\ntitle: First dispatch\n---\nNo date.\n");
        await preview.Session.RebuildAsync([Dispatch]);
        await using var events = await EventReader.OpenAsync(preview.Client, "/briefings/__sitegen/events");
        Assert.Equal("error-overlay", (await events.NextAsync()).Name);

        preview.Folder.Write(Dispatch, original);
        var report = await preview.Session.RebuildAsync([Dispatch]);

        Assert.Equal(0, report.ChangedFiles);
        Assert.Equal("reload", (await events.NextAsync()).Name);
    }

    [Fact]
    public async Task StoppingTheServerEndsOpenEventStreams()
    {
        var preview = await RunningPreview.StartAsync(ServerSites.Briefings);
        var events = await EventReader.OpenAsync(preview.Client, "/briefings/__sitegen/events");

        var stopping = preview.DisposeAsync().AsTask();
        var finished = await Task.WhenAny(stopping, Task.Delay(TimeSpan.FromSeconds(10)));

        Assert.Same(stopping, finished);
        await events.DisposeAsync();
    }

    /// <summary>Reads server-sent events from an open stream.</summary>
    private sealed class EventReader : IAsyncDisposable
    {
        private readonly HttpResponseMessage _response;
        private readonly StreamReader _reader;

        private EventReader(HttpResponseMessage response, StreamReader reader)
        {
            _response = response;
            _reader = reader;
        }

        public static async Task<EventReader> OpenAsync(HttpClient client, string path)
        {
            var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal("text/event-stream; charset=utf-8", response.Content.Headers.ContentType!.ToString());
            var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
            return new EventReader(response, reader);
        }

        public async Task<(string Name, string Data)> NextAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            string? name = null, data = null;
            while (true)
            {
                var line = await _reader.ReadLineAsync(timeout.Token) ?? throw new EndOfStreamException("the event stream ended");
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    name = line["event: ".Length..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    data = line["data: ".Length..];
                }
                else if (line.Length == 0 && name is not null)
                {
                    return (name, data ?? string.Empty);
                }
            }
        }

        public ValueTask DisposeAsync()
        {
            _reader.Dispose();
            _response.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
