using System.Globalization;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Import.Links;
using SiteGen.Import.Model;
using SiteGen.Text;

namespace SiteGen.Import.Writing;

/// <summary>
/// Decides where a post goes and what its front matter says: <c>dispatches/&lt;yyyy&gt;/&lt;slug&gt;.md</c> or
/// <c>pages/&lt;parents&gt;/&lt;slug&gt;.md</c>, the original date and slug kept so the permalink stays the URL, and
/// the old path as an alias where the site's URL differs (another permalink pattern or time zone).
/// </summary>
internal sealed class PostPlacer(SiteConfig config, ActorTagger actors, bool suggestActors, bool archiveComments = true)
{
    private static readonly string[] PageEndings = [".html", ".htm"];

    /// <summary>
    /// Places the post; a <paramref name="number"/> above 1 gives it the numbered slug WordPress gives a slug already
    /// taken (<c>about-2</c>), for when another post of the import has its URL.
    /// </summary>
    public PlacedPost Place(ImportedPost post, int number = 1)
    {
        var notes = post.Notes.ToList();
        var slug = post.Slug;
        if (slug is not null && PageEnding(slug) is { } ending)
        {
            // Squarespace's exports give "basic-post.html" for /blog/basic-post.html (WordPress never puts a '.' in a
            // slug). Kept, it would make the URL a folder named like a file, /2013/06/07/basic-post.html/, which is
            // still not the old URL: the old URL is an alias either way, and redirects.
            slug = slug[..^ending.Length];
            notes.Add(post.OldPath is null
                ? $"The old slug '{post.Slug}' ends in '{ending}', a page's ending: the URL here is made of '{slug}'."
                : $"The old slug '{post.Slug}' ends in '{ending}', a page's ending: the URL here is made of '{slug}', and the old URL redirects to it.");
        }

        if (slug is not null && SlugRules.Problem(slug) is not null)
        {
            // Under WordPress's plain permalinks the old URL is the id's (/?p=32), which leads here too.
            notes.Add(post.OldPath is not null
                ? $"The WordPress slug '{slug}' is not usable here; the old URL redirects to the new one."
                : post.OldUrl is not null && post.OldId > 0 && post.OldUrlIsTheBlogs
                    ? $"The WordPress slug '{slug}' is not usable here; the old URL, {WordPressId.LinkOf(post.Kind == ImportedKind.Page ? "page_id" : "p", post.OldId)}, leads to the new one."
                    : $"The WordPress slug '{slug}' is not usable here, and the export gives no old URL to redirect from.");
            slug = Slugifier.Slugify(slug);
        }

        var fileSlug = slug ?? Slugifier.Of(post.Title);
        if (post.Kind == ImportedKind.Page)
        {
            return PlacePage(post, fileSlug, number, notes);
        }

        if (number > 1)
        {
            fileSlug = slug = Numbered(fileSlug, number);
        }

        return PlaceDispatch(post, slug, fileSlug, notes);
    }

    /// <summary>The ".html" or ".htm" a slug ends in after a word (the old site's page ending), else null.</summary>
    private static string? PageEnding(string slug) =>
        PageEndings.FirstOrDefault(e => slug.Length > e.Length && slug.EndsWith(e, StringComparison.OrdinalIgnoreCase) && char.IsLetterOrDigit(slug[^(e.Length + 1)]));

