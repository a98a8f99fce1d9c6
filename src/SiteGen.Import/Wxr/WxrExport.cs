using SiteGen.Import.Model;

namespace SiteGen.Import.Wxr;

/// <summary>What an export (or the files of one split export) held: its items, the blog's root URL and its authors.</summary>
/// <param name="Items">Every item of the export, in file order.</param>
/// <param name="BlogPath">The path of the blog's root URL ("/" or "/blog/").</param>
/// <param name="BlogUrl">The blog's root URL as the export gave it (base_blog_url, else base_site_url, else the channel link); empty when none.</param>
internal sealed record WxrExport(IReadOnlyList<WxrItem> Items, string BlogPath, string BlogUrl = "")
{
    /// <summary>
    /// The blog's addresses as its channel names them (<c>wp:base_blog_url</c>, <c>wp:base_site_url</c>): the only
    /// hosts <c>--fetch-media</c> takes for the blog's own, as an item's link may name any host.
    /// </summary>
    public IReadOnlyList<string> BaseUrls { get; init; } = [];

    /// <summary>By login (dc:creator).</summary>
    public IReadOnlyDictionary<string, WxrAuthor> Authors { get; init; } = new Dictionary<string, WxrAuthor>(StringComparer.Ordinal);

    /// <summary>Each child category's parent, by slug (decoded <c>wp:category_nicename</c> and <c>wp:category_parent</c>).</summary>
    public IReadOnlyDictionary<string, string> CategoryParents { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Each declared category's name, by slug (decoded <c>wp:category_nicename</c>, <c>wp:cat_name</c> as text).</summary>
    public IReadOnlyDictionary<string, string> CategoryNames { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The slug of the category the export declares with term id 1, WordPress's default one; null when it declares none.</summary>
    public string? DefaultCategorySlug { get; init; }

    /// <summary>
    /// Whether the category is WordPress's default one (<see cref="DefaultCategory"/>): term 1 while it keeps a default
    /// name or slug when the export declares it; by name or slug alone when it does not.
    /// </summary>
    public bool IsDefaultCategory(string slug, string? name)
    {
        if (slug == "uncategorized")
        {
            return true;
        }

        if (DefaultCategorySlug is null)
        {
            return DefaultCategory.Looks(name, slug);
        }

        return slug == DefaultCategorySlug && DefaultCategory.Looks(name ?? CategoryNames.GetValueOrDefault(slug), slug);
    }

    /// <summary>The files this export was read from, in the order given.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Lines WxrReader repaired (CDATA sections that held "]]&gt;"), for the report.</summary>
    public bool Repaired { get; init; }

    /// <summary>Items another file of the same blog also held, each with the copy taken instead, for the report.</summary>
    public IReadOnlyList<(WxrItem Item, WxrItem TakenInstead)> Replaced { get; init; } = [];

    /// <summary>
    /// The path of a category's archive below <c>/category/</c>: its ancestors' slugs, outermost first, then its own
    /// (<c>europe/ukraine/news</c>), as WordPress's links to it have it. A parent the export does not declare ends the
    /// walk, and so does a loop.
    /// </summary>
    public string CategoryPath(string slug)
    {
        var path = new List<string> { slug };
        for (var parent = CategoryParents.GetValueOrDefault(slug); parent is not null && !path.Contains(parent, StringComparer.Ordinal); parent = CategoryParents.GetValueOrDefault(parent))
        {
            path.Insert(0, parent);
        }

        return string.Join('/', path);
    }

    /// <summary>
    /// The slugs of a category's ancestors, nearest first (<c>ukraine</c>, <c>europe</c> for <c>kharkiv</c>), as
    /// <see cref="CategoryPath"/> walks them.
    /// </summary>
    public IEnumerable<string> CategoryAncestors(string slug)
    {
        var path = CategoryPath(slug).Split('/');
        return path[..^1].Reverse();
    }

    /// <summary>One export from the files of a split export (blog.000.xml, blog.001.xml): items, authors and sources together.</summary>
    /// <remarks>An item two files both hold (two exports of one blog, made at different times) is taken from the later file.</remarks>
    public static WxrExport Merge(IReadOnlyList<WxrExport> parts)
    {
        if (parts.Count == 1)
        {
            return parts[0];
        }

        var items = parts.SelectMany(p => p.Items).ToList();
        var last = new Dictionary<(string, long), int>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Id > 0)
            {
                last[(items[i].Type, items[i].Id)] = i;
            }
        }

        bool Taken(WxrItem item, int i) => item.Id <= 0 || last[(item.Type, item.Id)] == i;
        return new WxrExport(items.Where(Taken).ToList(), parts[0].BlogPath, parts[0].BlogUrl)
        {
            BaseUrls = parts.SelectMany(p => p.BaseUrls).Distinct(StringComparer.Ordinal).ToList(),
            Authors = parts.SelectMany(p => p.Authors.Values).GroupBy(a => a.Login, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal),
            CategoryParents = parts.SelectMany(p => p.CategoryParents).DistinctBy(c => c.Key, StringComparer.Ordinal).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal),
            CategoryNames = parts.SelectMany(p => p.CategoryNames).DistinctBy(c => c.Key, StringComparer.Ordinal).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal),
            DefaultCategorySlug = parts.Select(p => p.DefaultCategorySlug).FirstOrDefault(s => s is not null),
            Sources = parts.SelectMany(p => p.Sources).ToList(),
            Repaired = parts.Any(p => p.Repaired),
            Replaced = items.Select((item, i) => (item, i)).Where(x => !Taken(x.item, x.i)).Select(x => (x.item, items[last[(x.item.Type, x.item.Id)]])).ToList(),
        };
    }
}
