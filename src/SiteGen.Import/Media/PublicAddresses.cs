using System.Net;
using System.Net.Sockets;

namespace SiteGen.Import.Media;

/// <summary>
/// Keeps <c>--fetch-media</c> off the machine and network it runs on, as WordPress's importer does with
/// <c>wp_safe_remote_get</c>: every host, the blog's own included, is resolved, and only a public address of it is
/// connected to; loopback, private, link-local, shared, multicast and unspecified addresses (IPv4 and IPv6) are refused.
/// The blog's own hosts (<see cref="FetchSettings.BlogFolders"/>, named by the export's channel alone) may be private only when the
/// user says so (<see cref="FetchSettings.PrivateBlogHosts"/>). The check is made where the connection is opened, so a
/// redirect, or a name that resolves differently the second time, is held to it too. Only the hosts the blog's uploads
/// are known at (<see cref="FetchSettings.UploadFolders"/>: its export's channel's, its saved pages') and WordPress.com's
/// media hosts go through a proxy (<c>http_proxy</c>, <c>https_proxy</c>), and only when their name resolves here to
/// public addresses only, or, where only the proxy can resolve it, is a public DNS name (<see cref="IsPublicName"/>):
/// through one, the connection is the proxy's and the host asked for is not resolved here, so another host, or a
/// redirect to one, is connected to directly, where its address is checked.
/// </summary>
internal static class PublicAddresses
{
    /// <summary>Whether <paramref name="address"/> is on the public internet.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return IsPublic(address.MapToIPv4());
        }

        var b = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return !(b[0] is 0 or 10 or 127 or >= 224
                || (b[0] == 100 && (b[1] & 0xC0) == 64)
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 172 && (b[1] & 0xF0) == 16)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 192 && b[1] == 0 && b[2] == 0)
                || (b[0] == 198 && (b[1] & 0xFE) == 18));
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return false;
        }

        // ::/96 (unspecified, loopback, IPv4-compatible), link-local, site-local, unique local, multicast.
        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || (b[0] & 0xFE) == 0xFC || b[0] == 0xFF)
        {
            return false;
        }

        // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address that must be public too.
        if (b[0] == 0 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0)
        {
            return IsPublic(new IPAddress(b.AsSpan(12, 4)));
        }

        return b[0] == 0x20 && b[1] == 0x02 ? IsPublic(new IPAddress(b.AsSpan(2, 4))) : true;
    }

    /// <summary>
    /// Whether <paramref name="host"/> (as <see cref="Uri.IdnHost"/> gives it) is a name of the public DNS: at least two
    /// labels of letters, digits and inner hyphens, the last with a letter in it, and none of the names kept for a
    /// machine or its network (<c>localhost</c>, <c>.local</c>, <c>.home.arpa</c>, <c>.internal</c>, <c>.test</c>,
    /// <c>.invalid</c>, and the <c>.lan</c> and <c>.localdomain</c> of home routers). An IP address is no name.
    /// </summary>
    /// <remarks>
    /// A name that does not resolve here is the proxy's to resolve, on its own network: where its address is cannot be
    /// checked, so the name alone must say it is the internet's, not the intranet's that a single label or a local
    /// suffix names.
    /// </remarks>
    public static bool IsPublicName(string host)
    {
        var labels = host.TrimEnd('.').ToLowerInvariant().Split('.');
        if (labels.Length < 2 || IPAddress.TryParse(host.Trim('[', ']'), out _) || !labels[^1].Any(char.IsAsciiLetter))
        {
            return false;
        }

        foreach (var label in labels)
        {
            if (label.Length is 0 or > 63 || label.StartsWith('-') || label.EndsWith('-') || !label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                return false;
            }
        }

        return labels[^1] is not ("localhost" or "local" or "internal" or "test" or "invalid" or "lan" or "localdomain")
            && !(labels is [.., "home", "arpa"]);
    }

    /// <summary>
    /// A handler whose connections go to public addresses only, but for the blog's own hosts
    /// (<see cref="FetchSettings.BlogFolders"/>) when <see cref="FetchSettings.PrivateBlogHosts"/>, and for every host
    /// when <see cref="FetchSettings.AllowPrivateAddresses"/> (tests, whose local server stands in for another host).
    /// </summary>
    public static SocketsHttpHandler Handler(FetchSettings settings)
    {
        var own = new OwnHostsProxy(settings.Proxy ?? HttpClient.DefaultProxy, settings.BlogFolders, settings.UploadFolders, settings.PrivateBlogHosts || settings.AllowPrivateAddresses);
        return new SocketsHttpHandler { Proxy = own, UseProxy = true, ConnectCallback = (context, cancel) => Connect(context, own, settings, cancel) };
    }

    private static async ValueTask<Stream> Connect(SocketsHttpConnectionContext context, OwnHostsProxy proxy, FetchSettings settings, CancellationToken cancel)
    {
        var host = context.DnsEndPoint.Host.ToLowerInvariant();

        // A connection to a proxy is only ever made for a host OwnHostsProxy routes through it, which it checked. For an
        // https URL it is asked to open a tunnel (CONNECT), a request to the proxy itself naming the host in its Host header.
        var request = context.InitialRequestMessage;
        var requested = request.Method == HttpMethod.Connect && request.Headers.Host is { Length: > 0 } tunnel && Uri.TryCreate("https://" + tunnel, UriKind.Absolute, out var target)
            ? target : request.RequestUri;
        var proxied = proxy.Hosts.Contains(host) && requested is not null && proxy.Routes(requested);
        var blogs = BlogUploads.Owns(settings.BlogFolders, BlogUploads.Authority(host, context.DnsEndPoint.Port is 80 or 443 ? -1 : context.DnsEndPoint.Port));
        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancel);
        }
        catch (SocketException) when (!proxied && !settings.AllowPrivateAddresses && !IsPublicName(host)
            && context.InitialRequestMessage.RequestUri is { } asked && proxy.Declines(asked))
        {
            // A proxy would have been used, but for the name (see IsPublicName): say so, not "no such host".
            throw new RefusedAddressException(blogs
                ? $"refused: {host}, the blog's host, is not a public DNS name and only the proxy could resolve it, on its own network, where its address cannot be checked; if the blog really is served from that network, import again with --fetch-private-hosts"
                : $"refused: {host} is not a public DNS name and only the proxy could resolve it, on its own network, where its address cannot be checked; an export's media never comes from there");
        }

        if (!settings.AllowPrivateAddresses && !proxied && !(blogs && settings.PrivateBlogHosts))
        {
            var refused = addresses.Where(a => !IsPublic(a)).ToList();
            if (refused.Count > 0)
            {
                throw new RefusedAddressException(blogs
                    ? $"refused: {host}, the blog's host, resolves to {refused[0]}, {Kind(refused[0])}; if the blog really is served from this machine or its network, import again with --fetch-private-hosts"
                    : $"refused: {host} resolves to {refused[0]}, {Kind(refused[0])}, which an export's media never comes from");
            }
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancel);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static string Kind(IPAddress address)
    {
        var v4 = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return IPAddress.IsLoopback(v4) ? "a loopback address (this machine)"
            : v4.Equals(IPAddress.Any) || v4.Equals(IPAddress.IPv6Any) ? "the unspecified address"
            : v4.IsIPv6LinkLocal || (v4.AddressFamily == AddressFamily.InterNetwork && v4.GetAddressBytes() is [169, 254, ..]) ? "a link-local address"
            : "a private or reserved address";
    }
}