    private PlacedPost PlaceDispatch(ImportedPost post, string? slug, string fileSlug, List<string> notes)
    {
        var date = post.Date!.Value;
        var local = !post.DateHasTime
            ? DateParser.FromLocal(date.Date, config.TimeZone)
            : post.OffsetKnown ? TimeZoneInfo.ConvertTime(date, config.TimeZone) : DateParser.FromLocal(date.DateTime, config.TimeZone);
        var sitePath = PermalinkPattern.Expand(config.Permalink, local, fileSlug);

        var mentioned = actors.Mentioned(post.BodyText).Select(a => a.Id).ToList();
        var named = new List<string>();
        var tags = new List<string>();
        var categories = new List<string>();
        var actorTerms = new List<(TaxonomyKind Kind, string Term, string ActorId)>();
        foreach (var (term, isCategory) in post.Categories.Select(c => (c, true)).Concat(post.Terms.Select(t => (t, false))))
        {
            if (actors.Named(term) is { } actor)
            {
                named.Add(actor.Id);
                actorTerms.Add((isCategory ? TaxonomyKind.Categories : TaxonomyKind.Tags, term, actor.Id));
            }
            else
            {
                (isCategory ? categories : tags).Add(term);
            }
        }

        var added = (suggestActors ? named : mentioned.Concat(named)).Distinct(StringComparer.Ordinal).ToList();
        var suggested = suggestActors ? mentioned.Where(a => !added.Contains(a, StringComparer.Ordinal)).ToList() : [];
        var document = new PostDocument
        {
            Kind = ImportedKind.Dispatch,
            Title = post.Title,
            Date = DateText(post, local),
            Slug = slug,
            Draft = post.Draft,
            Series = post.Series,
            Summary = post.Summary,
            Actors = added,
            Tags = tags,
            Categories = categories,
            Author = post.Author,
            CoAuthors = post.CoAuthors,
            WordPressSlugs = WordPressSlugs(post, tags, categories, actorTerms),
            Sticky = post.Sticky,
            Modified = post.Modified is { } modified ? modified.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : null,
            Image = post.Image,
            Aliases = Aliases(post, sitePath, notes),
            Guid = post.Guid,
            Notes = notes,
            Body = archiveComments ? post.Body + CommentArchive.Markdown(post.Comments) : post.Body,
        };
        var target = $"{config.ContentPath(SiteConfig.DispatchFolder)}/{local.Year.ToString("D4", CultureInfo.InvariantCulture)}/{fileSlug}.md";
        return new PlacedPost(post, target, sitePath, document, added, suggested);
    }

    private PlacedPost PlacePage(ImportedPost post, string fileSlug, int number, List<string> notes)
    {
        // The same path PageReader derives from the file's place: folders slugified, the page's own slug kept.
        var folders = post.Parents.Select(Slugifier.Slugify).ToList();
        if (post.WithChildren && Slugifier.Slugify(fileSlug) is { Length: > 0 } folder && folder != fileSlug)
        {
            // Its children are in the folder of its slugified slug (/новини/child/ in novini/): it goes with them, at
            // /novini/, rather than alone at /новини/.
            notes.Add($"WordPress had this page at {PagePath(folders, fileSlug)}; the pages under it are in the folder '{folder}' here (a folder's name is made like a slug), so it is at {PagePath(folders, folder)} with them.");
            fileSlug = folder;
        }

        var sitePath = PagePath(folders, fileSlug);
        if (SiteOwnPaths.Holds(sitePath, config))
        {
            // WordPress's "Archives" or "Search" page: the site's own page of that name takes its URL.
            var own = sitePath;
            fileSlug += "-page";
            notes.Add($"WordPress had this page at {own}, which is the site's own page here (old links to it now show that): this one is at {PagePath(folders, Numbered(fileSlug, number))}.");
        }

        fileSlug = Numbered(fileSlug, number);
        sitePath = PagePath(folders, fileSlug);
        var localDate = post.Date is { } date ? (post.OffsetKnown ? TimeZoneInfo.ConvertTime(date, config.TimeZone) : DateParser.FromLocal(date.DateTime, config.TimeZone)) : (DateTimeOffset?)null;
        var document = new PostDocument
        {
            Kind = ImportedKind.Page,
            Title = post.Title,
            Date = localDate is { } local ? DateText(post, local) : null,
            Slug = Slugifier.Slugify(fileSlug) != fileSlug ? fileSlug : null,
            Draft = post.Draft,
            Summary = post.Summary,
            Aliases = Aliases(post, sitePath, notes),
            Notes = notes,
            Body = archiveComments ? post.Body + CommentArchive.Markdown(post.Comments) : post.Body,
        };
        var target = $"{config.ContentPath(PageReader.Folder)}/{string.Concat(folders.Select(f => f + "/"))}{fileSlug}.md";
        return new PlacedPost(post, target, sitePath, document, [], []);
    }

    private static string PagePath(List<string> folders, string fileSlug) => "/" + string.Concat(folders.Select(f => f + "/")) + fileSlug + "/";

    private static string Numbered(string slug, int number) => number > 1 ? $"{slug}-{number.ToString(CultureInfo.InvariantCulture)}" : slug;

