using SiteGen.Urls;

namespace SiteGen.Server.Hosting;

/// <summary>
/// Maps a request path to a file of the snapshot, the way a static host does: folders serve their index.html (or
/// index.xml), a folder asked for without its slash is redirected to it, and only paths below the base path are the
/// site.
/// </summary>
/// <remarks>
/// The server reads nothing from disk, only the in-memory snapshot, so no path can reach a file outside the output.
/// The checks here still refuse anything that looks like an escape (dot segments in any encoding, backslashes, empty
/// segments, control characters, drive letters) rather than relying on that alone: a path that would be dangerous for
/// a disk-backed server is a bug or an attack, and answering 400 says so.
/// </remarks>
internal static class RequestRouter
{
    /// <param name="path">The request path as the server decoded it once (ASP.NET Core's <c>PathString</c>).</param>
    /// <param name="basePath">"/" or "/briefings/".</param>
    /// <param name="exists">Whether the snapshot has an output file at a path such as <c>2022/index.html</c>.</param>
    public static Route Resolve(string path, string basePath, Func<string, bool> exists)
    {
        if (path.Length == 0)
        {
            path = "/";
        }

        if (path[0] != '/' || !IsSafe(path))
        {
            return Route.BadRequest;
        }

        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            return path == "/" || path == basePath.TrimEnd('/') ? new Route(RouteKind.Redirect, basePath) : Route.NotFound;
        }

        var relative = path[basePath.Length..];
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            return SitePaths.FolderIndexes.Select(index => relative + index).FirstOrDefault(exists) is { } file
                ? new Route(RouteKind.File, file)
                : Route.NotFound;
        }

        if (exists(relative))
        {
            return new Route(RouteKind.File, relative);
        }

        return SitePaths.FolderIndexes.Any(index => exists(relative + "/" + index)) ? new Route(RouteKind.Redirect, path + "/") : Route.NotFound;
    }

    private static bool IsSafe(string path)
    {
        var segments = path.Split('/');

        // segments[0] is the empty string before the leading '/'; the last may be empty (a folder's trailing '/').
        for (var i = 1; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment.Length == 0 && i < segments.Length - 1)
            {
                return false;
            }

            if (!IsSafeSegment(segment) || !IsSafeSegment(DecodeAgain(segment)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSafeSegment(string segment) =>
        segment is not ("." or "..") &&
        !segment.Contains('/') && !segment.Contains('\\') && !segment.Contains(':') &&
        !segment.Any(char.IsControl) &&
        !segment.Contains('\u2215') && !segment.Contains('\u2216') && !segment.Contains('\uFF0F') && !segment.Contains('\uFF3C');

    /// <summary>The segment decoded again until it stops changing, so that <c>%252e%252e</c> counts as the <c>..</c> it hides.</summary>
    private static string DecodeAgain(string segment)
    {
        for (var round = 0; round < 4 && segment.Contains('%'); round++)
        {
            var decoded = Uri.UnescapeDataString(segment);
            if (decoded == segment)
            {
                break;
            }

            segment = decoded;
        }

        return segment;
    }
}
