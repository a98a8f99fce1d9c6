using Microsoft.AspNetCore.Http;

namespace SiteGen.Server.LiveReload;

/// <summary>The server-sent-events endpoint the live-reload script connects to.</summary>
internal static class EventStream
{
    public const string PathSuffix = "/__sitegen/events";

    /// <summary>A comment line now and then keeps proxies and the browser from dropping an idle stream.</summary>
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Whether a request path is the endpoint. Any prefix is accepted, not only the current base path, so that a page
    /// served before site.yml changed base_url still hears the reload that shows it the new site.
    /// </summary>
    public static bool Matches(string path) => path.EndsWith(PathSuffix, StringComparison.Ordinal);

    /// <summary>Serves the stream; <paramref name="errorText"/> is the preview's build error when the stream opens, null when the last build succeeded.</summary>
    public static async Task ServeAsync(HttpContext context, ReloadBroadcaster broadcaster, Func<string?> errorText, CancellationToken stopping)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpResponseBodyFeature>()?.DisableBuffering();

        using var subscription = broadcaster.Subscribe();
        try
        {
            // A page loaded while the build is broken shows the error at once, not at the next failed build.
            var first = "retry: 1000\n\n" + (errorText() is { } error ? ServerEvent.Overlay(error).Format() : string.Empty);
            await response.WriteAsync(first, cancel.Token);
            await response.Body.FlushAsync(cancel.Token);
            while (!cancel.IsCancellationRequested)
            {
                var next = await NextAsync(subscription, cancel.Token);
                await response.WriteAsync(next?.Format() ?? ": keep-alive\n\n", cancel.Token);
                await response.Body.FlushAsync(cancel.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away or the server is stopping: either way the stream simply ends.
        }
    }

    private static async Task<ServerEvent?> NextAsync(ReloadBroadcaster.Subscription subscription, CancellationToken cancel)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        wait.CancelAfter(KeepAlive);
        try
        {
            return await subscription.Reader.ReadAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            return null;
        }
    }
}
