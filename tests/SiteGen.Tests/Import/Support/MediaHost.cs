using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace SiteGen.Tests.Import.Support;

/// <summary>
/// An HTTP server on 127.0.0.1 standing in for the old blog's media host: serves the files it is given (honouring
/// range requests, as real hosts do), answers 404 for the rest, and records every request.
/// </summary>
public sealed class MediaHost : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, byte[]> _files;
    private readonly Task _loop;

    private readonly Dictionary<string, string> _types;

    /// <summary>
    /// Serves <paramref name="files"/> by path (query included when a key has one), each with the Content-Type in
    /// <paramref name="types"/> if any, at <paramref name="address"/> (another loopback address is another host).
    /// </summary>
    public MediaHost(Dictionary<string, byte[]> files, Dictionary<string, string>? types = null, string address = "127.0.0.1")
    {
        _files = files;
        _types = types ?? [];
        Address = address;
        Port = FreePort();
        _listener.Prefixes.Add($"http://{address}:{Port}/");
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    public int Port { get; }

    public string Address { get; }

    public string Url => $"http://{Address}:{Port}";

    /// <summary>Each request as "GET /path" plus " range=N-" when it asked for a range.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public void Dispose()
    {
        _listener.Stop();
        try
        {
            _listener.Close();
        }
        catch (HttpListenerException)
        {
            // Linux's managed listener, closed after Stop, looks its port up again to unbind it, and binds it anew
            // when Stop had let it go: by then a test beside this one may hold that port (seen in CI, "Address
            // already in use"). The listener is stopped either way.
        }

        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was stopped under a pending GetContext.
        }
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var path = context.Request.Url!.AbsolutePath;
            var range = context.Request.Headers["Range"];
            Requests.Enqueue($"GET {context.Request.Url.PathAndQuery}{(range is null ? string.Empty : " range=" + range["bytes=".Length..])}");
            using var response = context.Response;
            if (!_files.TryGetValue(context.Request.Url.PathAndQuery, out var bytes) && !_files.TryGetValue(path, out bytes))
            {
                response.StatusCode = 404;
                continue;
            }

            var from = range is not null && long.TryParse(range["bytes=".Length..].TrimEnd('-'), out var start) ? start : 0;
            if (from > 0)
            {
                response.StatusCode = 206;
                response.Headers["Content-Range"] = $"bytes {from}-{bytes.Length - 1}/{bytes.Length}";
            }

            if (_types.TryGetValue(context.Request.Url.PathAndQuery, out var type) || _types.TryGetValue(path, out type))
            {
                response.ContentType = type;
            }

            response.ContentLength64 = bytes.Length - from;
            await response.OutputStream.WriteAsync(bytes.AsMemory((int)from));
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