    /// <summary>
    /// The old blog's slugs of the tags, categories and author the dispatch keeps, where SiteGen would make another
    /// of the name (<c>russia-2</c>, a Cyrillic slug, a login, a child category's <c>europe/news</c>): the build keeps
    /// their old URLs leading to the term pages. A name two of the old terms had (News under Europe and under Asia) has both.
    /// A tag's or category's that became an actor is always there, under the actor's id: the build has no term of it
    /// whose page it could lead to, only the actor's.
    /// </summary>
    private static List<(TaxonomyKind Kind, string Name, string Slug)> WordPressSlugs(ImportedPost post, List<string> tags, List<string> categories,
        List<(TaxonomyKind Kind, string Term, string ActorId)> actorTerms)
    {
        bool Kept(TaxonomyKind kind, string name) => kind switch
        {
            TaxonomyKind.Tags => tags.Contains(name, StringComparer.OrdinalIgnoreCase),
            TaxonomyKind.Categories => categories.Contains(name, StringComparer.OrdinalIgnoreCase),
            _ => post.Author == name || post.CoAuthors.Contains(name),
        };

        return post.OldSlugs
            .Where(s => Kept(s.Kind, s.Name) && TermSlug.Of(s.Name) is { } own && own != s.Slug && WordPressTermSlug.Problem(s.Slug, s.Kind) is null)
            .Concat(post.OldSlugs.SelectMany(s => actorTerms.Where(a => a.Kind == s.Kind && string.Equals(a.Term, s.Name, StringComparison.OrdinalIgnoreCase))
                .Select(a => (s.Kind, Name: a.ActorId, s.Slug))))
            .Where(s => WordPressTermSlug.Problem(s.Slug, s.Kind) is null)
            .DistinctBy(s => (s.Kind, s.Name.ToUpperInvariant(), s.Slug))
            .ToList();
    }

    /// <summary>The date as the input gave it: a day, or the time with its original offset (a wall-clock time gets the site's).</summary>
    private static string DateText(ImportedPost post, DateTimeOffset local)
    {
        if (!post.DateHasTime)
        {
            return post.Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var value = post.OffsetKnown ? post.Date!.Value : local;
        return value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The old path (<see cref="Aliases(string?, string, List{string})"/>), those of the post's further pages on
    /// WordPress, its earlier permalinks, and its link by id.
    /// </summary>
    private List<string> Aliases(ImportedPost post, string sitePath, List<string> notes)
    {
        var aliases = Aliases(post.OldPath, sitePath, notes);
        aliases.AddRange(FurtherPages(post));
        aliases.AddRange(post.EarlierPaths.SelectMany(earlier => Aliases(earlier, sitePath, notes)).Where(a => !aliases.Contains(a, StringComparer.OrdinalIgnoreCase)).ToList());
        if (post.OldId > 0 && post.OldUrlIsTheBlogs)
        {
            // WordPress's shortlinks, and many shared links, name a post by id; the site's home page follows them.
            aliases.Add(WordPressId.LinkOf(post.Kind == ImportedKind.Page ? "page_id" : "p", post.OldId));
        }

        return aliases;
    }

    /// <summary>/2022/05/15/slug/2/...: WordPress's links to the pages of a post split by <c>&lt;!--nextpage--&gt;</c>.</summary>
    private IEnumerable<string> FurtherPages(ImportedPost post)
    {
        if (post.Pages < 2 || post.OldPath is not { } old || SiteOwnPaths.Holds(old, config))
        {
            return [];
        }

        var folder = OldPath.Normalise(old).TrimEnd('/');
        if (folder.Length == 0 || folder[(folder.LastIndexOf('/') + 1)..].Contains('.', StringComparison.Ordinal))
        {
            return [];
        }

        return Enumerable.Range(2, post.Pages - 1).Select(n => $"{folder}/{n.ToString(CultureInfo.InvariantCulture)}/").Where(p => SlugRules.AliasProblem(p) is null);
    }

    /// <summary>
    /// The old path, unless it is the page's own URL once both are normalised (an alias to itself breaks the build), or
    /// one the site's own pages have.
    /// </summary>
    private List<string> Aliases(string? oldPath, string sitePath, List<string> notes)
    {
        if (oldPath is null)
        {
            return [];
        }

        var path = OldPath.Normalise(oldPath);
        if (SlugRules.AliasProblem(path) is not null)
        {
            return [];
        }

        if (SiteOwnPaths.Holds(path, config) && !string.Equals(path, sitePath, StringComparison.OrdinalIgnoreCase))
        {
            notes.Add($"The old URL {path} is the site's own page here, so it cannot redirect to this one.");
            return [];
        }

        // The build claims URLs without regard to case (a static host may serve either), so neither may the alias.
        return string.Equals(SlugRules.NormaliseAlias(path), OldPath.Normalise(sitePath), StringComparison.OrdinalIgnoreCase) ? [] : [path];
    }
}
