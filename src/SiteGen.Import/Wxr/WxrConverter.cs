using System.Globalization;
using System.Net;
using SiteGen.Diagnostics;
using SiteGen.Import.Html;

namespace SiteGen.Import.Wxr;

/// <summary>
/// Turns the items of a WXR export into posts: published posts into dispatches, drafts into drafts, scheduled posts
/// with their future date, pages into pages with their hierarchy; attachments serve as image references; menus,
/// styles, navigation and other non-content records are skipped.
/// </summary>
public static class WxrConverter
{
    private const string LocalFormat = "yyyy-MM-dd HH:mm:ss";

    public static ReadResult Convert(WxrExport export, string sourcePath, DiagnosticBag diagnostics)
    {
        var attachments = export.Items.Where(i => i.Type == "attachment" && i.Id > 0).GroupBy(i => i.Id).ToDictionary(g => g.Key, g => g.First());
        var pages = export.Items.Where(i => i.Type == "page" && i.Id > 0).GroupBy(i => i.Id).ToDictionary(g => g.Key, g => g.First());
        var posts = new List<ImportedPost>();
        var skipped = new List<SkippedRecord>();
        foreach (var item in export.Items)
        {
            var what = $"{item.Type} '{item.Title}' (line {item.Line})";
            if (item.Type == "attachment")
            {
                continue;
            }

            if (item.Type is not ("post" or "page"))
            {
                skipped.Add(new SkippedRecord(sourcePath, what, $"not content ({(item.Type.Length == 0 ? "no post_type" : item.Type)})"));
                continue;
            }

            if (item.Status is "trash" or "auto-draft" or "inherit")
            {
                var reason = item.Status switch { "trash" => "in the trash", "auto-draft" => "an auto-draft WordPress saved on its own", _ => "a revision" };
                skipped.Add(new SkippedRecord(sourcePath, what, reason));
                continue;
            }

            posts.Add(Convert(item, export.BlogPath, attachments, pages, sourcePath, diagnostics));
        }

        return new ReadResult(posts, skipped);
    }

    private static ImportedPost Convert(WxrItem item, string blogPath, Dictionary<long, WxrItem> attachments, Dictionary<long, WxrItem> pages, string sourcePath, DiagnosticBag diagnostics)
    {
        var location = new SourceLocation(sourcePath, item.Line, 1);
        var notes = new List<string>();
        var (date, offsetKnown) = Date(item);

        // Whether WordPress would add paragraphs depends on what the author wrote, not on the HTML the shortcodes expand to.
        var keptAsText = new List<string>();
        var html = AutoParagraphs.Needed(item.Content)
            ? ShortcodeExpander.ExpandWithParagraphs(item.Content, attachments, item, keptAsText)
            : ShortcodeExpander.Expand(item.Content, attachments, item, keptAsText);
        html = BlockFootnotes.Render(html, item.Meta.GetValueOrDefault("footnotes"));
        foreach (var shortcode in keptAsText)
        {
            var shown = shortcode.Length > 80 ? shortcode[..79] + "…" : shortcode;
            diagnostics.Warning(DiagnosticCodes.ImportEmbedKeptAsText, location,
                $"'{TextOf(item.Title)}': the embed {shown} names no URL or id that can be linked, so it stays in the text as written; put the page's URL in its place (e.g. [youtube https://www.youtube.com/watch?v=...])");
        }

        var converted = HtmlToMarkdown.Convert(html);
        var title = TextOf(item.Title);
        if (title.Length == 0)
        {
            title = Fallbacks.Title(converted.Text, date);
            notes.Add("The post had no title on WordPress: this one was made from its first words.");
        }

        var draft = item.Status is "draft" or "pending" or "private";
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

        var kind = item.Type == "page" ? ImportedKind.Page : ImportedKind.Dispatch;
        return new ImportedPost
        {
            Kind = kind,
            SourcePath = $"{sourcePath}({item.Line},1)",
            Title = title,
            Date = date,
            DateHasTime = date is not null,
            OffsetKnown = offsetKnown,
            Slug = item.Slug.Length == 0 ? null : Decode(item.Slug),
            OldPath = OldPath(item.Link, blogPath),
            Summary = item.Excerpt.Length == 0 ? null : NullIfEmpty(TextOf(item.Excerpt)),
            Terms = Terms(item),
            Image = FeaturedImage(item, attachments),
            Draft = draft,
            Guid = NullIfEmpty(item.Guid),
            Author = NullIfEmpty(item.Creator),
            Parents = kind == ImportedKind.Page ? Parents(item, pages) : [],
            Notes = notes,
            Body = converted.Markdown,
            BodyText = converted.Text,
        };
    }

    /// <summary>The local time and its offset (post_date minus post_date_gmt); drafts have no GMT time, so only the wall clock is known.</summary>
    public static (DateTimeOffset? Date, bool OffsetKnown) Date(WxrItem item)
    {
        if (!DateTime.TryParseExact(item.PostDate, LocalFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return (null, false);
        }

        if (DateTime.TryParseExact(item.PostDateGmt, LocalFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var gmt))
        {
            var offset = local - gmt;
            if (Math.Abs(offset.TotalHours) <= 14 && offset.Ticks % TimeSpan.TicksPerMinute == 0)
            {
                return (new DateTimeOffset(local, offset), true);
            }
        }

        return (new DateTimeOffset(local, TimeSpan.Zero), false);
    }

    private static List<string> Terms(WxrItem item) => item.Terms
        .Where(t => t.Domain is "category" or "post_tag" && !(t.Domain == "category" && t.Nicename == "uncategorized"))
        .Select(t => TextOf(t.Name))
        .Where(t => t.Length > 0)
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .ToList();

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
    private static List<string> Parents(WxrItem page, Dictionary<long, WxrItem> pages)
    {
        var parents = new List<string>();
        var seen = new HashSet<long> { page.Id };
        for (var id = page.ParentId; id != 0 && pages.TryGetValue(id, out var parent) && seen.Add(id); id = parent.ParentId)
        {
            parents.Insert(0, parent.Slug.Length > 0 ? Decode(parent.Slug) : SiteGen.Text.Slugifier.Slugify(TextOf(parent.Title)));
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

        var path = Decode(url.AbsolutePath);
        return blogPath.Length > 1 && path.StartsWith(blogPath, StringComparison.Ordinal) ? path[(blogPath.Length - 1)..] : path;
    }

    private static string Decode(string text)
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
            var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(string.Empty);
            document.Body!.InnerHtml = html;
            HtmlSanitizer.Sanitize(document.Body);
            html = document.Body.TextContent;
        }
        else
        {
            html = WebUtility.HtmlDecode(html);
        }

        return string.Join(' ', html.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
