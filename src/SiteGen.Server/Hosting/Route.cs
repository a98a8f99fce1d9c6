namespace SiteGen.Server.Hosting;

internal enum RouteKind
{
    /// <summary>Serve <see cref="Route.Target"/>, a path of the snapshot, with 200.</summary>
    File,

    /// <summary>Redirect to <see cref="Route.Target"/>, a decoded absolute path on this server.</summary>
    Redirect,

    /// <summary>Serve the site's 404 page with 404.</summary>
    NotFound,

    /// <summary>Refuse with 400: the path tries to leave the site or is malformed.</summary>
    BadRequest,
}

/// <summary>What the server does with a request path.</summary>
internal readonly record struct Route(RouteKind Kind, string Target = "")
{
    public static Route NotFound { get; } = new(RouteKind.NotFound);

    public static Route BadRequest { get; } = new(RouteKind.BadRequest);
}
