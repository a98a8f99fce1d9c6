using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SiteGen.Tests.Import.Support;

/// <summary>
/// A forward proxy on a loopback port that answers every request with one image as a JPEG and keeps each
/// request line: what a network that mandates a proxy would relay, a private host's file included.
/// </summary>
internal sealed class ImageProxy : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Task _serving;

    public ImageProxy(byte[] image)
    {
        _listener.Start();
        Proxy = new WebProxy($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");
        _serving = Task.Run(() => Serve(image));
    }

    public WebProxy Proxy { get; }

    /// <summary>The first line of each request the proxy was asked ("GET http://host/path HTTP/1.1").</summary>
    public ConcurrentQueue<string> Asked { get; } = new();

    /// <summary>Stops listening and waits for the last answer to go out.</summary>
    public Task StopAsync()
    {
        _listener.Stop();
        return _serving.WaitAsync(TimeSpan.FromSeconds(5));
    }

    public void Dispose() => _listener.Dispose();

    private async Task Serve(byte[] image)
    {
        try
        {
            while (true)
            {
                using var client = await _listener.AcceptTcpClientAsync();
                var stream = client.GetStream();
                var reader = new StreamReader(stream);
                string? line;
                var first = true;
                while (!string.IsNullOrEmpty(line = await reader.ReadLineAsync()))
                {
                    if (first)
                    {
                        Asked.Enqueue(line);
                        first = false;
                    }
                }

                await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\nContent-Length: {image.Length}\r\nConnection: close\r\n\r\n"));
                await stream.WriteAsync(image);
            }
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException or IOException)
        {
            // The listener was stopped.
        }
    }
}
