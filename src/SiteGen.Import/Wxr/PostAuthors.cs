namespace SiteGen.Import.Wxr;

/// <summary>
/// A post's authors as the blog showed them: the terms of the <c>author</c> taxonomy that Co-Authors Plus and
/// PublishPress Authors give a post of several authors, the one in <c>dc:creator</c> (the post's author) first, else
/// that one alone.
/// </summary>
/// <remarks>
/// Co-Authors Plus names its term by the user's login and slugs it <c>cap-</c> and the user's nicename; PublishPress
/// Authors names it by the display name and slugs it by the nicename. A term that is no user of the export is a guest
/// author, shown by the term's name. Each author's archive is <c>/author/NICENAME/</c>.
/// </remarks>
internal static class PostAuthors
{
    /// <summary>The author taxonomy's domain in the export.</summary>
    public const string Domain = "author";

    private const string CoAuthorsPlusPrefix = "cap-";

    /// <summary>Each author's shown name and nicename, the first the main author; empty when the post names none.</summary>
    public static IReadOnlyList<(string Name, string Nicename)> Of(WxrItem item, WxrExport export)
    {
        var authors = new List<(string Name, string Nicename)>();
        foreach (var (domain, nicename, name) in item.Terms)
        {
            if (domain != Domain)
            {
                continue;
            }

            var termName = WxrConverter.TextOf(name);
            var slug = WxrConverter.Decode(nicename).Trim();
            if (slug.StartsWith(CoAuthorsPlusPrefix, StringComparison.Ordinal))
            {
                slug = slug[CoAuthorsPlusPrefix.Length..];
            }

            var user = export.Authors.Values.FirstOrDefault(a => a.Login == termName)
                ?? export.Authors.Values.FirstOrDefault(a => slug.Length > 0 && WxrConverter.Nicename(a.Login) == slug)
                ?? export.Authors.Values.FirstOrDefault(a => a.DisplayName.Length > 0 && a.DisplayName == termName);
            var author = user is not null
                ? (Name: user.DisplayName.Length > 0 ? user.DisplayName : user.Login, Nicename: WxrConverter.Nicename(user.Login))
                : (Name: termName, Nicename: slug);
            if (author.Name.Length > 0 && !authors.Any(a => a.Name == author.Name))
            {
                authors.Add(author);
            }
        }

        if (authors.Count == 0 && item.Creator.Length > 0)
        {
            var name = export.Authors.TryGetValue(item.Creator, out var creator) ? creator.DisplayName : item.Creator;
            authors.Add((name, WxrConverter.Nicename(item.Creator)));
        }

        // The export lists a post's terms by name (wp_get_object_terms' default order), not the post's; its main author,
        // the one the plugins keep in post_author, is dc:creator: that one first, the others as the export lists them.
        var main = authors.FindIndex(a => item.Creator.Length > 0 && a.Nicename == WxrConverter.Nicename(item.Creator));
        if (main > 0)
        {
            var first = authors[main];
            authors.RemoveAt(main);
            authors.Insert(0, first);
        }

        return authors;
    }
}
