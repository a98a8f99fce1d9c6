using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SiteGen.BrowserTests.Hosting;

/// <summary>
/// Serves a built site over HTTP on 127.0.0.1 under a sub-path, the way GitHub Pages serves a project site:
/// a folder's <c>index.html</c>, a redirect from a folder without its slash, and <c>404.html</c> with status 404
/// for anything else.
/// </summary>
public sealed class StaticSiteHost : IAsyncDisposable
{
    /// <summary>The sub-path every page lives under; the sample site's <c>base_url</c> has the same.</summary>
    public const string BasePath = "/briefings/";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly WebApplication _app;
    private readonly string _root;

    private StaticSiteHost(WebApplication app, string root, Uri baseUri)
    {
        _app = app;
        _root = root;
        BaseUri = baseUri;
    }

    /// <summary>The site's address, e.g. <c>http://127.0.0.1:41234/briefings/</c>.</summary>
    public Uri BaseUri { get; }

    public static async Task<StaticSiteHost> StartAsync(string root)
    {
        var fullRoot = Path.GetFullPath(root);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = fullRoot });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        StaticSiteHost? host = null;
        app.Run(context => host!.ServeAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        host = new StaticSiteHost(app, fullRoot, new Uri(new Uri(address), BasePath));
        return host;
    }

    /// <summary>The absolute URL of a site path such as <c>2022/05/</c> (relative to the base path).</summary>
    public string Url(string sitePath) => new Uri(BaseUri, sitePath.TrimStart('/')).ToString();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ServeAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var path = request.Path.Value ?? "/";
        if (path + "/" == BasePath)
        {
            Redirect(response, BasePath);
            return;
        }

        var file = path.StartsWith(BasePath, StringComparison.Ordinal) ? Resolve(path[BasePath.Length..]) : null;
        if (file is { IsFolderWithoutSlash: true })
        {
            Redirect(response, path + "/" + request.QueryString);
            return;
        }

        if (file?.Path is { } found)
        {
            await SendAsync(response, found, StatusCodes.Status200OK);
            return;
        }

        var notFound = Path.Combine(_root, "404.html");
        if (File.Exists(notFound))
        {
            await SendAsync(response, notFound, StatusCodes.Status404NotFound);
        }
        else
        {
            response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    private (string? Path, bool IsFolderWithoutSlash)? Resolve(string relative)
    {
        var full = Path.GetFullPath(Path.Combine(_root, Uri.UnescapeDataString(relative)));
        if (!full.StartsWith(_root, StringComparison.Ordinal))
        {
            return null;
        }

        if (Directory.Exists(full))
        {
            var index = Path.Combine(full, "index.html");
            if (!File.Exists(index))
            {
                return null;
            }

            return relative.Length == 0 || relative.EndsWith('/') ? (index, false) : (null, true);
        }

        return File.Exists(full) ? (full, false) : null;
    }

    private static void Redirect(HttpResponse response, string location)
    {
        response.StatusCode = StatusCodes.Status301MovedPermanently;
        response.Headers.Location = location;
    }

    private static async Task SendAsync(HttpResponse response, string file, int status)
    {
        response.StatusCode = status;
        response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        if (response.ContentType.StartsWith("text/", StringComparison.Ordinal) || response.ContentType.EndsWith("json", StringComparison.Ordinal))
        {
            response.ContentType += "; charset=utf-8";
        }

        response.ContentLength = new FileInfo(file).Length;
        await response.SendFileAsync(file);
    }
}
