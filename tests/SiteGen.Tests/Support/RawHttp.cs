using System.Net.Sockets;
using System.Text;

namespace SiteGen.Tests.Support;

/// <summary>
/// Sends a request line exactly as written, over a plain socket: HttpClient would normalise "..", "%2e" and
/// backslashes before sending, which is the very thing a traversal test must not let happen.
/// </summary>
public static class RawHttp
{
    public static async Task<(int Status, string Head, byte[] Body)> GetAsync(Uri root, string target, string method = "GET")
    {
        using var client = new TcpClient();
        await client.ConnectAsync(root.Host, root.Port);
        var stream = client.GetStream();
        var request = $"{method} {target} HTTP/1.1\r\nHost: {root.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request));
        using var memory = new MemoryStream();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await stream.CopyToAsync(memory, timeout.Token);
        var bytes = memory.ToArray();
        var split = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        if (split < 0)
        {
            throw new InvalidDataException($"no HTTP response to '{target}': {Encoding.Latin1.GetString(bytes)}");
        }

        var head = Encoding.Latin1.GetString(bytes, 0, split);
        var status = int.Parse(head.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, head, bytes[(split + 4)..]);
    }
}
