using System.Collections.Concurrent;
using System.Threading.Channels;

namespace SiteGen.Server.LiveReload;

/// <summary>Sends events to every open page; a slow page loses old events rather than holding up the others.</summary>
public sealed class ReloadBroadcaster
{
    private const int QueuedPerClient = 8;

    private readonly ConcurrentDictionary<Subscription, byte> _clients = new();

    public int ClientCount => _clients.Count;

    /// <summary>Raised when a page connects, so that tests can wait for the browser to be listening.</summary>
    public event Action? ClientConnected;

    public Subscription Subscribe()
    {
        var subscription = new Subscription(this);
        _clients[subscription] = 0;
        ClientConnected?.Invoke();
        return subscription;
    }

    public void Broadcast(ServerEvent serverEvent)
    {
        foreach (var client in _clients.Keys)
        {
            client.Writer.TryWrite(serverEvent);
        }
    }

    /// <summary>One open page's queue of events; dispose it when the page goes away.</summary>
    public sealed class Subscription : IDisposable
    {
        private readonly ReloadBroadcaster _owner;
        private readonly Channel<ServerEvent> _channel = Channel.CreateBounded<ServerEvent>(
            new BoundedChannelOptions(QueuedPerClient) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

        internal Subscription(ReloadBroadcaster owner) => _owner = owner;

        public ChannelReader<ServerEvent> Reader => _channel.Reader;

        internal ChannelWriter<ServerEvent> Writer => _channel.Writer;

        public void Dispose()
        {
            _owner._clients.TryRemove(this, out _);
            _channel.Writer.TryComplete();
        }
    }
}
