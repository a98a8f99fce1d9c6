using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SiteGen.Server.LiveReload;

namespace SiteGen.Server.Hosting;

/// <summary>Kestrel on one address, answering every request through a <see cref="SnapshotResponder"/>.</summary>
internal sealed class PreviewHost : IAsyncDisposable
{
    /// <summary>How long stopping waits for requests in flight; event streams end at once.</summary>
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(3);

    private readonly WebApplication _app;

    private PreviewHost(WebApplication app, Uri root)
    {
        _app = app;
        Root = root;
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:4000/</c> (the site itself is below its base path).</summary>
    public Uri Root { get; }

    /// <summary>Starts listening; port 0 picks a free port.</summary>
    /// <exception cref="IOException">The address is in use or cannot be bound.</exception>
    public static async Task<PreviewHost> StartAsync(IPAddress address, int port, PreviewState state, ReloadBroadcaster broadcaster, CancellationToken cancel)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(address, port);
        });
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);
        var app = builder.Build();
        var responder = new SnapshotResponder(state, broadcaster, app.Lifetime.ApplicationStopping);
        app.Run(responder.RespondAsync);
        await app.StartAsync(cancel);

        var bound = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
            .Get<IServerAddressesFeature>()!.Addresses.First();
        var uri = new Uri(bound.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
        return new PreviewHost(app, new Uri(uri.GetLeftPart(UriPartial.Authority) + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
