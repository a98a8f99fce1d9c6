using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Import.Links;
using SiteGen.Import.Model;

namespace SiteGen.Import.Html;

/// <summary>
/// Reads a saved WordPress or WordPress.com post page: title, date, author, categories, tags, featured image and
/// the entry content, without the theme around it or the widgets inside it.
/// </summary>
internal static partial class SavedPageReader
{
    /// <summary>The post's text in core, WordPress.com and common themes; <c>.storycontent</c> is WordPress 1.5's default theme ("Classic") and its descendants.</summary>
    private const string ContentSelectors = ".entry-content, .wp-block-post-content, .post-content, .post-entry, [itemprop='articleBody'], .storycontent";

    /// <summary>
    /// The post's text in Kubrick (WordPress's default theme from 1.5 to 2.9) and the many themes made from it,
    /// WordPress.com's among them: a class other sites use for other things, so it counts only where the page has one.
    /// </summary>
    private const string KubrickContent = "div.entry, div.entrytext";

    /// <summary>Whether the page holds a post's content at all (used to tell a saved post from any other HTML).</summary>
    public static bool HasPostContent(IDocument document) => document.QuerySelector(ContentSelectors) is not null;

    /// <summary>Reads a saved page; <paramref name="pageFolder"/> is the folder it is in, where a browser saved its pictures (<see cref="SavedPageFiles"/>), or null.</summary>
    public static ReadResult Read(string html, string sourcePath, DiagnosticBag diagnostics, string? pageFolder = null)
    {
        var document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html);
        var listed = ListingPage.Posts(document);
        return listed.Count == 0 ? Read(document, new SourceLocation(sourcePath), diagnostics, pageFolder) : ReadListing(listed, sourcePath, diagnostics, pageFolder);
    }

    /// <summary>
    /// Each post of a saved home, archive or search page, read as its own page. One shown only up to its "Continue
    /// reading" link, or by its title alone, is imported as a draft: what the page holds is kept (a title, its date,
    /// its old URL and terms are what the author needs to find the whole post), and nothing is published cut short.
    /// </summary>
    private static ReadResult ReadListing(IReadOnlyList<ListingPage.ListedPost> listed, string sourcePath, DiagnosticBag diagnostics, string? pageFolder)
    {
        var posts = new List<ImportedPost>();
        var skipped = new List<SkippedRecord>();
        foreach (var entry in listed)
        {
            var where = new SourceLocation(sourcePath, entry.Line, entry.Column);
            var result = Read(new HtmlParser().ParseDocument(entry.Html), where, diagnostics, pageFolder);
            skipped.AddRange(result.Skipped);
            foreach (var post in result.Posts)
            {
                if (!entry.Teaser)
                {
                    posts.Add(post);
                    continue;
                }

                var whole = entry.Url is null ? "its own page" : $"its own page ({entry.Url})";
                var shown = entry.TitleOnly ? "by its title alone, without its text" : "only in part (up to 'Continue reading', or an excerpt)";
                diagnostics.Warning(DiagnosticCodes.ImportPartOfPost, where,
                    $"'{post.Title}' is shown on this page {shown}: imported as a draft with what is shown, unless this import or an earlier one holds the whole post; save {whole} and import it to bring the whole post");
                posts.Add(post with
                {
                    Draft = true,
                    Partial = true,
                    Notes = [.. post.Notes, entry.TitleOnly
                        ? $"The saved page showed this post by its title alone: its text is on {whole}. Imported as a draft."
                        : $"The saved page showed this post only up to its 'Continue reading' link: the rest is on {whole}. Imported as a draft."],
                });
            }
        }

        return new ReadResult(posts, skipped);
    }

    private static ReadResult Read(IDocument document, SourceLocation where, DiagnosticBag diagnostics, string? pageFolder)
    {
        // A message the author quotes in the post is the post's: only the server's, printed around it, goes.
        ServerErrorOutput.Remove(document, document.QuerySelector(ContentSelectors) ?? KubrickEntry(document));
        var sourcePath = where.ToString();
        var canonical = Canonical(document, out var archived);
        var content = document.QuerySelector(ContentSelectors);
        var guessed = content is null;
        if (content is null)
        {
            content = MainContentExtractor.Extract(document, canonical);
            if (KubrickEntry(document) is { } entry && (content is null || (!Holds(content, entry) && IsThePosts(entry, Title(document, canonical)))))
            {
                // The extraction lost the post (a short one: "PDF: a link") and took the byline or a widget for it.
                content = entry;
                guessed = false;
            }
            else if (content is null)
            {
                diagnostics.Error(DiagnosticCodes.ImportUnknownFormat, where,
                    "an HTML page, but no post in it: no entry content (.entry-content, .wp-block-post-content) and no main text found");
                return ReadResult.Failed;
            }

            else
            {
                diagnostics.Info(DiagnosticCodes.ImportMainContentGuessed, where,
                    "the theme marks no entry content: the post's text was found by main-content extraction; check the start and end of its body");
            }
        }

        var oldPath = PermalinkPath(canonical);
        var (date, hasTime) = PublishedDate(document, oldPath);
        var title = Title(document, canonical);
        var kind = document.Body?.ClassList.Contains("page") == true ? ImportedKind.Page : ImportedKind.Dispatch;
        var image = FeaturedImage(document, content);
        var categoryLinks = TermLinks(document, "a[rel~='category'], .taxonomy-category a, .cat-links a");
        var tagLinks = TermLinks(document, ".tags-links a, .taxonomy-post_tag a, a[rel='tag']:not([rel~='category'])");
        // A saved page names no term ids: WordPress's default category is known by its name or its link's slug.
        var ownCategories = categoryLinks.Where(t => !DefaultCategory.Looks(t.Name, t.Slug)).ToList();
        var categories = ownCategories.Select(t => t.Name).Where(IsTerm).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (categoryLinks.Count == 0 && Attribute(document, "meta[property='article:section']", "content") is { } section && IsTerm(section) && !DefaultCategory.Looks(section, null))
        {
            // A theme that links the post's categories without rel="category": SEO plugins (Yoast, All in One SEO)
            // name its first category in article:section, as they name its tags in article:tag.
            categories.Add(section);
        }

        var tags = tagLinks.Select(t => t.Name)
            .Concat(document.QuerySelectorAll("meta[property='article:tag']").Select(m => m.GetAttribute("content")?.Trim() ?? string.Empty))
            .Where(t => IsTerm(t) && !categories.Contains(t, StringComparer.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var author = PostAuthor.Of(document);
        var guid = Guid(document, canonical);

        if (guessed)
        {
            RemoveOwnHeading(content, title);
        }

        PageChrome.Remove(content);
        ExcerptCopy.Remove(content);

        // The page's metadata is read: what only repeats it in the body goes.
        Bylines.Remove(content, document, title);
        var saved = pageFolder is null ? new Dictionary<string, string>() : SavedPageFiles.Resolve(content, pageFolder, where, diagnostics);
        var converted = HtmlToMarkdown.Convert(content, keepMoreDivider: true);
        if (date is null && kind == ImportedKind.Dispatch)
        {
            diagnostics.Warning(DiagnosticCodes.ImportSkipped, where,
                $"'{title}' has no publication date (no article:published_time, <time datetime>, dated permalink or date line beside the post); not imported");
            return new ReadResult([], [new SkippedRecord(sourcePath, title ?? sourcePath, "no publication date in the page")]);
        }

        var slug = oldPath is null ? null : Uri.UnescapeDataString(oldPath.TrimEnd('/')[(oldPath.TrimEnd('/').LastIndexOf('/') + 1)..]);
        var post = new ImportedPost
        {
            Source = ImportedSource.SavedPage,
            Kind = kind,
            SourcePath = sourcePath,
            Title = title ?? Fallbacks.Title(converted.Text, date),
            Date = date,
            DateHasTime = hasTime,
            Slug = string.IsNullOrEmpty(slug) ? null : slug,
            OldPath = oldPath is null ? null : Uri.UnescapeDataString(oldPath),
            OldUrl = oldPath is null ? null : canonical!.Trim(),
            ReadFromArchive = archived,
            OldUrlIsTheBlogs = !guessed && IsWordPress(document),
            Categories = categories,
            Terms = tags,
            OldSlugs = [.. ownCategories.Select(t => (TaxonomyKind.Categories, t.Name, t.Slug)).Concat(tagLinks.Select(t => (TaxonomyKind.Tags, t.Name, t.Slug)))
                .Where(t => t.Slug is not null && IsTerm(t.Name)).Select(t => (t.Item1, t.Name, t.Slug!))],
            Image = image,
            Guid = guid,
            BlogPostId = Links.BlogPostId.FromShortlink(guid) ?? BodyClassId(document, canonical),
            Author = author,
            Body = converted.Markdown,
            BodyText = converted.Text,
            SavedFiles = saved,
            UploadsBlog = UploadsBlog.Of(document, content, canonical),
        };
        return new ReadResult([post], []);
    }

    /// <summary>
    /// The page's one Kubrick entry outside the sidebars, widgets and comments. Main-content extraction needs a
    /// paragraph of some length to find a post, so a short one ("PDF: a link") is lost to it, and the byline above
    /// the title taken instead; where the extraction's text does not hold the entry's, the entry is the post. (Where
    /// it does, the extraction's is kept: Kubrick writes its "This entry was posted …" lines inside the entry.)
    /// </summary>
    private static IElement? KubrickEntry(IDocument document)
    {
        var entries = document.QuerySelectorAll(KubrickContent).Where(e => e.Closest(MainContentExtractor.Surroundings) is null).ToList();
        return entries.Count == 1 && entries[0].QuerySelector(KubrickContent) is null ? entries[0] : null;
    }

    /// <summary>
    /// Whether <paramref name="entry"/> is the post's: the post's box around it (<c>.post</c>, an article) holds the
    /// post's title heading. A sidebar's or a footer's lone entry is not, and does not replace the text found.
    /// </summary>
    private static bool IsThePosts(IElement entry, string? title) =>
        title is not null && entry.GetAncestors().OfType<IElement>().Where(a => a.LocalName != "body" && a.Matches(PostBox))
            .Any(post => post.QuerySelectorAll("h1, h2, h3").Any(h => WhitespaceRun().Replace(VisibleTextOf(h), " ").Trim().Equals(title, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The box themes give a post: Kubrick's <c>div.post</c>, hAtom's <c>.hentry</c>, an article.</summary>
    private const string PostBox = "article, .post, .hentry, .type-post, .type-page, [id^='post-']";

    /// <summary>Whether <paramref name="content"/> holds the first words of <paramref name="entry"/>.</summary>
    private static bool Holds(IElement content, IElement entry)
    {
        var words = WhitespaceRun().Replace(VisibleTextOf(entry), " ").Trim();
        return WhitespaceRun().Replace(content.TextContent, " ").Contains(words[..Math.Min(words.Length, EntryStart)], StringComparison.Ordinal);
    }

    /// <summary>How many of an entry's first characters the extraction's text must hold to be the entry's.</summary>
    private const int EntryStart = 40;

    /// <summary>The post's title heading, which main-content extraction keeps at the top of the text: the page's, not the body's.</summary>
    private static void RemoveOwnHeading(IElement content, string? title)
    {
        var heading = content.QuerySelector("h1, h2, h3, h4, h5, h6");
        var text = heading is null ? string.Empty : WhitespaceRun().Replace(heading.TextContent, " ").Trim();
        if (heading is not null && title is not null && text.Equals(title, StringComparison.OrdinalIgnoreCase) &&
            WhitespaceRun().Replace(content.TextContent, " ").TrimStart().StartsWith(text, StringComparison.OrdinalIgnoreCase))
        {
            heading.Remove();
        }
    }

    private static string? Title(IDocument document, string? canonical)
    {
        var heading = document.QuerySelector(".entry-title, .wp-block-post-title, h1.post-title, .storytitle") is { } element ? VisibleTextOf(element) : null;
        var title = heading ?? Attribute(document, "meta[property='og:title']", "content");
        if (title is null && document.Title is { Length: > 0 } full)
        {
            // "Post title – Site name" or "Post title | Site name"; classic themes write "Site name » Post title".
            title = HeadingInTitle(document, full, canonical) ?? TitleSuffix().Replace(full, string.Empty);
        }

        var clean = title is null ? null : WhitespaceRun().Replace(title, " ").Trim();
        return string.IsNullOrEmpty(clean) ? null : clean;
    }

    private static readonly string[] TitleSeparators = [" » ", " « ", " | ", " – ", " — ", " - ", " :: ", " · ", " › "];

    /// <summary>
    /// The page's heading that the document title holds beside the blog's name ("Internet-Law » Verstößt …",
    /// "jovelblog » Blog Archive » Gefällt mir"): a theme with no title class and no og:title names the post
    /// in a heading, and the title tells which one, wherever it puts the blog's name. A heading that links to the
    /// blog's home is its name; of two that the title holds, the one at its end is the post's, as classic themes
    /// write it ("Blog » Vorher » Nachher", where the post's own title holds the separator).
    /// </summary>
    private static string? HeadingInTitle(IDocument document, string full, string? canonical)
    {
        var title = WhitespaceRun().Replace(WebUtility.HtmlDecode(full), " ").Trim();
        var home = BlogRoots(document, canonical);
        return document.QuerySelectorAll("h1, h2, h3")
            .Where(h => h.Closest(SiteNameHolders) is null && !h.QuerySelectorAll("a[href]").Any(a => a.GetAttribute("rel")?.Contains("home", StringComparison.OrdinalIgnoreCase) == true || IsHomeLink(a.GetAttribute("href"), canonical, home)))
            .Select(h => (Text: WhitespaceRun().Replace(VisibleTextOf(h), " ").Trim(), Permalink: h.QuerySelector("a[rel~='bookmark']") is not null))
            .Select(h => (h.Text, h.Permalink,
                AtEnd: h.Text.Length > 0 && (h.Text.Equals(title, StringComparison.OrdinalIgnoreCase) || TitleSeparators.Any(sep => title.EndsWith(sep + h.Text, StringComparison.OrdinalIgnoreCase))),
                AtStart: h.Text.Length > 0 && TitleSeparators.Any(sep => title.StartsWith(h.Text + sep, StringComparison.OrdinalIgnoreCase))))
            .Where(h => h.AtEnd || h.AtStart)
            .OrderByDescending(h => h.Permalink)
            .ThenByDescending(h => h.AtEnd)
            .Select(h => h.Text)
            .FirstOrDefault();
    }

    /// <summary>Where a theme writes the blog's own name as a heading.</summary>
    private const string SiteNameHolders = "header:not(.entry-header):not(.post-header), #header, #masthead, .site-header, .site-branding, .site-title, #site-title, #logo, #top";

    /// <summary>
    /// A link to the blog's home: its host's root, or the folder the blog lives in (<c>https://host/blog/</c>), which
    /// <paramref name="roots"/> names.
    /// </summary>
    private static bool IsHomeLink(string? href, string? canonical, IReadOnlyCollection<string> roots)
    {
        if (Uri.TryCreate(href?.Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            if (Links.BlogPostId.FromShortlink(url.AbsoluteUri) is not null)
            {
                // "/?p=12": a post's shortlink, which classic themes put on the post's heading.
                return false;
            }

            var sameHost = !Uri.TryCreate(canonical, UriKind.Absolute, out var page) || page.Host.Equals(url.Host, StringComparison.OrdinalIgnoreCase);
            return url.AbsolutePath is "/" or "" || (sameHost && roots.Contains(url.AbsolutePath.Trim('/'), StringComparer.OrdinalIgnoreCase));
        }

        return href?.Trim() is { } path && path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal)
            && (path == "/" || roots.Contains(path.Split('?', '#')[0].Trim('/'), StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The path of the folder the blog lives in, without slashes ("blog"), where it lives in one (see <see cref="BlogHome"/>).</summary>
    private static List<string> BlogRoots(IDocument document, string? canonical) =>
        BlogHome.Of(document, canonical)?.AbsolutePath.Trim('/') is { Length: > 0 } folder ? [folder] : [];

    private static (DateTimeOffset? Date, bool HasTime) PublishedDate(IDocument document, string? oldPath)
    {
        var candidates = new[]
        {
            Attribute(document, "meta[property='article:published_time']", "content"),
            Attribute(document, "time.entry-date.published", "datetime"),
            Attribute(document, "time.entry-date", "datetime"),
            Attribute(document, ".wp-block-post-date time", "datetime"),
            Attribute(document, "article time[datetime]", "datetime"),
        };
        foreach (var text in candidates.Where(c => !string.IsNullOrWhiteSpace(c)))
        {
            var value = text!.Trim();
            if (OffsetSuffix().IsMatch(value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
            {
                return (exact, true);
            }

            if (DateOnly.TryParse(value.Length >= 10 ? value[..10] : value, CultureInfo.InvariantCulture, out var day))
            {
                return (new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), false);
            }
        }

        var dated = oldPath is null ? Match.Empty : DatedPath().Match(oldPath);
        if (dated.Success && DateOnly.TryParseExact(dated.Value.Trim('/'), "yyyy/MM/dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var fromPath))
        {
            return (new DateTimeOffset(fromPath.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), false);
        }

        // A theme that writes the date only for the reader: the permalink's year and month, where it has them, vouch for it.
        var month = oldPath is null ? Match.Empty : MonthPath().Match(oldPath);
        var shown = month.Success
            ? ShownDate.Find(document, int.Parse(month.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(month.Groups[2].Value, CultureInfo.InvariantCulture))
            : ShownDate.Find(document, null, null);
        return shown is { } shownDay ? (new DateTimeOffset(shownDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), false) : (null, false);
    }

    /// <summary>The page's own URL as it names it; for a saved Wayback Machine copy, the URL it archived.</summary>
    private static string? Canonical(IDocument document, out bool archived)
    {
        var canonical = Attribute(document, "link[rel='canonical']", "href") ?? Attribute(document, "meta[property='og:url']", "content");
        var original = canonical is null ? null : ArchivedCopy.ArchivedUrl(canonical);
        archived = original is not null;
        return original?.OriginalString ?? canonical;
    }

    /// <summary>A page WordPress made: its generator says so, or it loads WordPress's own files.</summary>
    private static bool IsWordPress(IDocument document) =>
        document.QuerySelector("meta[name='generator'][content^='WordPress' i]") is not null
        || document.QuerySelector("link[href*='/wp-content/'], link[href*='/wp-includes/'], script[src*='/wp-content/'], script[src*='/wp-includes/']") is not null;

    /// <summary>The permalink's path, or null when the page does not say where it lived.</summary>
    private static string? PermalinkPath(string? canonical) =>
        Uri.TryCreate(canonical?.Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && url.AbsolutePath.Length > 1 && url.Query.Length == 0
            ? url.AbsolutePath
            : null;

    private static ImportedImage? FeaturedImage(IDocument document, IElement content)
    {
        var image = document.QuerySelectorAll("img.wp-post-image, .post-thumbnail img, .wp-block-post-featured-image img")
            .FirstOrDefault(i => !content.Contains(i));
        var src = SafeUrl.Clean(image?.GetAttribute("src"), forImage: true);
        if (image is null || src is null)
        {
            return null;
        }

        var caption = image.Closest("figure")?.QuerySelector("figcaption")?.TextContent.Trim();
        var alt = image.GetAttribute("alt")?.Trim();
        return new ImportedImage(src, string.IsNullOrEmpty(alt) ? null : alt, string.IsNullOrEmpty(caption) ? null : caption, null);
    }

    /// <summary>WordPress's guid for a post is "home/?p=ID": from the shortlink, else from the post's id and the blog's home (<see cref="BlogHome"/>).</summary>
    private static string? Guid(IDocument document, string? canonical)
    {
        var shortlink = Attribute(document, "link[rel='shortlink']", "href")?.Trim();
        if (shortlink is not null && shortlink.Contains("?p=", StringComparison.Ordinal))
        {
            // A Wayback Machine copy links the archive's copy of the shortlink.
            return ArchivedCopy.ArchivedUrl(shortlink)?.OriginalString ?? shortlink;
        }

        var id = document.QuerySelector("article[id^='post-']")?.Id?["post-".Length..];
        return id is { Length: > 0 } && id.All(char.IsAsciiDigit) && BlogHome.Of(document, canonical) is { } home
            ? $"{home.AbsoluteUri}?p={id}"
            : null;
    }

    /// <summary>
    /// The post's identity from the classes WordPress gives a single post's or page's body (<c>postid-12</c>,
    /// <c>page-id-12</c>) and the blog's home, for a page that shows neither its shortlink nor its article's id.
    /// </summary>
    private static string? BodyClassId(IDocument document, string? canonical)
    {
        var id = document.Body?.ClassList.Select(c => c.StartsWith("postid-", StringComparison.Ordinal) ? c["postid-".Length..] : c.StartsWith("page-id-", StringComparison.Ordinal) ? c["page-id-".Length..] : null)
            .FirstOrDefault(n => n is { Length: > 0 and < 19 } && n.All(char.IsAsciiDigit));
        return id is not null && BlogHome.Of(document, canonical) is { } home ? Links.BlogPostId.FromShortlink($"{home.AbsoluteUri}?p={id}") : null;
    }

    /// <summary>An element's words without those of scripts or styles inside it.</summary>
    private static string VisibleTextOf(IElement element)
    {
        var copy = (IElement)element.Clone(deep: true);
        HtmlSanitizer.Sanitize(copy);
        return copy.TextContent;
    }

    private static string? Attribute(IDocument document, string selector, string attribute)
    {
        var value = document.QuerySelector(selector)?.GetAttribute(attribute);
        return string.IsNullOrWhiteSpace(value) ? null : WebUtility.HtmlDecode(value).Trim();
    }

    /// <summary>
    /// A theme's term links: each name without the marks the theme puts around it ("› Gebäck", "Kyiv,"), and the slug its
    /// archive had on the blog (/category/geschenk-%e2%9d%a4/), which the build keeps leading to the term's page.
    /// </summary>
    private static List<(string Name, string? Slug)> TermLinks(IDocument document, string selector) =>
        document.QuerySelectorAll(selector)
            .Select(e => (Name: WhitespaceRun().Replace(e.TextContent, " ").Trim().Trim(TermDecoration).Trim(), Slug: ArchiveSlug(e.GetAttribute("href"))))
            .Where(t => t.Name.Length > 0)
            .DistinctBy(t => (t.Name.ToUpperInvariant(), t.Slug))
            .ToList();

    private static readonly char[] TermDecoration = ['›', '»', '‹', '«', '·', '•', '|', ',', ';', ':', ' ', '\u00A0'];

    private static bool IsTerm(string name) => name.Length > 0 && !name.Equals("Uncategorized", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The slug of a /tag/.../ link, or the path of a /category/.../ link (a child category's archive is
    /// /category/parent/child/), decoded; null for any other link.
    /// </summary>
    private static string? ArchiveSlug(string? href)
    {
        if (href is null || !Uri.TryCreate(href, UriKind.Absolute, out var url))
        {
            return null;
        }

        var segments = url.AbsolutePath.Trim('/').Split('/');
        var category = Array.IndexOf(segments, "category");
        return category >= 0 && category < segments.Length - 1 ? string.Join('/', segments[(category + 1)..].Select(Uri.UnescapeDataString))
            : segments.Length >= 2 && segments[^2] == "tag" ? Uri.UnescapeDataString(segments[^1])
            : null;
    }

    /// <summary>
    /// The texts of the elements <paramref name="selector"/> finds as the reader sees them: without the labels themes
    /// write for screen readers only (Twenty Fifteen's and Twenty Sixteen's byline is
    /// <c>&lt;span class="screen-reader-text"&gt;Author &lt;/span&gt;&lt;a&gt;john&lt;/a&gt;</c>, in the blog's language).
    /// </summary>
    internal static List<string> ShownTexts(IDocument document, string selector) =>
        document.QuerySelectorAll(selector).Where(e => e.Closest(PostAuthor.Comments) is null).Select(e => WhitespaceRun().Replace(WithoutScreenReaderText(e).TextContent, " ").Trim()).Where(t => t.Length > 0).Distinct().ToList();

    private static IElement WithoutScreenReaderText(IElement element)
    {
        var copy = (IElement)element.Clone(deep: true);
        foreach (var label in copy.QuerySelectorAll(".screen-reader-text").ToList())
        {
            label.Remove();
        }

        return copy;
    }

    [GeneratedRegex(@"\s+[–—|-]\s+[^–—|]*$")]
    private static partial Regex TitleSuffix();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();

    [GeneratedRegex(@"(?:[zZ]|[+-]\d{2}:?\d{2})$")]
    private static partial Regex OffsetSuffix();

    [GeneratedRegex(@"/\d{4}/\d{2}/\d{2}/")]
    private static partial Regex DatedPath();

    [GeneratedRegex(@"/(\d{4})/(\d{2})/")]
    private static partial Regex MonthPath();
}
