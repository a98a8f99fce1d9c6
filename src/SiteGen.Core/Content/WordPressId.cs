using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// An old WordPress query link given as an alias (<c>/?p=123</c>, <c>/?page_id=45</c>): a static host serves the home
/// page for it, whose script then sends the reader to the page that names it.
/// </summary>
/// <param name="Parameter">The query's name: <c>p</c>, <c>page_id</c> or <c>attachment_id</c>.</param>
/// <param name="Id">The post's id on the old blog; WordPress numbers posts, pages and attachments in one sequence.</param>
/// <param name="Location">Where the alias is written.</param>
public sealed record WordPressId(string Parameter, long Id, SourceLocation Location)
{
    /// <summary>The query names WordPress answers with a post, page or attachment by its id.</summary>
    public static IReadOnlyList<string> Parameters { get; } = ["p", "page_id", "attachment_id"];

    /// <summary>The link as the old blog's readers had it, below its root.</summary>
    public string Link => LinkOf(Parameter, Id);

    /// <summary>The alias an old id link is written as (<c>/?p=123</c>), which <see cref="Parse"/> reads back.</summary>
    public static string LinkOf(string parameter, long id) => $"/?{parameter}={id.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>
    /// The parameter and id of an alias with a query (<c>/?p=123</c>, <c>https://blog.example/?page_id=45</c>), or
    /// null and why the home page cannot answer it.
    /// </summary>
    public static (string Parameter, long Id)? Parse(string alias, out string problem)
    {
        var (path, query) = PathAndQuery(alias);
        var pairs = query.Split('&', StringSplitOptions.RemoveEmptyEntries);
        var pair = pairs.Length == 1 ? pairs[0].Split('=') : [];
        if (pair.Length == 2 && Parameters.Contains(pair[0]) && pair[1].Length is > 0 and < 19 && pair[1].All(char.IsAsciiDigit) && long.Parse(pair[1], System.Globalization.CultureInfo.InvariantCulture) is > 0 and var id)
        {
            if (path == "/")
            {
                problem = string.Empty;
                return (pair[0], id);
            }

            problem = $"names a WordPress id below {path}, where a static host serves a page by its path alone and no script can read the query: write the link the home page answers, '/?{pair[0]}={id}'";
            return null;
        }

        problem = path == "/"
            ? "has a query the home page cannot follow: only WordPress's '/?p=ID', '/?page_id=ID' and '/?attachment_id=ID' are (one parameter, a number); write one of those, or the old URL's path without its query"
            : $"has a query, which a static host ignores (it serves {path} alone): write the old URL's path without its query, '{path}'";
        return null;
    }

    /// <summary>
    /// Whether an alias with a query is meant as an old id link, readable or not: its query names a post by its id
    /// (<c>p=</c>, <c>page_id=</c>, <c>attachment_id=</c>), or it is the root's (<c>/?s=x</c>), which only the home page's
    /// script could follow. Any other query (<c>/2022/05/15/kyiv/?amp=1</c>) a static host ignores: that alias is its path.
    /// </summary>
    public static bool IsIdLink(string alias)
    {
        var (path, query) = PathAndQuery(alias);
        return path == "/" || query.Split('&', StringSplitOptions.RemoveEmptyEntries).Any(pair => Parameters.Contains(pair.Split('=')[0]));
    }

    private static (string Path, string Query) PathAndQuery(string alias)
    {
        var text = alias.Trim();
        if (Uri.TryCreate(text, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return (absolute.AbsolutePath, absolute.Query.TrimStart('?'));
        }

        var mark = text.IndexOf('?', StringComparison.Ordinal);
        var end = text.IndexOf('#', StringComparison.Ordinal);
        if (mark < 0)
        {
            return (end < 0 ? text : text[..end], string.Empty);
        }

        // "?p=5" is the root's query, as a browser reads it on the old blog's home page.
        var path = mark == 0 ? "/" : text[..mark];
        return (path, end > mark ? text[(mark + 1)..end] : text[(mark + 1)..]);
    }
}
