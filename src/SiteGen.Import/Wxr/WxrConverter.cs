using System.Globalization;
using System.Net;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Import.Html;
using SiteGen.Import.Model;

namespace SiteGen.Import.Wxr;

/// <summary>
/// Turns the items of a WXR export into posts: published posts into dispatches, drafts into drafts, scheduled posts
/// with their future date, pages into pages with their hierarchy; attachments serve as image references; menus,
/// styles, navigation and other non-content records are skipped.
/// </summary>
internal static class WxrConverter
{
    private const string LocalFormat = "yyyy-MM-dd HH:mm:ss";

    public static ReadResult Convert(WxrExport export, string sourcePath, DiagnosticBag diagnostics, DateTimeOffset importedAt)
    {
        // Attachments and pages are looked up across every file of a split export.
        var attachments = export.Items.Where(i => i.Type == "attachment" && i.Id > 0).GroupBy(i => i.Id).ToDictionary(g => g.Key, g => g.First());
        var pages = export.Items.Where(i => i.Type == "page" && i.Id > 0).GroupBy(i => i.Id).ToDictionary(g => g.Key, g => g.First());
        var patterns = export.Items.Where(i => i.Type == "wp_block" && i.Id > 0).GroupBy(i => i.Id).ToDictionary(g => g.Key, g => g.First());
        string SourceOf(WxrItem item) => item.Source.Length > 0 ? item.Source : sourcePath;
        var skipped = export.Replaced.Where(r => r.Item.Type is "post" or "page").Select(r => new SkippedRecord(
            SourceOf(r.Item), $"{r.Item.Type} '{r.Item.Title}' (line {r.Item.Line})",
            $"{r.Item.Type} {r.Item.Id} of {export.BlogUrl} again: its copy at line {r.TakenInstead.Line} of {SourceOf(r.TakenInstead)}, read after this one, is taken instead")).ToList();
        var content = new List<(WxrItem Item, string Source)>();
        foreach (var item in export.Items)
        {
            var source = item.Source.Length > 0 ? item.Source : sourcePath;
            var what = $"{item.Type} '{item.Title}' (line {item.Line})";
            if (item.Type == "attachment")
            {
                continue;
            }

            if (item.Type == "wp_block")
            {
                skipped.Add(new SkippedRecord(source, what, "a synced pattern (reusable block): its blocks are in the posts that use it"));
                continue;
            }

            if (item.Type is not ("post" or "page"))
            {
                skipped.Add(new SkippedRecord(source, what, $"not content ({(item.Type.Length == 0 ? "no post_type" : item.Type)})"));
                continue;
            }

            if (item.Status is "trash" or "auto-draft")
            {
                var reason = item.Status == "trash" ? "in the trash" : "an auto-draft WordPress saved on its own";
                skipped.Add(new SkippedRecord(source, what, reason));
                continue;
            }

            content.Add((item, source));
        }

        // Each post converts on its own (a parser per call), so a large export uses every core, in export order.
        var posts = new ImportedPost[content.Count];
        var withChildren = PagesWithChildren(content.Select(c => c.Item).Where(i => i.Type == "page").ToList(), pages);
        Parallel.For(0, content.Count, i => posts[i] = Convert(content[i].Item, export, attachments, pages, patterns, content[i].Source, diagnostics, importedAt) with
        {
            WithChildren = withChildren.Contains(content[i].Item.Id),
        });
        return new ReadResult(posts, skipped);
    }

