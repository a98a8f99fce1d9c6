using System.Globalization;
using System.Text.RegularExpressions;
using Markdig;
using SiteGen.Diagnostics;
using SiteGen.Import.Html;
using SiteGen.Import.Links;
using SiteGen.Import.Model;

namespace SiteGen.Import.Clippings;

/// <summary>
/// Reads a web clipping (Markdown or text saved by Obsidian Web Clipper, MarkDownload, Jina Reader and the like)
/// into a dispatch: title, publication date, original URL, author and tags from the clipper's header, the body
/// without the page chrome the clipper kept.
/// </summary>
/// <remarks>
/// The body goes Markdown → HTML → Markdown: the clipper's Markdown may hold raw HTML (share bars, scripts), and the
/// way back through <see cref="HtmlToMarkdown"/> sanitises it and escapes it as every other input is.
/// </remarks>
internal static partial class ClippingReader
{
    /// <summary>The fields of a SiteGen dispatch's front matter: a file whose header has only these is a dispatch already.</summary>
    public static readonly IReadOnlySet<string> DispatchFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "title", "date", "slug", "summary", "series", "actors", "tags", "image", "sources", "updates", "draft", "aliases", "guid",
        "author", "authors", "categories", "modified", "sticky", "weight",
    };

    /// <summary>Tags that clippers add to every clipping: about the clipping, not the post.</summary>
    private static readonly HashSet<string> ClipperTags = new(StringComparer.OrdinalIgnoreCase) { "clippings", "clipping", "clipped", "web-clip", "webclip", "web clipping" };

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().UseFootnotes().Build();

    public static ReadResult Read(string text, string sourcePath, DiagnosticBag diagnostics)
    {
        var lines = text.Split('\n');
        var header = ClippingHeader.Read(lines);
        if (header is { IsFrontMatter: true } && IsDispatch(header))
        {
            diagnostics.Warning(DiagnosticCodes.ImportAlreadyDispatch, new SourceLocation(sourcePath, 1, 1),
                "already a SiteGen dispatch (its front matter has only dispatch fields, no clipper's source or url): not imported; " +
                "copy it into content/dispatches/<year>/ as it is");
            return new ReadResult([], [new SkippedRecord(sourcePath, header.Field(ClippingFieldKind.Title)?.Value ?? sourcePath, "already a SiteGen dispatch")]);
        }

        var body = lines.Skip(header?.BodyStart ?? 0).ToList();
        var urlField = header?.Field(ClippingFieldKind.Url);
        var url = OriginalUrl(urlField?.Value, out var archived);
        if (urlField is not null && url is null)
        {
            diagnostics.Warning(DiagnosticCodes.ImportClippingField, new SourceLocation(sourcePath, urlField.Line, 1),
                $"'{urlField.Key}: {urlField.Value}' is not an http(s) URL: the dispatch keeps no old URL (no slug or alias from it)");
        }

        var own = url is not null && IsBlogPermalink(url);
        var pageTitle = header?.Field(ClippingFieldKind.Title)?.Value ?? FirstHeading(body);
        var title = CleanTitle(pageTitle, url);
        var excerpt = RemoveExcerpt(body);
        var (kept, removed) = ClippingChrome.Remove(body, [.. new[] { pageTitle, title }.OfType<string>()]);

        var (date, hasTime, offsetKnown) = PublishedDate(header, url, sourcePath, diagnostics);
        var (converted, postId) = Convert(string.Join('\n', kept));
        if (date is null)
        {
            diagnostics.Warning(DiagnosticCodes.ImportSkipped, new SourceLocation(sourcePath, 1, 1),
                $"'{title ?? sourcePath}' has no date: add 'published: YYYY-MM-DD' to the clipping's header (or clip it with its URL); not imported");
            return new ReadResult([], [new SkippedRecord(sourcePath, title ?? sourcePath, "no publication date in the clipping")]);
        }

        var notes = new List<string>();
        if (url is not null && !own)
        {
            notes.Add($"Clipped from {url}");
        }

        var slug = own ? Uri.UnescapeDataString(url!.AbsolutePath.TrimEnd('/')[(url.AbsolutePath.TrimEnd('/').LastIndexOf('/') + 1)..]) : null;
        var post = new ImportedPost
        {
            Source = ImportedSource.Clipping,
            Kind = ImportedKind.Dispatch,
            SourcePath = sourcePath,
            Title = title ?? Fallbacks.Title(converted.Text, date),
            Date = date,
            DateHasTime = hasTime,
            OffsetKnown = offsetKnown,
            Slug = string.IsNullOrEmpty(slug) ? null : slug,
            OldPath = own ? Uri.UnescapeDataString(url!.AbsolutePath) : null,
            OldUrl = own ? url!.AbsoluteUri : null,
            Guid = own && postId is { } id ? $"{BlogHome.OfPermalink(url!).AbsoluteUri}?p={id}" : null,
            // A clipping of the post's shortlink (https://host/blog/?p=12) names its id and the blog's home.
            BlogPostId = (url is null ? null : Links.BlogPostId.FromShortlink(url.AbsoluteUri))
                ?? (own && postId is { } number ? Links.BlogPostId.FromShortlink($"{BlogHome.OfPermalink(url!).AbsoluteUri}?p={number}") : null),
            ReadFromArchive = archived,
            Summary = header?.Field(ClippingFieldKind.Description)?.Value ?? excerpt,
            Terms = Tags(header),
            Image = Image(header),
            Author = Author(header),
            Notes = notes,
            Body = converted.Markdown,
            BodyText = converted.Text,
            BoilerplateLinesRemoved = removed,
        };
        return new ReadResult([post], []);
    }

    /// <summary>A header with a title and a date and nothing a clipper writes (source, url, published, created, description).</summary>
    private static bool IsDispatch(ClippingHeader header) =>
        header.Fields.Any(f => f.Key == "title") && header.Fields.Any(f => f.Key == "date") && header.Fields.All(f => DispatchFields.Contains(f.Key));

    /// <summary>
    /// The clipping's Markdown, sanitised; with the post's id when the clipper kept the <c>&lt;span id="more-123"&gt;</c>
    /// WordPress shows where the teaser ends, which stays the divider. Clippers that keep raw HTML keep it (or an
    /// author's <c>&lt;!--more--&gt;</c>), pandoc writes it <c>[]{#more-123}</c>; those built on Turndown (Obsidian Web
    /// Clipper, MarkDownload) drop the empty span, and their clippings have no divider.
    /// </summary>
    private static (ConvertedHtml Converted, string? PostId) Convert(string markdown)
    {
        var html = Markdig.Markdown.ToHtml(markdown, Pipeline);
        var body = FragmentParser.Body(html);
        PandocAnchors.Restore(body);
        PageChrome.Remove(body);
        var postId = MoreDivider.PostId(body);
        return (HtmlToMarkdown.Convert(body, keepMoreDivider: true), postId);
    }

    private static string? FirstHeading(List<string> body)
    {
        var heading = body.Select(l => H1().Match(l)).FirstOrDefault(m => m.Success);
        return heading is null ? null : ClippingChrome.TextOf(heading.Groups[1].Value);
    }

    /// <summary>MarkDownload's "&gt; ## Excerpt" quote under the title (and the rule after it): taken out, its text returned.</summary>
    private static string? RemoveExcerpt(List<string> body)
    {
        var at = body.FindIndex(l => ClippingChrome.TextOf(l).Equals("Excerpt", StringComparison.OrdinalIgnoreCase) && l.TrimStart().StartsWith('>'));
        if (at < 0 || at > 10)
        {
            return null;
        }

        var end = at + 1;
        while (end < body.Count && body[end].TrimStart().StartsWith('>'))
        {
            end++;
        }

        var excerpt = string.Join(' ', body.Skip(at + 1).Take(end - at - 1).Select(ClippingChrome.TextOf)).Trim();
        var rule = end;
        while (rule < body.Count && body[rule].Trim().Length == 0)
        {
            rule++;
        }

        body.RemoveRange(at, (rule < body.Count && body[rule].Trim() is "---" or "***" ? rule + 1 : end) - at);
        return excerpt.Length > 0 ? excerpt : null;
    }

    private static (DateTimeOffset? Date, bool HasTime, bool OffsetKnown) PublishedDate(ClippingHeader? header, Uri? url, string sourcePath, DiagnosticBag diagnostics)
    {
        if (header?.Field(ClippingFieldKind.Published) is { } published)
        {
            if (ParseDate(published.Value) is { } parsed)
            {
                return parsed;
            }

            diagnostics.Warning(DiagnosticCodes.ImportClippingField, new SourceLocation(sourcePath, published.Line, 1),
                $"'{published.Key}: {published.Value}' is not a date SiteGen reads (use YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+hh:mm); the date is looked for elsewhere");
        }

        var dated = url is null ? Match.Empty : DatedPath().Match(url.AbsolutePath);
        if (dated.Success && DateOnly.TryParseExact(dated.Groups[1].Value, "yyyy/MM/dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return (new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), false, true);
        }

        if (header?.Field(ClippingFieldKind.Created) is { } created && ParseDate(created.Value) is { } clipped)
        {
            diagnostics.Warning(DiagnosticCodes.ImportClipDate, new SourceLocation(sourcePath, created.Line, 1),
                $"no publication date: the day it was clipped ('{created.Key}: {created.Value}') is used instead; set the real date in the dispatch");
            return clipped;
        }

        return (null, false, true);
    }

    private static (DateTimeOffset?, bool, bool)? ParseDate(string value)
    {
        var text = value.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return (new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), false, true);
        }

        // MarkDownload's default "2024-03-02T10:15:00 (UTC +01:00)".
        var utc = UtcSuffix().Match(text);
        if (utc.Success)
        {
            text = utc.Groups[1].Value + utc.Groups[2].Value;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            return null;
        }

        var hasOffset = Offset().IsMatch(text) || text.EndsWith("GMT", StringComparison.OrdinalIgnoreCase) || text.EndsWith("UTC", StringComparison.OrdinalIgnoreCase);
        var hasTime = text.Contains(':', StringComparison.Ordinal);
        return hasTime ? (moment, true, hasOffset) : (new DateTimeOffset(moment.Date, TimeSpan.Zero), false, true);
    }

    /// <summary>The clipped page's URL; an archive's copy (web.archive.org/web/…/URL) stands for the URL it archived.</summary>
    private static Uri? OriginalUrl(string? value, out bool archived)
    {
        archived = false;
        if (value is null || !Uri.TryCreate(value.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return null;
        }

        var original = ArchivedCopy.Original(url);
        archived = original != url;
        return original;
    }

    /// <summary>A WordPress.com blog's URL, or a WordPress permalink elsewhere (dated, or ?p=): the blog's own, kept alive as an alias.</summary>
    private static bool IsBlogPermalink(Uri url) =>
        url.Query.Length == 0 && url.AbsolutePath.Length > 1 &&
        (url.Host.EndsWith(".wordpress.com", StringComparison.OrdinalIgnoreCase) || DatedPath().IsMatch(url.AbsolutePath));

    /// <summary>The title without the site's name that a page title carries ("Post – Blog"), when the URL names that site.</summary>
    private static string? CleanTitle(string? title, Uri? url)
    {
        if (title is null)
        {
            return null;
        }

        var clean = Space().Replace(title, " ").Trim();
        var suffix = TitleSuffix().Match(clean);
        if (suffix.Success && url is not null)
        {
            var site = Letters(suffix.Groups["site"].Value);
            var host = Letters(url.Host.Split('.')[0]);
            if (site.Length > 0 && (host.Contains(site, StringComparison.Ordinal) || site.Contains(host, StringComparison.Ordinal)))
            {
                clean = clean[..suffix.Index].Trim();
            }
        }

        return clean.Length > 0 ? clean : null;
    }

    private static string Letters(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static List<string> Tags(ClippingHeader? header) =>
        header?.Fields.Where(f => f.Kind == ClippingFieldKind.Tags)
            .SelectMany(f => f.Values)
            .SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(t => WikiLink(t).TrimStart('#').Trim())
            .Where(t => t.Length > 0 && !ClipperTags.Contains(t))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList() ?? [];

    private static string? Author(ClippingHeader? header)
    {
        var names = header?.Fields.Where(f => f.Kind == ClippingFieldKind.Author).SelectMany(f => f.Values).Select(WikiLink).Where(n => n.Length > 0).ToList();
        return names is { Count: > 0 } ? string.Join(", ", names) : null;
    }

    private static ImportedImage? Image(ClippingHeader? header) =>
        SafeUrl.Clean(header?.Field(ClippingFieldKind.Image)?.Value, forImage: true) is { } src && src.StartsWith("http", StringComparison.OrdinalIgnoreCase)
            ? new ImportedImage(src, null, null, null)
            : null;

    /// <summary>Obsidian writes people as wiki links ("[[Jana Shnipelson]]"): the name.</summary>
    private static string WikiLink(string value)
    {
        var text = value.Trim();
        if (text.StartsWith("[[", StringComparison.Ordinal) && text.EndsWith("]]", StringComparison.Ordinal))
        {
            text = text[2..^2];
            var pipe = text.IndexOf('|', StringComparison.Ordinal);
            text = pipe >= 0 ? text[(pipe + 1)..] : text;
        }

        return text.Trim();
    }

    [GeneratedRegex(@"^#\s+(.+?)\s*#*\s*$")]
    private static partial Regex H1();

    [GeneratedRegex(@"/(\d{4}/\d{2}/\d{2})/")]
    private static partial Regex DatedPath();

    [GeneratedRegex(@"^(.*?)\s*\(UTC\s*([+-]\d{2}:?\d{2})\)$")]
    private static partial Regex UtcSuffix();

    [GeneratedRegex(@"(?:[zZ]|[+-]\d{2}:?\d{2})$")]
    private static partial Regex Offset();

    [GeneratedRegex(@"\s+[–—|-]\s+(?<site>[^–—|]+)$")]
    private static partial Regex TitleSuffix();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
