using Microsoft.AspNetCore.Http;
using SiteGen.Server.LiveReload;
using SiteGen.Urls;

namespace SiteGen.Server.Hosting;

/// <summary>Answers a request from the current snapshot: a file, a redirect, the site's 404 page, or a refusal.</summary>
internal sealed class SnapshotResponder(PreviewState state, ReloadBroadcaster broadcaster, CancellationToken stopping)
{
    private const string NotFoundPage = "404.html";

    /// <summary>The file a folder without an index.html is served by, when it has one (see <see cref="SitePaths.FolderIndexes"/>).</summary>
    private static readonly string FolderFeed = "/" + SitePaths.FolderIndexes[^1];

    public Task RespondAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        var path = request.Path.Value ?? "/";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            return PlainAsync(response, StatusCodes.Status405MethodNotAllowed, "Only GET and HEAD are served.");
        }

        if (EventStream.Matches(path))
        {
            return EventStream.ServeAsync(context, broadcaster, () => state.ErrorText, stopping);
        }

        response.Headers.CacheControl = "no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
        var shown = state.Current;
        if (shown.Snapshot is not { } snapshot)
        {
            response.Headers.RetryAfter = "1";
            return BodyAsync(context, StatusCodes.Status503ServiceUnavailable, "text/html; charset=utf-8",
                System.Text.Encoding.UTF8.GetBytes(NoSitePage.Html(shown.ErrorText)));
        }

        // The file the router looked for last: the one served, or the one whose absence is the answer. A folder's
        // index.xml is looked for after its index.html, but it is one of the feeds kept at WordPress's URLs, which
        // come with a term or with the site's first imported dispatch, never where a page just went: the absence of
        // the index.html answers for the folder.
        var probed = path;
        var route = RequestRouter.Resolve(path, snapshot.BasePath, file =>
        {
            if (!("/" + file).EndsWith(FolderFeed, StringComparison.Ordinal) || snapshot.Files.ContainsKey(file))
            {
                probed = file;
            }

            return snapshot.Files.ContainsKey(file);
        });
        if (!snapshot.Serves(probed))
        {
            return RespondWhenSettledAsync(context, snapshot);
        }

        switch (route.Kind)
        {
            case RouteKind.File:
                return BodyAsync(context, StatusCodes.Status200OK, ContentTypes.For(route.Target), snapshot.Files[route.Target]);
            case RouteKind.Redirect:
                // Temporary: a folder redirect must not outlive an edit that puts a file at that path.
                response.Headers.Location = new PathString(route.Target).ToUriComponent() + request.QueryString.ToUriComponent();
                return PlainAsync(response, StatusCodes.Status302Found, string.Empty);
            case RouteKind.NotFound:
                return snapshot.Files.TryGetValue(NotFoundPage, out var page)
                    ? BodyAsync(context, StatusCodes.Status404NotFound, "text/html; charset=utf-8", page)
                    : PlainAsync(response, StatusCodes.Status404NotFound, "Not found.");
            default:
                return PlainAsync(response, StatusCodes.Status400BadRequest, "Bad request path.");
        }
    }

    /// <summary>Answers from the whole output once the rebuild that is still rendering it has finished.</summary>
    private async Task RespondWhenSettledAsync(HttpContext context, SiteSnapshot early)
    {
        await early.Settled.WaitAsync(stopping).ConfigureAwait(false);
        await RespondAsync(context).ConfigureAwait(false);
    }

    private static Task BodyAsync(HttpContext context, int status, string contentType, byte[] body)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body).AsTask();
    }

    private static Task PlainAsync(HttpResponse response, int status, string text)
    {
        response.StatusCode = status;
        response.ContentType = "text/plain; charset=utf-8";
        return text.Length == 0 ? Task.CompletedTask : response.WriteAsync(text);
    }
}