/// <summary>
/// The proxy the environment names, for the hosts the blog's uploads are known at and WordPress.com's public media hosts
/// only: every other URL, a redirect's included (the handler asks for each request), bypasses it, so that its host is
/// resolved and checked where the connection is opened. So does one of those hosts whose name resolves here to an
/// address that is not public, or that resolves only through the proxy and is no public DNS name (unless
/// <paramref name="privateBlogHosts"/>, for the hosts of <paramref name="blogFolders"/>, the export's channel's): the
/// proxy would reach it unchecked.
/// </summary>
internal sealed class OwnHostsProxy(IWebProxy inner, IReadOnlySet<string> blogFolders, IReadOnlySet<string> uploadFolders, bool privateBlogHosts) : IWebProxy
{
    private readonly Lock _lock = new();
    private readonly HashSet<string> _hosts = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _public = new(StringComparer.Ordinal);

    public ICredentials? Credentials { get => inner.Credentials; set => inner.Credentials = value; }

    /// <summary>The proxies' hosts handed out so far.</summary>
    public IReadOnlySet<string> Hosts
    {
        get
        {
            lock (_lock)
            {
                return new HashSet<string>(_hosts, StringComparer.Ordinal);
            }
        }
    }

    public Uri? GetProxy(Uri destination)
    {
        if (IsBypassed(destination))
        {
            return null;
        }

        var proxy = inner.GetProxy(destination);
        if (proxy is not null)
        {
            lock (_lock)
            {
                _hosts.Add(proxy.IdnHost.ToLowerInvariant());
            }
        }

        return proxy;
    }

    public bool IsBypassed(Uri host) => !Routes(host) || inner.IsBypassed(host);

    /// <summary>Whether a request for <paramref name="destination"/> may go through the proxy.</summary>
    public bool Routes(Uri destination)
    {
        var host = destination.IdnHost.ToLowerInvariant();
        var authority = BlogUploads.Authority(destination);
        var blogs = BlogUploads.Owns(blogFolders, authority);
        return (blogs || BlogUploads.Owns(uploadFolders, authority) || BlogUploads.IsWordPressCom(host)) && ((blogs && privateBlogHosts) || _public.GetOrAdd(host, IsPublicHere));
    }

    /// <summary>Whether the proxy the environment names would carry a request for <paramref name="destination"/> that this one does not.</summary>
    public bool Declines(Uri destination) => !Routes(destination) && !inner.IsBypassed(destination) && inner.GetProxy(destination) is not null;

    /// <summary>
    /// Whether <paramref name="host"/> resolves here to public addresses only; a name that does not resolve here is the
    /// proxy's to resolve, on its network, where its address cannot be checked: only a public DNS name is left to it.
    /// </summary>
    private static bool IsPublicHere(string host)
    {
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal))
        {
            return PublicAddresses.IsPublic(literal);
        }

        try
        {
            return Dns.GetHostAddresses(host).All(PublicAddresses.IsPublic);
        }
        catch (SocketException)
        {
            return PublicAddresses.IsPublicName(host);
        }
    }
}

/// <summary>A connection <see cref="PublicAddresses"/> would not open.</summary>
internal sealed class RefusedAddressException(string message) : IOException(message);
