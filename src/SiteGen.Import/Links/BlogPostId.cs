using System.Globalization;

namespace SiteGen.Import.Links;

/// <summary>
/// A post's identity on its old blog: the blog's root address and the post's WordPress id, written as its shortlink
/// without the scheme (<c>blog.example/?p=12</c>, <c>example.com/blog/?p=12</c>). Neither a new slug nor a new date
/// changes it, and WordPress never gives an id twice on one blog.
/// </summary>
internal static class BlogPostId
{
    /// <summary>The identity of post <paramref name="id"/> of the blog at <paramref name="blogUrl"/>, or null if either is unknown.</summary>
    public static string? Of(string? blogUrl, long id) =>
        id > 0 && blogUrl is { Length: > 0 } && LinkMap.Address(blogUrl) is { } blog ? blog + "?p=" + id.ToString(CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// The identity a shortlink names (<c>https://blog.example/?p=12</c>, a page's <c>?page_id=12</c>): the blog is the
    /// address before the query. Null for any other URL.
    /// </summary>
    public static string? FromShortlink(string? url)
    {
        if (url is null || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
        {
            return null;
        }

        var pair = parsed.Query.TrimStart('?').Split('=');
        return pair.Length == 2 && pair[0] is ("p" or "page_id") && pair[1].Length is > 0 and < 19 && pair[1].All(char.IsAsciiDigit)
            ? Of(parsed.GetLeftPart(UriPartial.Path), long.Parse(pair[1], CultureInfo.InvariantCulture))
            : null;
    }
}