    private static ImportedPost Convert(WxrItem item, WxrExport export, Dictionary<long, WxrItem> attachments, Dictionary<long, WxrItem> pages,
        Dictionary<long, WxrItem> patterns, string sourcePath, DiagnosticBag diagnostics, DateTimeOffset importedAt)
    {
        var location = new SourceLocation(sourcePath, item.Line, 1);
        var notes = new List<string>();
        var (date, offsetKnown) = Date(item);
        var dated = true;
        if (date is null)
        {
            dated = false;
            date = new DateTimeOffset(importedAt.UtcDateTime.Date, TimeSpan.Zero);
            notes.Add("The export gave this post no date (no wp:post_date or pubDate): imported as a draft dated the day of the import; set its real date.");
            diagnostics.Warning(DiagnosticCodes.ImportNoDate, location,
                $"'{TitleText.Of(item.Title)}' has no date in the export (no wp:post_date or pubDate): imported as a draft dated today; set its date and remove 'draft: true'");
        }

        var missingPatterns = new List<long>();
        var written = SyncedPatterns.Inline(item.Content, patterns, missingPatterns);
        var (content, pageCount) = PageBreaks.Mark(written);
        if (pageCount > 1)
        {
            notes.Add($"WordPress showed this post on {pageCount} pages (<!--nextpage-->): here it is one, a rule where each page began.");
        }

        // Whether WordPress would add paragraphs depends on what the author wrote, not on the HTML the shortcodes expand to.
        var shortcodes = new ShortcodeNotes();
        var html = AutoParagraphs.Needed(written)
            ? ShortcodeExpander.ExpandWithParagraphs(content, attachments, item, shortcodes)
            : ShortcodeExpander.Expand(content, attachments, item, shortcodes);
        html = BlockFootnotes.Render(html, item.Meta.GetValueOrDefault("footnotes"));
        html = CachedEmbeds.Inline(html, item.Meta);
        foreach (var shortcode in shortcodes.KeptAsText)
        {
            var shown = shortcode.Length > 80 ? shortcode[..79] + "…" : shortcode;
            diagnostics.Warning(DiagnosticCodes.ImportEmbedKeptAsText, location,
                $"'{TitleText.Of(item.Title)}': the embed {shown} names no URL or id that can be linked, so it stays in the text as written; put the page's URL in its place (e.g. [youtube https://www.youtube.com/watch?v=...])");
        }

        ReportNotInExport(item, location, missingPatterns, shortcodes.MissingAttachments, notes, diagnostics);
        var converted = HtmlToMarkdown.Convert(html, keepMoreDivider: true);
        var title = TitleText.Of(item.Title);
        if (title.Length == 0)
        {
            title = Fallbacks.Title(converted.Text, date);
            notes.Add("The post had no title on WordPress: this one was made from its first words.");
        }

        // WordPress gives 'inherit' to revisions and attachments, which an export does not hold as posts; a post with it
        // (a plugin's or a hand-made export) is imported as WordPress's importer keeps it, and shown to no visitor.
        var draft = !dated || item.Status is "draft" or "pending" or "private" or "inherit";
        if (item.Status == "inherit")
        {
            notes.Add("The post had the status 'inherit' on WordPress, which it gives revisions and attachments and shows to no visitor: imported as a draft; remove 'draft: true' to publish it.");
        }

        if (item.Status == "private")
        {
            notes.Add("The post was private on WordPress: imported as a draft.");
        }

        if (item.Password.Length > 0)
        {
            draft = true;
            notes.Add("The post was password-protected on WordPress: imported as a draft, never to be published as it is.");
            diagnostics.Warning(DiagnosticCodes.ImportProtected, location, $"'{title}' is password-protected on WordPress: imported as a draft (draft: true), never published");
        }

        if (OtherTaxonomies(item) is { Length: > 0 } others)
        {
            notes.Add($"WordPress also filed this post under {others}, of a taxonomy a theme or plugin added: left out here; make them tags or categories if they matter.");
        }

        var kind = item.Type == "page" ? ImportedKind.Page : ImportedKind.Dispatch;
        var authors = PostAuthors.Of(item, export);
        return new ImportedPost
        {
            Source = ImportedSource.Export,
            Kind = kind,
            SourcePath = $"{sourcePath}({item.Line},1)",
            Title = title,
            Date = date,
            DateHasTime = dated,
            OffsetKnown = offsetKnown,
            Slug = item.Slug.Length == 0 ? null : Decode(item.Slug),
            OldPath = OldPath(item.Link, export.BlogPath),
            EarlierPermalinks = Wxr.EarlierPermalinks.Of(OldPath(item.Link, export.BlogPath), Decode(item.Slug), item.PostDate, item.EarlierSlugs, item.EarlierDays),
            Pages = pageCount,
            OldUrl = NullIfEmpty(item.Link),
            OldId = item.Id,
            OldUrlIsTheBlogs = true,
            Summary = item.Excerpt.Length == 0 ? null : NullIfEmpty(TextOf(item.Excerpt)),
            Terms = Terms(item, "post_tag"),
            Categories = CategoriesWithAncestors(item, export).Select(c => c.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            OldSlugs = OldSlugs(item, export, authors),
            Sticky = item.Sticky,
            Modified = Modified(item, date),
            Comments = item.Comments.Select(Comment).ToList(),
            Image = FeaturedImage(item, attachments),
            Draft = draft,
            Guid = NullIfEmpty(item.Guid),
            BlogPostId = Links.BlogPostId.Of(export.BlogUrl, item.Id),
            Author = authors.Count > 0 ? authors[0].Name : null,
            CoAuthors = authors.Skip(1).Select(a => a.Name).ToList(),
            Parents = kind == ImportedKind.Page ? Parents(item, pages) : [],
            Notes = notes,
            Body = converted.Markdown,
            BodyText = converted.Text,
        };
    }

    /// <summary>
    /// The item's terms of taxonomies other than categories, tags and post formats (a theme's or plugin's: "region",
    /// "series"), as <c>'Kharkiv' (region), ...</c>; empty when there is none.
    /// </summary>
    private static string OtherTaxonomies(WxrItem item) => string.Join(", ", item.Terms
        .Where(t => t.Domain is not ("category" or "post_tag" or "post_format" or PostAuthors.Domain) && t.Name.Length > 0)
        .Select(t => $"'{TextOf(t.Name)}' ({t.Domain})").Distinct(StringComparer.Ordinal));

    /// <summary>
    /// A partial export (Tools → Export → Posts) leaves out the synced patterns and images a post shows: the post is
    /// imported without them, and both the import and the post's notes say so.
    /// </summary>
    private static void ReportNotInExport(WxrItem item, SourceLocation location, List<long> patterns, List<long> images, List<string> notes, DiagnosticBag diagnostics)
    {
        var title = TitleText.Of(item.Title);
        foreach (var id in patterns.Distinct())
        {
            notes.Add($"WordPress showed the synced pattern (reusable block) {id} here, which the export does not hold: it is missing from this dispatch.");
            diagnostics.Warning(DiagnosticCodes.ImportContentNotInExport, location,
                $"'{title}' shows the synced pattern (reusable block) {id}, which this export does not hold: the post is imported without it; export 'All content' (Tools → Export) to bring it, or paste the pattern's text into the dispatch");
        }

        var missing = images.Distinct().ToList();
        if (missing.Count > 0)
        {
            var ids = string.Join(", ", missing);
            notes.Add($"WordPress showed a gallery here with images (attachments {ids}) the export does not hold: they are missing from this dispatch.");
            diagnostics.Warning(DiagnosticCodes.ImportContentNotInExport, location,
                $"'{title}' has a [gallery] of images (attachments {ids}) this export does not hold: the post is imported without them; export 'All content' (Tools → Export) so that the attachments come along, or add the images to the dispatch");
        }
    }

    /// <summary>The local time and its offset (post_date minus post_date_gmt); drafts have no GMT time, so only the wall clock is known.</summary>
    /// <remarks>Without post_date, the RSS pubDate (GMT) stands in, as in exports that left post_date out.</remarks>
    public static (DateTimeOffset? Date, bool OffsetKnown) Date(WxrItem item) => LocalAndOffset(item.PostDate, item.PostDateGmt) is { Date: not null } known
        ? known
        : DateTimeOffset.TryParse(item.PubDate, CultureInfo.InvariantCulture, DateTimeStyles.None, out var published) ? (published, true) : (null, false);

    private static (DateTimeOffset? Date, bool OffsetKnown) LocalAndOffset(string localText, string gmtText)
    {
        if (!DateTime.TryParseExact(localText, LocalFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return (null, false);
        }

        if (DateTime.TryParseExact(gmtText, LocalFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var gmt))
        {
            var offset = local - gmt;
            if (Math.Abs(offset.TotalHours) <= 14 && offset.Ticks % TimeSpan.TicksPerMinute == 0)
            {
                return (new DateTimeOffset(local, offset), true);
            }
        }

        return (new DateTimeOffset(local, TimeSpan.Zero), false);
    }

    /// <summary>The last change, when it is later than the date by a minute or more (WordPress sets it on publishing too).</summary>
    private static DateTimeOffset? Modified(WxrItem item, DateTimeOffset? date)
    {
        var (modified, known) = LocalAndOffset(item.PostModified, item.PostModifiedGmt);
        if (modified is not { } value || date is not { } published || !known)
        {
            return null;
        }

        return value - published >= TimeSpan.FromMinutes(1) ? value : null;
    }

    private static ImportedComment Comment(WxrComment comment)
    {
        var date = DateTime.TryParseExact(comment.DateGmt, LocalFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var gmt)
            ? new DateTimeOffset(gmt, TimeSpan.Zero)
            : (DateTimeOffset?)null;
        var text = HtmlToMarkdown.Convert(AutoParagraphs.Apply(comment.Content)).Markdown;
        var author = TextOf(comment.Author);
        return new ImportedComment(comment.Id, comment.ParentId, author.Length == 0 ? "Anonymous" : author, SafeUrl.Clean(comment.AuthorUrl, forImage: false), date, text);
    }

    private static List<string> Terms(WxrItem item, string domain) => item.Terms
        .Where(t => t.Domain == domain && !(t.Domain == "category" && t.Nicename == "uncategorized"))
        .Select(t => TextOf(t.Name))
        .Where(t => t.Length > 0)
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .ToList();

    /// <summary>
    /// The post's categories, then their ancestors it does not name itself (Ukraine and Europe for Kharkiv under
    /// Europe › Ukraine), each with its decoded slug: WordPress's archive of a parent category lists its children's
    /// posts, so the parent is a term here whose page lists them too. An ancestor the export does not name is left out.
    /// </summary>
    private static List<(string Name, string Slug)> CategoriesWithAncestors(WxrItem item, WxrExport export)
    {
        var own = item.Terms
            .Where(t => t.Domain == "category")
            .Select(t => (Name: TextOf(t.Name), Slug: Decode(t.Nicename)))
            .Where(t => t.Name.Length > 0 && !export.IsDefaultCategory(t.Slug, t.Name))
            .ToList();
        var ancestors = own.Where(t => t.Slug.Length > 0)
            .SelectMany(t => export.CategoryAncestors(t.Slug))
            .Select(slug => (Name: export.CategoryNames.GetValueOrDefault(slug) ?? string.Empty, Slug: slug))
            .Where(t => t.Name.Length > 0 && !export.IsDefaultCategory(t.Slug, t.Name));
        return [.. own, .. ancestors];
    }

    /// <summary>
    /// Each tag's nicename, each category's path (its parents' nicenames and its own: <c>europe/news</c>, as its archive's
    /// URL has it), and each author's nicename (WordPress makes it of the login, as <see cref="Nicename"/> does).
    /// </summary>
    private static List<(TaxonomyKind Kind, string Name, string Slug)> OldSlugs(WxrItem item, WxrExport export, IReadOnlyList<(string Name, string Nicename)> authors)
    {
        var slugs = item.Terms
            .Where(t => t.Domain == "post_tag" && t.Nicename.Length > 0)
            .Select(t => (Kind: TaxonomyKind.Tags, Name: TextOf(t.Name), Slug: Decode(t.Nicename)))
            .Concat(CategoriesWithAncestors(item, export).Where(c => c.Slug.Length > 0)
                .Select(c => (Kind: TaxonomyKind.Categories, c.Name, Slug: export.CategoryPath(c.Slug))))
            .Where(t => t.Name.Length > 0)
            .ToList();
        slugs.AddRange(authors.Where(a => a.Nicename.Length > 0).Select(a => (TaxonomyKind.Authors, a.Name, a.Nicename)));

        return slugs;
    }

    /// <summary>
    /// A user's nicename, which WordPress's author archives use (<c>/author/jane-doe/</c>), as wp_insert_user makes it
    /// of the login: sanitize_title of its first 50 characters (lower case, '.' and spaces to '-', only a-z, 0-9, '_'
    /// and '-' kept, dashes collapsed and trimmed).
    /// </summary>
    public static string Nicename(string login)
    {
        var text = login.Trim();
        var name = new System.Text.StringBuilder();
        foreach (var ch in text.Length > 50 ? text[..50] : text)
        {
            var c = char.ToLowerInvariant(ch);
            if (c is '.' || char.IsWhiteSpace(c))
            {
                c = '-';
            }

            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' || (c == '-' && name.Length > 0 && name[^1] != '-'))
            {
                name.Append(c);
            }
        }

        return name.ToString().TrimEnd('-');
    }

    private static ImportedImage? FeaturedImage(WxrItem item, Dictionary<long, WxrItem> attachments)
    {
        if (!long.TryParse(item.Meta.GetValueOrDefault("_thumbnail_id"), out var id) || !attachments.TryGetValue(id, out var attachment))
        {
            return null;
        }

        var src = SafeUrl.Clean(attachment.AttachmentUrl, forImage: true);
        if (src is null)
        {
            return null;
        }

        var alt = attachment.Meta.GetValueOrDefault("_wp_attachment_image_alt")?.Trim();
        return new ImportedImage(src, NullIfEmpty(alt), NullIfEmpty(TextOf(attachment.Excerpt)), null);
    }

    /// <summary>The slugs of a page's ancestors, outermost first (a cycle in the export ends the walk).</summary>
    /// <summary>
    /// The pages that others sit under, whose folder (their slug, slugified) is no other page's own place: each goes
    /// with its children there. Where another page is there (Jäger beside Jager), it keeps its own slug.
    /// </summary>
    private static HashSet<long> PagesWithChildren(List<WxrItem> imported, Dictionary<long, WxrItem> pages)
    {
        string Place(WxrItem page, string slug) => string.Join('/', Parents(page, pages).Select(SiteGen.Text.Slugifier.Slugify).Append(slug));
        string Own(WxrItem page) => page.Slug.Length > 0 ? Decode(page.Slug) : SiteGen.Text.Slugifier.Slugify(TitleText.Of(page.Title));

        var taken = imported.Select(p => Place(p, Own(p))).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return imported.Where(p => p.ParentId != 0 && pages.ContainsKey(p.ParentId)).Select(p => pages[p.ParentId])
            .Where(parent => SiteGen.Text.Slugifier.Slugify(Own(parent)) is var folder && (folder == Own(parent) || !taken.Contains(Place(parent, folder))))
            .Select(parent => parent.Id).ToHashSet();
    }

    private static List<string> Parents(WxrItem page, Dictionary<long, WxrItem> pages)
    {
        var parents = new List<string>();
        var seen = new HashSet<long> { page.Id };
        for (var id = page.ParentId; id != 0 && pages.TryGetValue(id, out var parent) && seen.Add(id); id = parent.ParentId)
        {
            parents.Insert(0, parent.Slug.Length > 0 ? Decode(parent.Slug) : SiteGen.Text.Slugifier.Slugify(TitleText.Of(parent.Title)));
        }

        return parents;
    }

    /// <summary>The permalink's path below the blog's root, decoded; null for query links such as "?p=14".</summary>
    private static string? OldPath(string link, string blogPath)
    {
        if (!Uri.TryCreate(link, UriKind.Absolute, out var url) || url.Query.Length > 0 || url.AbsolutePath.Length <= 1)
        {
            return null;
        }

        var path = Links.OldPath.Normalise(url.AbsolutePath);
        return blogPath.Length > 1 && path.StartsWith(blogPath, StringComparison.Ordinal) ? path[(blogPath.Length - 1)..] : path;
    }

    public static string Decode(string text)
    {
        try
        {
            return Uri.UnescapeDataString(text.Trim());
        }
        catch (UriFormatException)
        {
            return text.Trim();
        }
    }

    /// <summary>Text of a value that may hold markup or entities ("&lt;em&gt;Kyiv&lt;/em&gt; &amp;amp; after"), whitespace collapsed.</summary>
    public static string TextOf(string html)
    {
        if (html.Contains('<', StringComparison.Ordinal))
        {
            var body = FragmentParser.Body(html);
            HtmlSanitizer.Sanitize(body);
            html = body.TextContent;
        }
        else
        {
            html = WebUtility.HtmlDecode(html);
        }

        return string.Join(' ', html.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
